/**
 * Text positions → visual lines. pdf.js gives runs of text with a baseline and a width; runs whose
 * baselines agree (within a third of the font size) form a line, and the runs of a line that are
 * separated by a gap wider than about half a character are its groups (the cells of a table row).
 */

/** A run of text as pdf.js places it, in points: x from the left, baseline y from the top of the page. */
export interface TextRun {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** Runs of one line that touch: a cell of a table row, or the whole of a line of prose. */
export interface Group {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  runs: TextRun[];
}

/** A visual line of a page; `index` is its 1-based number on the page, counted from the top. */
export interface Line {
  page: number;
  index: number;
  y: number;
  size: number;
  x0: number;
  x1: number;
  groups: Group[];
  text: string;
}

/** Han characters, CJK punctuation and full-width forms: no space is written beside them. */
const WIDE = '\\u2e80-\\u9fff\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uffef\\u2014\\u2018-\\u201f\\u2026';
const SPACE_NEAR_WIDE_RE = new RegExp(`(?<=[${WIDE}])\\s+|\\s+(?=[${WIDE}])`, 'g');

/**
 * Spaces pdf.js reports beside Chinese text (letter spacing, the gap before a digit) are layout, not
 * text; a blank of half a character or more between runs (`2024年  月  日`) is kept, as U+E000 here.
 */
export function cleanSpaces(text: string): string {
  return text
    .replace(SPACE_NEAR_WIDE_RE, '')
    .replace(/\s+/g, ' ')
    .replace(/\ue000/g, ' ')
    .trim();
}

/** Joins two pieces of text that a line break or a gap separated: a space only between Latin words. */
export function joinPieces(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  return /[A-Za-z,.;:]$/.test(a) && /^[A-Za-z]/.test(b) ? `${a} ${b}` : a + b;
}

const WIDE_CHAR_RE = new RegExp(`[${WIDE}]`);

/**
 * The spaces inside a run, judged by its width: where the run is wider than its characters by half a
 * character or more per space (年  月  日), they are blanks and kept; else they are letter spacing.
 */
function innerBlanks(run: TextRun): string {
  const spaces = run.text.trim().match(/\s+/g)?.length ?? 0;
  if (!spaces) return run.text;
  const glyphs = [...run.text.replace(/\s+/g, '')].reduce((w, c) => w + (WIDE_CHAR_RE.test(c) ? 1 : 0.5), 0);
  const perSpace = (run.x1 - run.x0 - glyphs * run.size) / spaces / run.size;
  return perSpace >= 0.4
    ? run.text.replace(/(?<=\S)\s+(?=\S)/g, '\ue000'.repeat(Math.round(perSpace / 0.25)))
    : run.text;
}

/** Runs as one group (their text joined, the spaces between them judged by the gaps). */
export function toGroup(runs: TextRun[]): Group {
  let text = '';
  for (let i = 0; i < runs.length; i++) {
    const gap = (i ? runs[i].x0 - runs[i - 1].x1 : 0) / runs[i].size;
    text += (gap >= 0.4 ? '\ue000'.repeat(Math.round(gap / 0.25)) : gap > 0.2 ? ' ' : '') + innerBlanks(runs[i]);
  }
  return {
    text: cleanSpaces(text),
    x0: runs[0].x0,
    x1: Math.max(...runs.map((r) => r.x1)),
    y: runs[0].y,
    size: Math.max(...runs.map((r) => r.size)),
    runs,
  };
}

const FIGURE_RUN_RE = /^[-−+]?\d[\d,]*(?:\.\d+)?$/;

/**
 * The groups of one line's runs: split where the gap exceeds 0.6 of the font size, and before the
 * figures that end a line when a third of a character or more sets them apart (a row of a tight table:
 * 行政许可 87).
 */
function splitGroups(runs: TextRun[]): Group[] {
  const sorted = [...runs].sort((a, b) => a.x0 - b.x0);
  const groups: Group[] = [];
  let current: TextRun[] = [];
  let right = -Infinity;
  sorted.forEach((run, i) => {
    const gap = run.x0 - right;
    const size = Math.min(run.size, current[current.length - 1]?.size ?? run.size);
    const figuresToEnd = sorted.slice(i).every((r) => FIGURE_RUN_RE.test(r.text.trim()));
    const lastIsText = current.length > 0 && !FIGURE_RUN_RE.test(current[current.length - 1].text.trim());
    if (current.length && (gap > 0.6 * size || (gap >= 0.3 * size && figuresToEnd && lastIsText))) {
      groups.push(toGroup(current));
      current = [];
    }
    current.push(run);
    right = current.length === 1 ? run.x1 : Math.max(right, run.x1);
  });
  if (current.length) groups.push(toGroup(current));
  return groups.filter((g) => g.text !== '');
}

/** The lines of a page, top to bottom. */
export function buildLines(page: number, runs: readonly TextRun[]): Line[] {
  const sorted = runs.filter((r) => r.text.trim() !== '').sort((a, b) => a.y - b.y || a.x0 - b.x0);
  // A run joins the line whose mean baseline is within a third of the font size.
  const clusters: Array<{ runs: TextRun[]; y: number }> = [];
  for (const run of sorted) {
    const last = clusters[clusters.length - 1];
    if (last && Math.abs(run.y - last.y) <= 0.3 * Math.min(run.size, last.runs[0].size)) {
      last.runs.push(run);
      last.y += (run.y - last.y) / last.runs.length;
    } else clusters.push({ runs: [run], y: run.y });
  }
  const lines: Line[] = [];
  for (const { runs: cluster } of clusters) {
    const groups = splitGroups(cluster);
    if (!groups.length) continue;
    lines.push({
      page,
      index: lines.length + 1,
      y: cluster[0].y,
      size: Math.max(...groups.map((g) => g.size)),
      x0: groups[0].x0,
      x1: Math.max(...groups.map((g) => g.x1)),
      groups,
      text: groups.map((g) => g.text).join(' '),
    });
  }
  return lines;
}
