import { labelDistance, nearestLabel } from '../../core/formats/labels';
import { FORMATS } from '../../core/formats/tables';
import type { Group } from './lines';
import { joinPieces } from './lines';
import { overlaps } from './columns';

/** A piece of a label cell: a group of the label area, and the number of its line on the page. */
export interface Piece extends Group {
  line: number;
}

/** A row of the table body: a line with figures, or a label that stands alone as a row. */
export interface BodyRow {
  y: number;
  line: number;
  /** The figure-area groups of the row's line (none for a label-only row). */
  cells: Group[];
  label: Piece[];
}

/** A label cell drawn once beside several rows (三、本年度办理结果, （三）不予公开 …). */
export interface Block {
  pieces: Piece[];
}

const OFFICIAL_LABELS = [
  ...new Set(
    Object.values(FORMATS).flatMap((f) => f.tables.flatMap((t) => [...t.rows.map((r) => r.label), t.caption])),
  ),
];

/** Whether a text, alone, is (nearly) the official label of a row: then it is a row, not a continuation. */
export function isOfficialLabel(text: string): boolean {
  return text.length >= 2 && nearestLabel(text, OFFICIAL_LABELS, (l) => l).best !== undefined;
}

/** How near a text is to the nearest official label (0 = exact; Infinity = none). */
export function officialDistance(text: string): number {
  return Math.min(...OFFICIAL_LABELS.map((l) => labelDistance(text, l)));
}

export function textOf(pieces: readonly Piece[]): string {
  return [...pieces].sort((a, b) => a.y - b.y || a.x0 - b.x0).reduce((s, p) => joinPieces(s, p.text), '');
}

export const extent = (pieces: readonly Piece[]) => ({
  x0: Math.min(...pieces.map((p) => p.x0)),
  x1: Math.max(...pieces.map((p) => p.x1)),
});

/**
 * The pitch of the lines inside one cell (a wrapped label), told apart from the pitch of rows: the
 * smallest distance between overlapping pieces on neighbouring lines, if it is below the smallest
 * distance between the labels of two rows of figures. Undefined when no cell wraps.
 */
export function wrapPitch(pieces: readonly Piece[], rowLabels: ReadonlySet<Piece>): number | undefined {
  const sorted = [...pieces].sort((a, b) => a.y - b.y);
  let wrap = Infinity;
  let row = Infinity;
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length; j++) {
      const dy = sorted[j].y - sorted[i].y;
      if (dy < 0.8 * sorted[i].size) continue;
      if (dy > 4 * sorted[i].size + 40) break;
      if (!overlaps(sorted[i], sorted[j])) continue;
      if (rowLabels.has(sorted[i]) && rowLabels.has(sorted[j])) row = Math.min(row, dy);
      else wrap = Math.min(wrap, dy);
    }
  if (wrap === Infinity || wrap > row - 0.3) return undefined;
  return Math.min(1.05 * wrap + 0.5, row - 0.3);
}

/**
 * Chains pieces into cells: a piece continues the cell above when it overlaps it horizontally and
 * lies one wrapped line below; a piece that is an official label by itself starts a cell, and a cell
 * that is exactly an official label (a caption, a row label) is complete.
 */
export function chainCells(pieces: readonly Piece[], pitch: number | undefined): Piece[][] {
  const cells: Piece[][] = [];
  for (const p of [...pieces].sort((a, b) => a.y - b.y || a.x0 - b.x0)) {
    const cell =
      pitch === undefined || isOfficialLabel(p.text)
        ? undefined
        : [...cells].reverse().find((c) => {
            const last = c[c.length - 1];
            const near = overlaps(last, p) && p.y - last.y > 0.5 * p.size && p.y - last.y <= pitch;
            return near && officialDistance(textOf(c)) !== 0;
          });
    if (cell) cell.push(p);
    else cells.push([p]);
  }
  return cells;
}
