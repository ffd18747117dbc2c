import type { SourceItem } from '../source';
import {
  columnOf,
  cutAtSpaces,
  figureColumns,
  inFigureArea,
  isFigure,
  overlaps,
  splitAtColumns,
  type Column,
} from './columns';
import { chainCells, isOfficialLabel, textOf, wrapPitch, type BodyRow, type Piece } from './labels';
import { assignLabels, NUMBERED_RE } from './rows';
import { toGroup, type Line } from './lines';
import { placeBlocks } from './blocks';

/** A table as read from a page: its items in reading order, and its header lines (to know it on the next page). */
export interface PageTable {
  header: string[];
  items: SourceItem[];
  /** The end of a merged label the page break cut (`供` of （四）无法提供), to join to the label before it. */
  carry: string[];
}

const textKey = (l: Line) => l.text.replace(/\s/g, '');

const piece = (line: Line, i: number): Piece => ({ ...line.groups[i], line: line.index });

/**
 * The index of the last header line: above the first row of figures, with text over the figure
 * columns, or the last line of a header cell that goes on below them (…第四项之 / 和）).
 */
function headerEnd(lines: readonly Line[], columns: readonly Column[]): number {
  const first = lines.findIndex((l) => l.groups.some(isFigure));
  let end = -1;
  for (let i = 0; i < first; i++)
    if (lines[i].groups.some((g) => !isFigure(g) && inFigureArea(columns, g) && columnOf(columns, g) >= 0)) end = i;
  while (
    end >= 0 &&
    end + 1 < first &&
    lines[end + 1].groups.every((g) => !NUMBERED_RE.test(g.text) && lines[end].groups.some((h) => overlaps(g, h)))
  )
    end++;
  return end;
}

/**
 * The items of one table on one page. Rows of figures are cells (the first with rowStart), empty
 * where a column has no figure; the label of a row is joined from its wrapped lines; a label drawn
 * once beside several rows comes before the first of them; header cells come first, one per cell.
 * `previous` is the header of the table this one may continue (it ended the previous page, and this
 * one starts its page): a header repeated on the new page is left out; `continues` when the next
 * page starts with a table (this one may go on there).
 */
export function readTable(source: readonly Line[], page: number, previous?: string[], continues = false): PageTable {
  const repeated = !!previous?.length && previous.every((t, i) => source[i] && textKey(source[i]) === t);
  const columns = figureColumns(source);
  const lines = source.slice(repeated ? previous!.length : 0).map((l) => splitAtColumns(l, columns));
  if (!columns.length) {
    // No figures (a caption and header whose rows are on the next page): header cells only, cut at
    // the spaces inside a run (信息内容 本年处理决定数量: the cells of a tight header).
    const pieces = lines.flatMap((l) =>
      l.groups.flatMap((g) => g.runs.flatMap(cutAtSpaces).map((r) => ({ ...toGroup([r]), line: l.index }))),
    );
    return { header: lines.map(textKey), items: headerItems(pieces, page, undefined), carry: [] };
  }
  const end = headerEnd(lines, columns);
  const header = lines.slice(0, end + 1);
  const continued = previous !== undefined && !header.length;
  const { rows, loose, onLine } = readBody(lines.slice(end + 1), columns);
  // (For the pitch: the group nearest the figures stands for the row's own label.)
  const rowLabels = new Set(
    rows.flatMap((r) =>
      [...onLine]
        .filter(([, o]) => o === r)
        .map(([p]) => p)
        .slice(-1),
    ),
  );
  const headerPieces = header.flatMap((l) => l.groups.map((_, i) => piece(l, i)));
  const pitch = wrapPitch([...headerPieces, ...loose, ...rowLabels], rowLabels);
  const split = splitOuter([...loose, ...onLine.keys()], pitch);
  // A row's own label is what of its line is not a merged label beside it.
  for (const p of split.inner.filter((q) => onLine.has(q))) onLine.get(p)!.label.push(p);
  const cut = cutByPageBreak(
    split.inner.filter((q) => !onLine.has(q)),
    chainCells(split.outer, pitch),
    rows,
    continued,
  );
  assignLabels(cut.pieces, rows, pitch);
  rows.sort((a, b) => a.y - b.y);
  const { blocks, carry } = cut;
  const before = placeBlocks(rows, blocks, { continued, continues });
  const items = rowItems(rows, before, columns, page);
  if (continued) return { header: previous!, items, carry };
  return { header: header.map(textKey), items: [...headerItems(headerPieces, page, pitch), ...items], carry };
}

/** The rows of figures of a table body, the label pieces on their lines, and the pieces between them. */
function readBody(body: readonly Line[], columns: readonly Column[]) {
  const rows: BodyRow[] = [];
  const loose: Piece[] = [];
  const onLine = new Map<Piece, BodyRow>();
  for (const line of body) {
    const isCell = line.groups.map((g) => inFigureArea(columns, g) && columnOf(columns, g) >= 0);
    const cells = line.groups.filter((_, i) => isCell[i]);
    const labels = line.groups.map((_, i) => piece(line, i)).filter((_, i) => !isCell[i]);
    if (!cells.length) loose.push(...labels);
    else {
      const row: BodyRow = { y: line.y, line: line.index, cells, label: [] };
      rows.push(row);
      for (const p of labels) onLine.set(p, row);
    }
  }
  return { rows, loose, onLine };
}

/**
 * On a page that goes on with a table, what the page break cut off the previous page's last label:
 * lines above the first row that start no label, and merged-label lines above the first whole one.
 */
function cutByPageBreak(pieces: Piece[], blocks: Piece[][], rows: readonly BodyRow[], continued: boolean) {
  if (!continued) return { pieces, blocks, carry: [] as string[] };
  const firstRow = Math.min(...rows.map((r) => r.y));
  const tail = (p: Piece) => p.y < firstRow && !NUMBERED_RE.test(p.text) && !isOfficialLabel(p.text);
  const whole = Math.min(...blocks.filter((b) => isOfficialLabel(textOf(b))).map((b) => b[0].y));
  const cutBlock = (b: Piece[]) => b[0].y < whole && !isOfficialLabel(textOf(b));
  const carry = [...(pieces.some(tail) ? [textOf(pieces.filter(tail))] : []), ...blocks.filter(cutBlock).map(textOf)];
  return { pieces: pieces.filter((p) => !tail(p)), blocks: blocks.filter((b) => !cutBlock(b)), carry };
}

/** Pieces left of the label text around them belong to merged label cells. */
function splitOuter(pieces: readonly Piece[], pitch: number | undefined): { inner: Piece[]; outer: Piece[] } {
  const inner: Piece[] = [];
  const outer: Piece[] = [];
  for (const p of pieces) {
    const step = pitch ?? 1.5 * p.size;
    // Label text right of it, at about its height (the label of a row it is drawn beside)…
    const right = pieces.filter((q) => Math.abs(q.y - p.y) <= 1.6 * step && p.x1 <= q.x0 - 0.2 * p.size);
    const edge = Math.min(...right.map((q) => q.x0));
    // …unless it is the last line of a wider label wrapped just above it (情形） under （二）部分公开…).
    const wraps =
      !NUMBERED_RE.test(p.text) && pieces.some((q) => q.y < p.y && p.y - q.y <= step && overlaps(q, p) && q.x1 > edge);
    (right.length && !wraps ? outer : inner).push(p);
  }
  return { inner, outer };
}

function headerItems(pieces: readonly Piece[], page: number, pitch: number | undefined): SourceItem[] {
  const cells = chainCells(pieces, pitch).sort((a, b) => a[0].y - b[0].y || a[0].x0 - b[0].x0);
  return cells.map((c, i) => ({ kind: 'cell', text: textOf(c), line: c[0].line, page, rowStart: i === 0 }));
}

/**
 * A row's cells, one per column, empty where a column has no figure. A row drawn out of line with
 * the columns (a figure outside every column, two in one: a row shifted by a spanning cell) gives its
 * figures in reading order instead: a short row stays short (NB203), never shifted.
 */
function rowCells(row: BodyRow, columns: readonly Column[]): string[] {
  const cells = columns.map(() => '');
  for (const g of row.cells) {
    const c = columnOf(columns, g);
    if (c < 0 || cells[c] || !overlaps(columns[c], g, 0.5 * g.size))
      return [...row.cells].sort((a, b) => a.x0 - b.x0).map((x) => x.text);
    cells[c] = g.text;
  }
  return cells;
}

function rowItems(
  rows: readonly BodyRow[],
  before: ReadonlyMap<BodyRow, Piece[][]>,
  columns: readonly Column[],
  page: number,
): SourceItem[] {
  const items: SourceItem[] = [];
  for (const row of rows) {
    const start = items.length;
    for (const block of before.get(row) ?? [])
      items.push({ kind: 'cell', text: textOf(block), line: block[0].line, page });
    if (row.label.length)
      items.push({ kind: 'cell', text: textOf(row.label), line: Math.min(...row.label.map((p) => p.line)), page });
    for (const text of rowCells(row, columns)) items.push({ kind: 'cell', text, line: row.line, page });
    if (items[start]) items[start].rowStart = true;
  }
  return items;
}
