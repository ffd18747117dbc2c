import { MONEY_UNITS } from '../core/tables';
/**
 * Figures run together: a crawler that flattened a page may write a row's seven figures as one run of
 * digits (`123000015` for 12 3 0 0 0 0 15). These functions list the ways to read such pieces as the
 * row's figures, and keep those that the table's own arithmetic allows; where more than one remains,
 * nothing is chosen.
 */

/** A piece of a row as read: a number (or an empty cell), and whether it may be several figures run together. */
export interface Piece {
  text: string;
  splittable: boolean;
}

/** More readings than this are not enumerated: the row is then as ambiguous as it gets. */
const MAX_READINGS = 50000;

const FIGURE_RE = new RegExp(`^[-−]?(?:0|[1-9]\\d{0,6})(?:\\.\\d+)?(?:${MONEY_UNITS})?$`);

/** Whether a string is one figure as a table writes it (no leading zero but in 0 itself; a sign, decimals, a unit). */
function isFigure(s: string): boolean {
  return FIGURE_RE.test(s);
}

/** The ways to cut `text` into `parts` figures. */
function cuts(text: string, parts: number, out: string[][], prefix: string[] = []): void {
  if (out.length > MAX_READINGS) return;
  if (parts === 1) {
    if (isFigure(text)) out.push([...prefix, text]);
    return;
  }
  for (let k = 1; k <= text.length - parts + 1; k++) {
    const head = text.slice(0, k);
    if (isFigure(head)) cuts(text.slice(k), parts - 1, out, [...prefix, head]);
  }
}

/** Whether a piece read from running text may be several figures run together (two digits or more). */
export function mayBeSeveral(text: string): boolean {
  return (text.match(/\d/g)?.length ?? 0) >= 2;
}

/** One way to read a row: its figures, and the piece each was read from. */
export interface Reading {
  figures: string[];
  piece: number[];
}

/** Whether a reading is the row's pieces as written, none of them cut into several figures. */
export function uncut(r: Reading): boolean {
  return r.piece.every((p, k) => p === k);
}

/**
 * The readings of a row's pieces as `n` figures: the pieces as they are when they are `n`; else the
 * runs of digits cut into more figures, every way that gives `n`. Undefined when there are too many
 * to list.
 */
export function readings(pieces: readonly Piece[], n: number): Reading[] | undefined {
  if (pieces.length === n) return [{ figures: pieces.map((p) => p.text), piece: pieces.map((_, k) => k) }];
  if (pieces.length > n) return [];
  const out: Reading[] = [];
  const walk = (k: number, left: number, figures: string[], piece: number[]): void => {
    if (out.length > MAX_READINGS) return;
    if (k === pieces.length) {
      if (left === 0) out.push({ figures, piece });
      return;
    }
    const p = pieces[k];
    const rest = pieces.length - k - 1;
    const most = p.splittable ? Math.min(p.text.length, left - rest) : 1;
    for (let parts = 1; parts <= most; parts++) {
      const ways: string[][] = [];
      if (parts === 1) ways.push([p.text]);
      else cuts(p.text, parts, ways);
      for (const w of ways) walk(k + 1, left - parts, [...figures, ...w], [...piece, ...w.map(() => k)]);
    }
  };
  walk(0, n, [], []);
  return out.length > MAX_READINGS ? undefined : out;
}

/** Whether the figures of a row add up: the parts (all but the last) to the total (the last). */
export function addsUp(figures: readonly string[]): boolean {
  const bare = figures.map((f) => f.replace(/[\s\u00a0\u3000]/g, ''));
  if (bare.some((f) => !/^\d+$/.test(f))) return true;
  const values = bare.map(Number);
  return values.slice(0, -1).reduce((a, b) => a + b, 0) === values[values.length - 1];
}

/** A choice to make: one row's readings. */
export interface Choice {
  key: string;
  readings: readonly Reading[];
}

/**
 * The combinations of readings that satisfy `holds` (called on complete combinations), at most `max`
 * of them; `complete` is false when the search stopped before seeing every combination.
 */
export function solve(
  choices: readonly Choice[],
  holds: (chosen: ReadonlyMap<string, Reading>) => boolean,
  max = 16,
): { solutions: Array<Map<string, Reading>>; complete: boolean } {
  const solutions: Array<Map<string, Reading>> = [];
  let steps = 0;
  const chosen = new Map<string, Reading>();
  const walk = (k: number): boolean => {
    if (++steps > 200000) return false;
    if (k === choices.length) {
      if (holds(chosen)) solutions.push(new Map(chosen));
      return solutions.length < max;
    }
    for (const r of choices[k].readings) {
      chosen.set(choices[k].key, r);
      if (!walk(k + 1)) return false;
    }
    chosen.delete(choices[k].key);
    return true;
  };
  return { solutions, complete: walk(0) };
}
