import { sectionOfTitle } from '../../core/parse';
import type { SourceItem } from '../source';
import { joinPieces, type Line } from './lines';

/** The text column of the body: its left edge, its right edge, the body font size and line pitch. */
export interface Measure {
  left: number;
  right: number;
  size: number;
  pitch: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const mode = (xs: number[]) => {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(Math.round(x), (counts.get(Math.round(x)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
};

/** The measure of the body text, from the prose lines of the whole document. */
export function measure(lines: readonly Line[]): Measure {
  const size = mode(lines.flatMap((l) => new Array<number>(l.text.length).fill(l.size)));
  const body = lines.filter((l) => Math.abs(l.size - size) <= 0.5);
  const rights = body.map((l) => l.x1).sort((a, b) => a - b);
  const pitches = body.slice(1).flatMap((l, i) => (l.page === body[i].page ? [l.y - body[i].y] : []));
  return {
    left: mode(body.map((l) => l.x0)),
    right: rights[Math.floor(rights.length * 0.8)] ?? 0,
    size,
    pitch: median(pitches.filter((p) => p > 0.8 * size)) || 1.5 * size,
  };
}

/** Whether line `b` continues the paragraph whose last line is `a` (b may start the next page). */
function continues(a: Line, b: Line, m: Measure, samePageRun: boolean): boolean {
  if (Math.abs(a.size - b.size) > 0.5 || a.groups.length > 1 || b.groups.length > 1) return false;
  if (samePageRun && b.y - a.y > 1.45 * Math.max(m.pitch, a.size)) return false;
  if (a.size >= m.size + 2) return samePageRun; // a title or heading set large, broken over lines
  if (b.text.length <= 40 && sectionOfTitle(b.text) && /^[一二三四五六]/.test(b.text)) return false;
  // A short line numbered as a heading ((二)依申请公开) starts a paragraph even at the left edge.
  if (/^[（(][一二三四五六七八九十]{1,3}[）)]/.test(b.text) && b.x1 < m.right - 2 * b.size) return false;
  return a.x1 >= m.right - 1.5 * a.size && b.x0 <= m.left + 0.5 * b.size;
}

/**
 * Prose lines as paragraphs, the way the text reader expects lines: a line that fills the measure
 * continues into the next one when that one starts at the left edge (not indented), also across a
 * page break; a heading, an indented line or a wider gap starts a new paragraph. `lines` is a run of
 * prose that no table interrupts (it may go on over the next page).
 */
export function paragraphs(lines: readonly Line[], m: Measure): SourceItem[] {
  const items: SourceItem[] = [];
  lines.forEach((line, k) => {
    const last = lines[k - 1];
    const item = items[items.length - 1];
    if (last && item && continues(last, line, m, last.page === line.page)) item.text = joinPieces(item.text, line.text);
    else items.push({ kind: 'line', text: line.text, line: line.index, page: line.page });
  });
  return items;
}
