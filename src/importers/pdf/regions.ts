import { sectionOfTitle } from '../../core/parse';
import { columnOf, figureColumns, inFigureArea, isFigure } from './columns';
import type { Line } from './lines';

/** The caption of a table of section 二 (第二十条第（一）项), or of an item of another article. */
const CAPTION_RE = /^第[一二三四五六七八九十百]+条第[（(][一二三四五六七八九十]+[）)]项$/;

/** A run of lines of one page: prose, or one table. */
export type Segment = { kind: 'prose'; lines: Line[] } | { kind: 'table'; lines: Line[] };

/** A line that is certainly part of a table: several cells, at least one a figure, or three cells. */
function isTableRow(line: Line): boolean {
  return line.groups.length >= 3 || (line.groups.length === 2 && line.groups.some(isFigure));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A line no table holds: a sentence, a section heading, or text larger than the table's. */
function isProse(line: Line, tableSize: number): boolean {
  if (line.groups.length > 1) return false;
  const text = line.text;
  return (
    /[。！？；]$/.test(text) ||
    (text.length <= 40 && sectionOfTitle(text) !== undefined && /^[一二三四五六]/.test(text)) ||
    line.size > tableSize + 1.5
  );
}

/**
 * The tables of a page: runs of table rows with the lines between them (labels wrapped or drawn once
 * beside several rows), grown upward over their header and caption and downward over the last
 * labels, and cut where a new header follows rows of figures; everything else is prose.
 */
export function segmentPage(lines: readonly Line[]): Segment[] {
  const rows = lines.map(isTableRow);
  const inTable = new Array<boolean>(lines.length).fill(false);
  let i = 0;
  while (i < lines.length) {
    if (!rows[i]) {
      i++;
      continue;
    }
    const size = median(lines.filter((_, k) => rows[k]).flatMap((l) => l.groups.map((g) => g.size)));
    let end = i;
    for (let k = i + 1; k < lines.length && !isProse(lines[k], size); k++) if (rows[k]) end = k;
    const gaps = lines.slice(i + 1, end + 1).map((l, k) => l.y - lines[i + k].y);
    const reach = Math.max(3 * size, 1.3 * (gaps.length ? median(gaps) : 0));
    let start = i;
    while (start > 0 && !inTable[start - 1] && !isProse(lines[start - 1], size) && i - start < 12) {
      if (lines[start].y - lines[start - 1].y > 1.5 * reach) break;
      start--;
    }
    while (end + 1 < lines.length && !isProse(lines[end + 1], size) && lines[end + 1].y - lines[end].y <= reach) end++;
    for (let k = start; k <= end; k++) inTable[k] = true;
    i = end + 1;
  }
  const segments: Segment[] = [];
  lines.forEach((line, k) => {
    const kind = inTable[k] ? 'table' : 'prose';
    const last = segments[segments.length - 1];
    if (last?.kind === kind && (kind === 'prose' || inTable[k - 1])) last.lines.push(line);
    else segments.push({ kind, lines: [line] });
  });
  return segments.flatMap((s): Segment[] =>
    s.kind === 'table' ? splitTables(s.lines).map((t) => ({ kind: 'table', lines: t })) : [s],
  );
}

/** Cuts a run of table lines where a header line (text over the figures) or a caption follows rows of figures. */
function splitTables(lines: readonly Line[]): Line[][] {
  const tables: Line[][] = [];
  let start = 0;
  let lastRow = -1;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].groups.some(isFigure)) {
      lastRow = i;
      continue;
    }
    if (lastRow < start) continue;
    const columns = figureColumns(lines.slice(start, i));
    const header = lines[i].groups.some(
      (g) => !isFigure(g) && /[\u4e00-\u9fff]{2}/.test(g.text) && inFigureArea(columns, g) && columnOf(columns, g) >= 0,
    );
    // A caption after rows of figures starts the next table, even when its rows are on the next page.
    if (!header && !CAPTION_RE.test(lines[i].text)) continue;
    // Before a caption (第二十条第（六）项) if there is one; else at the widest gap.
    let cut = i;
    for (let k = lastRow + 1; k <= i; k++) if (lines[k].y - lines[k - 1].y > lines[cut].y - lines[cut - 1].y) cut = k;
    const caption = lines.slice(lastRow + 1, i).findIndex((l) => CAPTION_RE.test(l.text));
    if (caption >= 0) cut = lastRow + 1 + caption;
    tables.push(lines.slice(start, cut));
    start = cut;
    lastRow = -1;
  }
  tables.push(lines.slice(start));
  return tables;
}
