import {
  AlignmentType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  VerticalMergeType,
  WidthType,
} from 'docx';
import { FACE, TYPE_WIDTH, widthInChars } from './layout';
import { runs } from './paragraphs';

/** The paragraph style of table text: single-spaced and off the document grid, so that rows stay compact. */
export const TABLE_TEXT_STYLE = 'TableText';

/** Left and right cell margins, in twips. */
const CELL_MARGIN = 40;

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * A label cut into lines of at most `max` characters at word boundaries (社会公益组织 → 社会 / 公益 / 组织), for a
 * column too narrow for it; a word longer than a line stays whole and wraps where Word wraps it.
 */
export function stackWords(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const { segment } of segmenter.segment(text)) {
    const last = lines.length - 1;
    const joins = /^[、，。）)”：；]/.test(segment) || /[（(“]$/.test(lines[last] ?? '');
    if (last >= 0 && (joins || widthInChars(lines[last] + segment) <= max)) lines[last] += segment;
    else lines.push(segment);
  }
  return lines;
}

/** Characters of `size` (half-points) that fit in a column `width` twips wide. */
const capacity = (width: number, size: number) => Math.floor((width - 2 * CELL_MARGIN) / (size * 10));

/** Columns of at most this many characters get their labels stacked at word boundaries. */
const NARROW = 6;

export interface CellOptions {
  /** The first cell of a vertical merge: the rows below it carry `merged()` cells in its place. */
  mergeDown?: boolean;
  columnSpan?: number;
  left?: boolean;
  /** The width of the cell in twips: a label too long for a narrow cell is stacked at word boundaries. */
  width?: number;
}

/**
 * A table cell: one paragraph in the table text style, centred vertically. Its paragraph mark has the size of its
 * text, since Word makes a line as tall as the mark.
 */
export function cell(text: string, size: number, opts: CellOptions = {}): TableCell {
  const room = opts.width === undefined ? Infinity : capacity(opts.width, size);
  const lines = room <= NARROW && widthInChars(text) > room ? stackWords(text, room) : [text];
  return new TableCell({
    verticalMerge: opts.mergeDown ? VerticalMergeType.RESTART : undefined,
    columnSpan: opts.columnSpan,
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 20, bottom: 20 },
    children: [
      new Paragraph({
        style: TABLE_TEXT_STYLE,
        run: { size },
        children: lines.flatMap((line, i) => [
          ...(i > 0 ? [new TextRun({ break: 1 })] : []),
          ...runs(line, FACE.body, size),
        ]),
        alignment: opts.left ? AlignmentType.LEFT : AlignmentType.CENTER,
      }),
    ],
  });
}

/** The place of a merged cell in a row below its first: empty, in the table text style and size. */
export const merged = (size: number, columnSpan?: number) =>
  new TableCell({
    verticalMerge: VerticalMergeType.CONTINUE,
    columnSpan,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 20, bottom: 20 },
    children: [new Paragraph({ style: TABLE_TEXT_STYLE, run: { size }, children: [] })],
  });

/** A row that never splits across pages; `keepNext` keeps it on the page of the next row. */
export const row = (children: TableCell[], opts: { header?: boolean; keepNext?: boolean } = {}) =>
  new TableRow({ children, cantSplit: true, tableHeader: opts.header, keepNext: opts.keepNext || undefined });

/** Column widths in twips from relative widths, the last column taking what rounding leaves. */
export function widths(relative: number[]): number[] {
  const total = relative.reduce((a, b) => a + b, 0);
  const out = relative.map((c) => Math.floor((c / total) * TYPE_WIDTH));
  out[out.length - 1] += TYPE_WIDTH - out.reduce((a, b) => a + b, 0);
  return out;
}

/** A table across the type area with fixed column widths (twips). */
export function table(rows: TableRow[], columnWidths: number[]): Table {
  return new Table({
    rows,
    columnWidths,
    width: { size: TYPE_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
  });
}
