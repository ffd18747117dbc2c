import { overlaps } from './columns';
import type { BodyRow, Piece } from './labels';
import { spanStarts, type Band, type Split } from './spans';

const bandOf = (pieces: readonly { y: number; size: number }[]): Band => ({
  top: Math.min(...pieces.map((p) => p.y - 0.8 * p.size)),
  bottom: Math.max(...pieces.map((p) => p.y + 0.2 * p.size)),
  first: Math.min(...pieces.map((p) => p.y)),
});

/** Each row's band: from midway to the row above to midway to the row below. */
function rowBands(rows: readonly BodyRow[]): Band[] {
  const own = rows.map((r) => bandOf([...r.label, ...r.cells, { y: r.y, size: r.cells[0]?.size ?? r.label[0].size }]));
  return own.map((b, i) => ({
    ...b,
    top: i ? (own[i - 1].bottom + b.top) / 2 : b.top,
    bottom: i < own.length - 1 ? (b.bottom + own[i + 1].top) / 2 : b.bottom,
  }));
}

/** Blocks side by side in one column of merged cells (they overlap horizontally), left to right. */
function columnsOf(blocks: Piece[][]): Piece[][][] {
  const ext = (b: Piece[]) => ({ x0: Math.min(...b.map((p) => p.x0)), x1: Math.max(...b.map((p) => p.x1)) });
  const columns: Array<{ x0: number; x1: number; blocks: Piece[][] }> = [];
  for (const b of [...blocks].sort((p, q) => ext(p).x0 - ext(q).x0)) {
    const e = ext(b);
    const column = columns.find((c) => overlaps(c, e));
    if (column) {
      column.blocks.push(b);
      column.x1 = Math.max(column.x1, e.x1);
    } else columns.push({ ...e, blocks: [b] });
  }
  return columns.map((c) => c.blocks.sort((p, q) => bandOf(p).top - bandOf(q).top));
}

/**
 * Where each merged label cell goes: before the first row it spans. The rows beside a column of
 * merged cells are the consecutive rows whose own labels start right of that column; they are shared
 * out among the column's cells by centring (spans.ts).
 */
export function placeBlocks(rows: readonly BodyRow[], blocks: Piece[][], split: Split): Map<BodyRow, Piece[][]> {
  const before = new Map<BodyRow, Piece[][]>();
  const put = (row: BodyRow, block: Piece[]) => before.set(row, [...(before.get(row) ?? []), block]);
  if (!rows.length) return before;
  const bands = rowBands(rows);
  for (const column of columnsOf(blocks)) {
    const right = Math.max(...column.flat().map((p) => p.x1));
    const size = column[0][0].size;
    const inner = rows.map((r) => !r.label.length || Math.min(...r.label.map((p) => p.x0)) >= right - 0.3 * size);
    const runs: Array<{ from: number; to: number; blocks: Piece[][] }> = [];
    rows.forEach((_, i) => {
      if (!inner[i]) return;
      const last = runs[runs.length - 1];
      if (last && last.to === i - 1) last.to = i;
      else runs.push({ from: i, to: i, blocks: [] });
    });
    for (const block of column) {
      const b = bandOf(block);
      const mid = (b.top + b.bottom) / 2;
      const run = runs.find((r) => mid >= bands[r.from].top - size && mid <= bands[r.to].bottom + size);
      if (run) run.blocks.push(block);
      else put(nearestRow(rows, bands, mid), block);
    }
    for (const run of runs) {
      const starts = spanStarts(bands.slice(run.from, run.to + 1), run.blocks.map(bandOf), {
        continued: split.continued && run.from === 0,
        continues: split.continues && run.to === rows.length - 1,
      });
      run.blocks.forEach((block, j) => put(rows[run.from + starts[j]], block));
    }
  }
  return before;
}

function nearestRow(rows: readonly BodyRow[], bands: readonly Band[], y: number): BodyRow {
  let best = 0;
  bands.forEach((b, i) => {
    if (Math.abs((b.top + b.bottom) / 2 - y) < Math.abs((bands[best].top + bands[best].bottom) / 2 - y)) best = i;
  });
  return rows[best];
}
