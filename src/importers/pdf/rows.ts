import { overlaps } from './columns';
import { isOfficialLabel, type BodyRow, type Piece } from './labels';

/** The start of a row label: 1. 2、 （三） 四、 */
export const NUMBERED_RE = /^(?:\d{1,2}\s*[.．、]|[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)/;

const starts = (row: BodyRow) => row.label.some((p) => NUMBERED_RE.test(p.text));
const bottom = (row: BodyRow) => Math.max(row.y, ...row.label.map((p) => p.y));
const besideLabel = (row: BodyRow, p: Piece) => !row.label.length || row.label.some((q) => overlaps(q, p));

/**
 * Gives the label pieces that stand on no line of figures to their rows. A label cell may be
 * top-aligned (its first line on the row's line, the rest below: Word's default) or centred (lines
 * above and below the figures); so a piece that starts a label (1. （三） 四、) begins the label of
 * the next row that has no start yet, or stands as a row of its own (a label row with no figures);
 * any other piece continues the label just above it when it follows on the next line, unless it is
 * nearer the next row, whose label has not started; else it joins the nearest row.
 */
export function assignLabels(pieces: readonly Piece[], rows: BodyRow[], pitch: number | undefined): void {
  const figures = rows.filter((r) => r.cells.length);
  for (const p of [...pieces].sort((a, b) => a.y - b.y || a.x0 - b.x0)) {
    const step = pitch ?? 1.5 * p.size;
    const below = figures.filter((r) => r.y > p.y).sort((a, b) => a.y - b.y)[0];
    const above = rows.filter((r) => bottom(r) < p.y && besideLabel(r, p)).sort((a, b) => bottom(b) - bottom(a))[0];
    if (NUMBERED_RE.test(p.text) || isOfficialLabel(p.text)) {
      if (below && !starts(below) && below.y - p.y <= 3 * step && !isOfficialLabel(p.text)) below.label.push(p);
      else if (below && !below.label.length && below.y - p.y <= 1.5 * step) below.label.push(p);
      else rows.push({ y: p.y, line: p.line, cells: [], label: [p] });
      continue;
    }
    const gap = above ? p.y - bottom(above) : Infinity;
    if (above && gap <= 1.3 * step && (!below || starts(below) || gap <= below.y - p.y)) {
      above.label.push(p);
      continue;
    }
    const dy = (r: BodyRow) => Math.abs(r.y - p.y);
    const near = figures.reduce<BodyRow | undefined>((best, r) => (!best || dy(r) < dy(best) ? r : best), undefined);
    if (near && dy(near) <= 2.25 * step) near.label.push(p);
    else rows.push({ y: p.y, line: p.line, cells: [], label: [p] });
  }
}
