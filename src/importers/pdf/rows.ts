import { overlaps } from './columns';
import { isOfficialLabel, type BodyRow, type Piece } from './labels';

/** The start of a row label: 1. 2、 （三） 四、 */
export const NUMBERED_RE = /^(?:\d{1,2}\s*[.．、]|[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)/;

const isStart = (p: Piece) => NUMBERED_RE.test(p.text) || isOfficialLabel(p.text);
const starts = (row: BodyRow) => row.label.some(isStart);
const bottom = (row: BodyRow) => Math.max(row.y, ...row.label.map((p) => p.y));
const besideLabel = (row: BodyRow, p: Piece) => !row.label.length || row.label.some((q) => overlaps(q, p));

/**
 * Gives the label pieces that stand on no line of figures to their rows. A label cell may be
 * top-aligned (its first line on the row's line, the rest below: Word's default) or centred (lines
 * above and below the figures). A row of figures whose line starts no label takes the nearest piece
 * above it that starts one (1. （三） 四、) as its first line; other starting pieces are label rows
 * of their own (no figures); any other piece continues the label just above it when it follows on the
 * next line, unless it is nearer the next row and that row's label has not started; else it joins the
 * nearest row.
 */
export function assignLabels(pieces: readonly Piece[], rows: BodyRow[], pitch: number | undefined): void {
  const figures = rows.filter((r) => r.cells.length).sort((a, b) => a.y - b.y);
  const sorted = [...pieces].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const used = new Set<Piece>();
  const step = (p: Piece) => pitch ?? 1.5 * p.size;
  figures.forEach((row, i) => {
    if (starts(row)) return;
    const floor = i ? figures[i - 1].y : -Infinity;
    const head = sorted
      .filter((p) => isStart(p) && !used.has(p) && p.y < row.y && p.y > floor && row.y - p.y <= 3 * step(p))
      .pop();
    if (head) {
      row.label.push(head);
      used.add(head);
    }
  });
  for (const p of sorted.filter((q) => isStart(q) && !used.has(q))) {
    rows.push({ y: p.y, line: p.line, cells: [], label: [p] });
    used.add(p);
  }
  for (const p of sorted.filter((q) => !used.has(q))) {
    const below = figures.find((r) => r.y > p.y);
    const above = rows.filter((r) => bottom(r) < p.y && besideLabel(r, p)).sort((a, b) => bottom(b) - bottom(a))[0];
    const gap = above ? p.y - bottom(above) : Infinity;
    if (above && gap <= 1.3 * step(p) && (!below || starts(below) || gap <= below.y - p.y)) {
      above.label.push(p);
      continue;
    }
    const dy = (r: BodyRow) => Math.abs(r.y - p.y);
    const near = figures.reduce<BodyRow | undefined>((best, r) => (!best || dy(r) < dy(best) ? r : best), undefined);
    if (near && dy(near) <= 2.25 * step(p)) near.label.push(p);
    else rows.push({ y: p.y, line: p.line, cells: [], label: [p] });
  }
}
