import { oneOf } from '../core/text';
import { SECTION_TITLES } from '../core/formats/tables';
import { normalizeWithMap, normalized } from './normalize';
import { unplaced, type Unplaced } from './placement';
import type { SourceItem } from './source';

/**
 * Before a report is assembled, its items are cut where a flattened page ran things together: a
 * section heading, the title or a sub-heading inside a long line starts an item of its own; page
 * numbers that a PDF converter left between rows are taken out (and listed).
 */

/** Headings of sections 四 and 五 as real reports also write them. */
const TITLE_VARIANTS = ['存在的主要问题及整改措施', '存在的主要问题及改进措施', '存在的主要问题和改进情况'];

const NUMERALS = '一二三四五六';
const titles = [...Object.values(SECTION_TITLES).flat(), ...TITLE_VARIANTS]
  .map(normalized)
  .sort((x, y) => y.length - x.length);

/** `一、总体情况` and the like inside a line: after a sentence end, a space or the line start. */
const INLINE_HEADING = new RegExp(`[${NUMERALS}][、.](?:${titles.join('|').replace(/[()]/g, '\\$&')})`, 'g');

/** A level-2 heading run into prose: `。（二）依申请公开` (normalised: `(二)`). */
const INLINE_SUBHEADING = /[。；！？]\([一二三四五六七八九十]{1,3}\)/g;

/** A short level-2 heading at the start of a line, a space before the text that follows it. */
const LEADING_SUBHEADING = /^[（(][一二三四五六七八九十]{1,3}[）)][^\s。，；：！？]{1,20}(?=[\s\u3000]+\S)/;

/** The title inside a line (normalised): the unit, the year, the report's name (工作 sometimes left out). */
const TITLE_RE = /\d{4}年度?政府信息公开(?:工作)?年度报告/;

/** Page numbers that PDF converters leave: `— 3 —`, `- 3 -`, `第 3 页 共 7 页`, `共7页第3页`. */
const FURNITURE_LINE = new RegExp(
  `^(?:${
    oneOf([
      /[-—–－]{1,2}\s*\d{1,3}\s*[-—–－]{1,2}/,
      /第\s*\d{1,3}\s*页(?:\s*[/，,]?\s*共\s*\d{1,3}\s*页)?/,
      /共\s*\d{1,3}\s*页\s*第\s*\d{1,3}\s*页/,
      /\d{1,3}\s*\/\s*\d{1,3}/,
    ]).source
  })$`,
);
const FURNITURE_INLINE =
  /[—–－]{1,2}\s*\d{1,3}\s*[—–－]{1,2}|第\s*\d{1,3}\s*页\s*[/，,]?\s*共\s*\d{1,3}\s*页|共\s*\d{1,3}\s*页\s*第\s*\d{1,3}\s*页/g;

/** A crawled page's header fields before the text: 发布时间：…, 来源：…, 浏览次数：…, 字号：大 中 小. */
const PAGE_FIELD_NAME = /发布时间|发布日期|发文日期|发布机构|来源|信息来源|浏览次数|访问量|点击数|阅读数|作者|字号|字体/
  .source;
const PAGE_FIELD_VALUE = oneOf([
  /[大中小](?:\s+[大中小]){0,2}/,
  /\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?/,
  /\S+/,
]).source;
const PAGE_FIELDS = new RegExp(`^(?:\\s*(?:${PAGE_FIELD_NAME})[:：]\\s*(?:${PAGE_FIELD_VALUE}))+`);

/** Offsets (in the original text) where a line is to be cut: before each inline heading. */
function cutPoints(text: string, withTitle: boolean): number[] {
  const n = normalizeWithMap(text);
  const cuts = new Set<number>();
  INLINE_HEADING.lastIndex = 0;
  for (let m = INLINE_HEADING.exec(n.text); m; m = INLINE_HEADING.exec(n.text)) {
    // The heading stands alone: cut before it and after it.
    if (m.index > 0) cuts.add(n.from[m.index]);
    cuts.add(n.from[m.index + m[0].length - 1] + 1);
  }
  INLINE_SUBHEADING.lastIndex = 0;
  for (let m = INLINE_SUBHEADING.exec(n.text); m; m = INLINE_SUBHEADING.exec(n.text)) cuts.add(n.from[m.index + 1]);
  const title = withTitle ? TITLE_RE.exec(n.text) : null;
  if (title) {
    // The unit before the year: the characters back to a separator (a space, `>`, a colon, a bracket).
    let s = title.index;
    const boundary = (k: number) =>
      /[\s>＞:：|｜》\])】]/.test(text[n.from[k - 1]]) || /\s/.test(text.slice(n.from[k - 1] + 1, n.from[k]));
    while (s > 0 && !boundary(s) && title.index - s < 40) s--;
    if (s > 0) cuts.add(n.from[s]);
    const end = n.from[title.index + title[0].length - 1] + 1;
    if (end < text.length) cuts.add(end);
  }
  return [...cuts].sort((a, b) => a - b);
}

/** Cuts lines at inline headings and the title; drops page numbers; cells are left as they are. */
export function segment(items: readonly SourceItem[]): { items: SourceItem[]; dropped: Unplaced[] } {
  const out: SourceItem[] = [];
  const dropped: Unplaced[] = [];
  // The title is looked for near the top only (a preamble may name the report too).
  const titled = items.findIndex((i, k) => k < 40 && TITLE_RE.test(normalized(i.text)));
  for (const [k, item] of items.entries()) {
    if (item.kind === 'cell') {
      out.push(item);
      continue;
    }
    const where = { line: item.line, ...(item.page !== undefined ? { page: item.page } : {}) };
    if (FURNITURE_LINE.test(item.text.trim())) {
      dropped.push(unplaced('page-furniture', where, item.text.trim()));
      continue;
    }
    const text = item.text.replace(FURNITURE_INLINE, (m) => {
      dropped.push(unplaced('page-furniture', where, m.trim()));
      return ' ';
    });
    let last = 0;
    for (const at of [...cutPoints(text, k === titled), text.length]) {
      const piece = text.slice(last, at).trim();
      last = at;
      if (!piece) continue;
      const fields = PAGE_FIELDS.exec(piece);
      if (fields && fields[0].length < piece.length) {
        // The page's header fields, then the text: two items.
        out.push({ ...item, text: fields[0].trim() });
        const rest = piece.slice(fields[0].length).trim();
        if (rest) out.push({ ...item, text: rest });
        continue;
      }
      const head = LEADING_SUBHEADING.exec(piece);
      // Only where the line was cut: a line of its own that opens with （一）… is a paragraph as written.
      if (head && piece !== text.trim())
        out.push({ ...item, text: head[0] }, { ...item, text: piece.slice(head[0].length).trim() });
      else out.push({ ...item, text: piece });
    }
  }
  return { items: out, dropped };
}
