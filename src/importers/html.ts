import { DomHandler, Parser } from 'htmlparser2';
import type { ChildNode, Document, Element } from 'domhandler';
import { NianbaoError } from '../core/errors';
import { LIMITS } from '../core/limits';
import { trimAscii, type SourceItem } from './source';

const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'nav',
  'aside',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'center',
  'form',
  'hr',
  'figure',
  'figcaption',
  'address',
  'body',
  'html',
]);
const SKIP = new Set([
  'script',
  'style',
  'head',
  'noscript',
  'template',
  'iframe',
  'select',
  'option',
  'button',
  'svg',
]);

/** Collapses HTML whitespace (not NBSP or U+3000, which published tables use as padding). */
function collapse(s: string): string {
  return trimAscii(s.replace(/[ \t\r\n]+/g, ' '));
}

/**
 * Builds the tree and counts how deep elements nest as the parser opens and closes them (it closes
 * every element it opened, void and implied ones too). Past LIMITS.htmlDepth the page is refused: the
 * parser's work per element grows with the depth (10⁶ nested elements took minutes), no published
 * report nests more than a few dozen, and the walk below recurses once per level.
 */
class DepthLimitedHandler extends DomHandler {
  private depth = 0;

  override onopentag(name: string, attribs: { [key: string]: string }): void {
    if (++this.depth > LIMITS.htmlDepth)
      throw new NianbaoError('input', `网页中的元素嵌套超过 ${LIMITS.htmlDepth} 层（上限），不像已发布的年报，未导入`, {
        en:
          `The page nests elements more than ${LIMITS.htmlDepth} deep (the limit); not a ` +
          `published report, not imported`,
      });
    super.onopentag(name, attribs);
  }

  override onclosetag(): void {
    this.depth--;
    super.onclosetag();
  }
}

/** The page's tree (entities decoded, start indices kept), refused when nested too deep. */
function parsePage(html: string): Document {
  const handler = new DepthLimitedHandler(undefined, { withStartIndices: true });
  new Parser(handler, { decodeEntities: true }).end(html);
  return handler.root;
}

/**
 * A web page (or the HTML mammoth makes of a Word file) as items: block elements become lines,
 * `<br>` breaks lines, tables become cells in reading order (a merged cell once, where it starts).
 */
export function readHtml(html: string): SourceItem[] {
  const doc = parsePage(html);
  const lineStarts = [0];
  for (let i = html.indexOf('\n'); i !== -1; i = html.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (index: number | null | undefined) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    const at = index ?? 0;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  const items: SourceItem[] = [];
  let buffer = '';
  // Whether the buffer is only blanks so far, kept as text comes (trimming the buffer at every
  // append made a line of 10⁶ inline elements quadratic).
  let blank = true;
  let bufferLine = 1;
  const flush = () => {
    const text = collapse(buffer);
    if (text) items.push({ kind: 'line', text, line: bufferLine });
    buffer = '';
    blank = true;
  };
  const append = (text: string, index: number | null | undefined) => {
    if (blank) bufferLine = lineOf(index);
    buffer += text;
    if (blank && text.trim()) blank = false;
  };

  const cellText = (node: ChildNode): string => {
    if (node.type === 'text') return node.data;
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') return '';
    const el = node as Element;
    if (SKIP.has(el.name)) return '';
    if (el.name === 'br') return '\n';
    const inner = el.children.map(cellText).join('');
    return BLOCK.has(el.name) ? `\n${inner}\n` : inner;
  };

  const table = (el: Element) => {
    const rows: Element[] = [];
    const collectRows = (n: Element) => {
      for (const c of n.children) {
        if (c.type !== 'tag') continue;
        if (c.name === 'tr') rows.push(c);
        else if (c.name === 'thead' || c.name === 'tbody' || c.name === 'tfoot') collectRows(c);
      }
    };
    collectRows(el);
    for (const tr of rows) {
      let first = true;
      for (const td of tr.children) {
        if (td.type !== 'tag' || (td.name !== 'td' && td.name !== 'th')) continue;
        // Lines inside a cell are joined: a header broken as 本年新<br>制作数量 is one label.
        const text = cellText(td).split('\n').map(collapse).filter(Boolean).join('');
        items.push({
          kind: 'cell',
          text: /^[\s\u00a0\u3000]*$/.test(text) ? '' : text,
          line: lineOf(td.startIndex),
          rowStart: first,
        });
        first = false;
      }
    }
  };

  const walk = (node: ChildNode) => {
    if (node.type === 'text') {
      append(node.data, node.startIndex);
      return;
    }
    if (node.type !== 'tag') return;
    const el = node as Element;
    if (SKIP.has(el.name)) return;
    if (el.name === 'br') {
      flush();
      return;
    }
    if (el.name === 'table') {
      flush();
      table(el);
      return;
    }
    if (el.name === 'img') {
      append(`[image: ${el.attribs.alt || el.attribs.src || ''}]`, el.startIndex);
      return;
    }
    const block = BLOCK.has(el.name);
    if (block) flush();
    for (const c of el.children) walk(c);
    if (block) flush();
  };
  for (const c of doc.children) walk(c);
  flush();
  return items;
}
