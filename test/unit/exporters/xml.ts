import * as assert from 'node:assert/strict';
import type { Element } from 'domhandler';
import { parseDocument, DomUtils } from 'htmlparser2';
import JSZip from 'jszip';
import { exportDocx } from '../../../src/exporters/docx';

export type Root = ReturnType<typeof parseDocument>;

/** The exported Word file, read back from its XML: document, styles, settings and footers. */
export async function exported(markdown: string) {
  const zip = await JSZip.loadAsync(await exportDocx(markdown));
  const xml = (name: string) => zip.file(name)!.async('string');
  const footerNames = Object.keys(zip.files).filter((f) => /word\/footer\d*\.xml/.test(f));
  return {
    doc: parseDocument(await xml('word/document.xml'), { xmlMode: true }),
    styles: parseDocument(await xml('word/styles.xml'), { xmlMode: true }),
    settings: await xml('word/settings.xml'),
    footers: await Promise.all(footerNames.map(xml)),
  };
}

export const all = (root: Element | Root, name: string) => DomUtils.getElementsByTagName(name, root as Element, true);
export const textOf = (el: Element) =>
  all(el, 'w:t')
    .map((t) => DomUtils.textContent(t))
    .join('');
export const attr = (el: Element | undefined, name: string) => el?.attribs[name];
export const first = (el: Element | Root, name: string) => all(el, name)[0];

/** The paragraph whose text is exactly `text`, and the fonts and size of its first run. */
export function paragraph(doc: Root, text: string) {
  const p = all(doc, 'w:p').find((x) => textOf(x) === text);
  assert.ok(p, `no paragraph “${text}”`);
  const rPr = first(p, 'w:rPr');
  return {
    p,
    eastAsia: attr(first(rPr, 'w:rFonts'), 'w:eastAsia'),
    ascii: attr(first(rPr, 'w:rFonts'), 'w:ascii'),
    size: attr(first(rPr, 'w:sz'), 'w:val'),
  };
}

/** Rows of a table as cell texts (merged continuation cells included as ''), with the cells themselves. */
export function rows(tbl: Element): Array<{ tr: Element; texts: string[]; cells: Element[] }> {
  return all(tbl, 'w:tr').map((tr) => {
    const cells = all(tr, 'w:tc');
    return { tr, cells, texts: cells.map(textOf) };
  });
}

/** The lines of a cell or paragraph: its text cut at each `w:br`. */
export function linesOf(el: Element): string[] {
  const lines = [''];
  for (const node of all(el, 'w:r').flatMap((r) => r.children))
    if (node.type === 'tag' && (node as Element).name === 'w:br') lines.push('');
    else if (node.type === 'tag' && (node as Element).name === 'w:t')
      lines[lines.length - 1] += DomUtils.textContent(node);
  return lines;
}

/** Whether a paragraph has the on/off property `name` switched on. */
export function isOn(p: Element, name: string): boolean {
  const el = first(first(p, 'w:pPr') ?? p, name);
  return !!el && !['0', 'false', 'off'].includes(attr(el, 'w:val') ?? 'true');
}

/** The paragraph style with id `id` in styles.xml. */
export function style(styles: Root, id: string): Element {
  const s = all(styles, 'w:style').find((x) => attr(x, 'w:styleId') === id);
  assert.ok(s, `no style ${id}`);
  return s;
}
