import { toGroup, type Group, type Line } from './lines';

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
  const figures = rows.flatMap((l) => l.groups.filter(isFigure)).sort((a, b) => a.x0 - b.x0);
  const columns: Column[] = [];
  for (const f of figures) {
    const last = columns[columns.length - 1];
    if (last && f.x0 < last.x1) last.x1 = Math.max(last.x1, f.x1);
    else columns.push({ x0: f.x0, x1: f.x1 });
  }
  return fillGaps(columns);
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

/**
 * A line with its groups cut where a gap (a quarter of a character or more) falls between two figure
 * columns: header cells of narrow columns are often closer than the gap that separates groups.
 */
export function splitAtColumns(line: Line, columns: readonly Column[]): Line {
  if (columns.length < 2) return line;
  const between = (x: number) => columns.some((c, i) => i > 0 && columns[i - 1].x1 <= x && x <= c.x0);
  const groups = line.groups.flatMap((g) => {
    const parts: Group[] = [];
    let start = 0;
    for (let i = 1; i < g.runs.length; i++) {
      const gap = g.runs[i].x0 - g.runs[i - 1].x1;
      if (gap >= 0.25 * g.size && between((g.runs[i].x0 + g.runs[i - 1].x1) / 2)) {
        parts.push(toGroup(g.runs.slice(start, i)));
        start = i;
      }
    }
    return start ? [...parts, toGroup(g.runs.slice(start))] : [g];
  });
  return groups.length === line.groups.length ? line : { ...line, groups };
}
