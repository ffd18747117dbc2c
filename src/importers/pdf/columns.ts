import { toGroup, type Group, type Line, type TextRun } from './lines';

/** A figure as a table cell shows it: digits (a sign, a decimal part, thousands commas, 元/万元). */
const FIGURE_RE = /^[-−+]?\d[\d,]*(?:\.\d+)?(?:元|万元)?$/;

export function isFigure(g: Group): boolean {
  return FIGURE_RE.test(g.text.replace(/\s/g, ''));
}

/** The x extent of one column of figures. */
export interface Column {
  x0: number;
  x1: number;
}

export const overlaps = (a: { x0: number; x1: number }, b: { x0: number; x1: number }, slack = 0) =>
  a.x0 < b.x1 + slack && b.x0 < a.x1 + slack;

/**
 * The figure columns of a table: figures of one column overlap horizontally (centred, right- or
 * left-aligned alike) and figures of neighbouring columns never do. A column left empty in every row
 * between regularly spaced ones is put back, so that a blank column never shifts the figures after it.
 */
export function figureColumns(rows: readonly Line[]): Column[] {
  const figures = rows.flatMap((l) => l.groups.filter(isFigure).map((g) => ({ g, l }))).sort((a, b) => a.g.x0 - b.g.x0);
  const columns: Array<Column & { rows: Set<Line> }> = [];
  for (const { g, l } of figures) {
    const last = columns[columns.length - 1];
    if (last && g.x0 < last.x1) {
      last.x1 = Math.max(last.x1, g.x1);
      last.rows.add(l);
    } else columns.push({ x0: g.x0, x1: g.x1, rows: new Set([l]) });
  }
  // A column only a few rows use is no column of the table: those rows are drawn out of line.
  const lines = new Set(figures.map((f) => f.l)).size;
  const kept = columns.filter((c) => c.rows.size >= Math.max(1, 0.3 * lines));
  return fillGaps(kept.map(({ x0, x1 }) => ({ x0, x1 })));
}

const centre = (c: Column) => (c.x0 + c.x1) / 2;

function fillGaps(columns: Column[]): Column[] {
  if (columns.length < 3) return columns;
  const steps = columns.slice(1).map((c, i) => centre(c) - centre(columns[i]));
  const step = [...steps].sort((a, b) => a - b)[Math.floor(steps.length / 2)];
  const out: Column[] = [columns[0]];
  steps.forEach((d, i) => {
    const missing = Math.round(d / step) - 1;
    if (missing >= 1 && Math.abs(d - (missing + 1) * step) < 0.2 * step)
      for (let k = 1; k <= missing; k++) {
        const c = centre(columns[i]) + k * step;
        out.push({ x0: c - 1, x1: c + 1 });
      }
    out.push(columns[i + 1]);
  });
  return out;
}

/** The column a group lies in, or -1. */
export function columnOf(columns: readonly Column[], g: Group): number {
  let best = -1;
  let bestDistance = Infinity;
  columns.forEach((c, i) => {
    const d = overlaps(c, g) ? 0 : Math.min(Math.abs(g.x0 - c.x1), Math.abs(c.x0 - g.x1));
    if (d < bestDistance) {
      best = i;
      bestDistance = d;
    }
  });
  return bestDistance <= g.size ? best : -1;
}

/** Whether a group lies over the figure columns (a header cell or a figure), not in the label area. */
export function inFigureArea(columns: readonly Column[], g: Group): boolean {
  return columns.length > 0 && g.x1 > columns[0].x0 - 0.5 * g.size;
}

/** A run cut at its inner spaces, each piece placed by estimate (a Chinese character one em, others half). */
export function cutAtSpaces(run: TextRun): TextRun[] {
  const words = run.text.split(/(\s+)/).filter((w) => w !== '');
  if (words.length < 3) return [run];
  const glyphs = (w: string) => [...w].reduce((n, c) => n + (/[\u2e80-\uffef]/.test(c) ? 1 : 0.5), 0);
  const spaces = words.filter((w) => /^\s/.test(w)).length;
  const text = words.filter((w) => !/^\s/.test(w)).reduce((n, w) => n + glyphs(w), 0) * run.size;
  const space = Math.max(0, (run.x1 - run.x0 - text) / spaces);
  const out: TextRun[] = [];
  let x = run.x0;
  for (const w of words) {
    const width = /^\s/.test(w) ? space : glyphs(w) * run.size;
    if (!/^\s/.test(w)) out.push({ ...run, text: w, x0: x, x1: x + width });
    x += width;
  }
  return out;
}

/**
 * A line with its groups cut where a gap (a quarter of a character or more, also a space inside a
 * run) falls between two figure columns, or between the label area and header text over the first
 * column: header cells of narrow columns are often closer than the gap that separates groups.
 */
export function splitAtColumns(line: Line, columns: readonly Column[]): Line {
  if (!columns.length) return line;
  const between = (x: number) => columns.some((c, i) => i > 0 && columns[i - 1].x1 <= x && x <= c.x0);
  const groups = line.groups.flatMap((g) => {
    const runs = g.runs.flatMap(cutAtSpaces);
    const parts: Group[] = [];
    let start = 0;
    for (let i = 1; i < runs.length; i++) {
      const gap = runs[i].x0 - runs[i - 1].x1;
      const mid = (runs[i].x0 + runs[i - 1].x1) / 2;
      const intoFigures = mid < columns[0].x0 && runs.slice(i).some((r) => overlaps(r, columns[0]));
      if (gap >= 0.25 * g.size && (between(mid) || intoFigures)) {
        parts.push(toGroup(runs.slice(start, i)));
        start = i;
      }
    }
    return start ? [...parts, toGroup(runs.slice(start))] : [g];
  });
  return groups.length === line.groups.length ? line : { ...line, groups };
}
