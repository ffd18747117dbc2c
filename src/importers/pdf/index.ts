import { oneOf } from '../../core/text';
import { NianbaoError } from '../../core/errors';
import type { SourceItem } from '../source';
import { buildLines, type Line } from './lines';
import { readPdfPages, type PdfPage } from './load';
import { measure, paragraphs } from './prose';
import { segmentPage, type Segment } from './regions';
import { readTable } from './table';
import { officialDistance } from './labels';

/** The message for a PDF without any text: what it is, and what to do. */
export const NO_TEXT_LAYER =
  'PDF 没有文字层（可能是扫描件或图片），本工具不做文字识别（OCR）：请从 Word/WPS 重新导出带文字的 PDF，或先用 OCR 软件识别后再导入。' +
  ' / The PDF has no text layer (a scan or images) and Nianbao does no OCR: export ' +
  'a text PDF from Word/WPS, or run OCR first.';

const MOSTLY_PICTURES =
  'PDF 的大部分页面没有文字层（扫描图片），本工具不做文字识别（OCR）：请从 Word/WPS 重新导出带文字的 PDF，或先用 OCR 软件识别后再导入。' +
  ' / Most pages of the PDF have no text layer (scanned pictures) and Nianbao does ' +
  'no OCR: export a text PDF from Word/WPS, or run OCR first.';

const PAGE_NUMBER_RE = new RegExp(
  `^(?:${
    oneOf([
      /[-—–－─_]+\s*\d{1,4}\s*[-—–－─_]+/,
      /第\s*\d{1,4}\s*页(?:\s*[，,/／]?\s*共\s*\d{1,4}\s*页)?/,
      /\d{1,4}\s*[/／]\s*\d{1,4}/,
      /(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?/,
    ]).source
  })$`,
  'i',
);

/** Page numbers (— 3 —, 第 3 页 共 7 页, - 3 -, 3/7, a lone number set apart) among a page's first or last lines. */
function isPageNumber(lines: readonly Line[], k: number): boolean {
  if (k > 1 && k < lines.length - 2) return false;
  const text = lines[k].text.trim();
  if (PAGE_NUMBER_RE.test(text)) return true;
  if (!/^\d{1,4}$/.test(text) || (k !== 0 && k !== lines.length - 1)) return false;
  const neighbour = lines[k === 0 ? 1 : k - 1];
  return !neighbour || Math.abs(neighbour.y - lines[k].y) > 2.5 * lines[k].size;
}

/** Running headers and footers: the same text (numbers aside) at the same height on most pages. */
function runningLines(pages: readonly Line[][]): Set<string> {
  const seen = new Map<string, Set<number>>();
  for (const lines of pages)
    for (const l of [...lines.slice(0, 2), ...lines.slice(-2)]) {
      const key = `${Math.round(l.y / 3)}|${l.text.replace(/\d+/g, '#')}`;
      seen.set(key, (seen.get(key) ?? new Set()).add(l.page));
    }
  const least = Math.max(3, Math.ceil(pages.length / 2));
  return new Set([...seen].filter(([, on]) => on.size >= least).map(([key]) => key));
}

/** The lines of each page without page numbers and running headers or footers. */
export function withoutFurniture(pages: readonly Line[][]): Line[][] {
  const running = runningLines(pages);
  return pages.map((lines) =>
    lines.filter(
      (l, k) => !isPageNumber(lines, k) && !running.has(`${Math.round(l.y / 3)}|${l.text.replace(/\d+/g, '#')}`),
    ),
  );
}

/**
 * A PDF as items: prose lines joined into paragraphs, tables rebuilt from the text positions (see
 * table.ts), page headers and footers dropped. Each item carries its page and its line on the page.
 */
export async function readPdf(data: Uint8Array): Promise<SourceItem[]> {
  return itemsOfPages(await readPdfPages(data));
}

/** The items of pages of text runs (readPdf without pdf.js: what the tests lay out themselves). */
export function itemsOfPages(pages: readonly PdfPage[]): SourceItem[] {
  if (!pages.some((p) => p.runs.length)) throw new NianbaoError('input', NO_TEXT_LAYER);
  if (pages.filter((p) => p.picture).length > pages.length / 2) throw new NianbaoError('input', MOSTLY_PICTURES);
  const segments = withoutFurniture(pages.map((p) => buildLines(p.number, p.runs))).map(segmentPage);
  const m = measure(segments.flat().flatMap((s) => (s.kind === 'prose' ? s.lines : [])));
  const items: SourceItem[] = [];
  let prose: Line[] = [];
  // The header of the table that ended the previous page, which a table at the top of this one may continue.
  let open: string[] | undefined;
  const flush = () => {
    items.push(...paragraphs(prose, m));
    prose = [];
  };
  segments.forEach((segs: Segment[], p) => {
    if (pages[p].picture) {
      flush();
      items.push({ kind: 'line', text: imageOnly(p + 1), line: 1, page: p + 1 });
      open = undefined;
    }
    segs.forEach((seg, k) => {
      if (seg.kind === 'prose') {
        prose.push(...seg.lines);
        return;
      }
      flush();
      const last = k === segs.length - 1;
      const table = readTable(
        seg.lines,
        p + 1,
        k === 0 ? open : undefined,
        last && segments[p + 1]?.[0]?.kind === 'table',
      );
      for (const text of table.carry) joinCutLabel(items, text);
      items.push(...table.items);
      open = last ? table.header : undefined;
    });
    if (segs[segs.length - 1]?.kind === 'prose') open = undefined;
  });
  flush();
  return items;
}

/** Joins the end of a merged label cut by a page break to the label cell it completes; else keeps it apart. */
function joinCutLabel(items: SourceItem[], text: string): void {
  for (let i = items.length - 1; i >= 0 && i >= items.length - 400; i--) {
    const label = items[i].kind === 'cell' && /[^\d\s.,+\-−]/.test(items[i].text);
    if (label && officialDistance(items[i].text + text) < officialDistance(items[i].text)) {
      items[i].text += text;
      return;
    }
  }
  const last = items[items.length - 1];
  items.push({ kind: 'cell', text, line: last?.line ?? 1, page: last?.page, rowStart: true });
}

function imageOnly(page: number): string {
  return `【待核实：第${page}页没有文字层（可能是扫描图片），其内容未能导入】`;
}
