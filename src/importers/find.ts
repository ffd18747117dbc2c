import { normalizeWithMap, normalized } from './normalize';
import type { Token } from './tokens';

/** What stands in the searched text for a value or an empty cell. */
export const VALUE_MARK = '\u0001';

/**
 * The text of a run of tokens as labels are searched in it: text tokens normalised and joined (a label
 * broken across lines or cells is found whole), each value or empty cell one `\u0001` (no label spans
 * a figure). Each character remembers its token and its offset in that token's text.
 */
export class TokenText {
  readonly text: string;
  private readonly token: number[] = [];
  private readonly offset: number[] = [];

  constructor(readonly tokens: readonly Token[]) {
    let text = '';
    tokens.forEach((t, k) => {
      if (t.kind !== 'text') {
        text += VALUE_MARK;
        this.token.push(k);
        this.offset.push(0);
        return;
      }
      const n = normalizeWithMap(t.text);
      text += n.text;
      for (const o of n.from) {
        this.token.push(k);
        this.offset.push(o);
      }
    });
    this.text = text;
  }

  /** The token of the character at `at` (the first token after the text when `at` is its length). */
  tokenAt(at: number): number {
    return at < this.token.length ? this.token[at] : this.tokens.length;
  }

  /** The token and the offset in its item's text where the character at `at` was read. */
  rawAt(at: number): { token: number; item: number; offset: number } | undefined {
    if (at >= this.token.length) return undefined;
    const t = this.tokens[this.token[at]];
    return { token: this.token[at], item: t.item, offset: t.start + this.offset[at] };
  }

  /** The written text of [start, end) of the searched text: the source characters, spaces inside kept. */
  written(start: number, end: number): string {
    if (end <= start) return '';
    const parts: string[] = [];
    const first = this.token[start];
    const last = this.token[end - 1];
    for (let k = first; k <= last; k++) {
      const t = this.tokens[k];
      const from = k === first ? this.offset[start] : 0;
      const to = k === last ? this.offset[end - 1] + 1 : t.text.length;
      parts.push(t.text.slice(from, to));
    }
    return parts.join('');
  }
}

/** Where a label was found: [start, end) of the searched text, the edits it took, the text as written. */
export interface Found {
  start: number;
  end: number;
  distance: number;
  written: string;
}

/** Edits allowed for a label of this length (as the core's label matching: about one in five). */
export function maxEdits(length: number): number {
  if (length <= 3) return 0;
  if (length <= 6) return 1;
  if (length <= 10) return 2;
  return Math.floor(length / 5);
}

/** The first exact occurrence of `label` (normalised) in [from, to). */
export function findExact(text: TokenText, label: string, from: number, to: number): Found | undefined {
  const n = normalized(label);
  const at = text.text.indexOf(n, from);
  if (at < 0 || at + n.length > to) return undefined;
  return { start: at, end: at + n.length, distance: 0, written: text.written(at, at + n.length) };
}

/**
 * The substring of [from, to) nearest to `label` by edit distance (semi-global alignment), if within
 * the allowed edits and not crossing a figure; undefined when none is, or when two places are as near.
 */
export function findApproximate(text: TokenText, label: string, from: number, to: number): Found | undefined {
  const pattern = normalized(label);
  const limit = maxEdits(pattern.length);
  if (limit === 0 || to - from < pattern.length - limit) return undefined;
  const window = text.text.slice(from, to);
  const m = pattern.length;
  const n = window.length;
  // A value never takes part in a label: using one costs more than any label may.
  const BLOCK = 100;
  const sub = (i: number, j: number) =>
    window[j - 1] === VALUE_MARK ? BLOCK : pattern[i - 1] === window[j - 1] ? 0 : 1;
  const ins = (j: number) => (window[j - 1] === VALUE_MARK ? BLOCK : 1);
  // d[i][j]: edits to match pattern[0..i) ending at window[j); a match may start anywhere (row 0 is 0).
  const d: Uint16Array[] = [new Uint16Array(n + 1)];
  for (let i = 1; i <= m; i++) {
    const row = new Uint16Array(n + 1);
    row[0] = i;
    const prev = d[i - 1];
    for (let j = 1; j <= n; j++) row[j] = Math.min(prev[j - 1] + sub(i, j), prev[j] + 1, row[j - 1] + ins(j));
    d.push(row);
  }
  let best = Infinity;
  let ends: number[] = [];
  for (let j = 1; j <= n; j++) {
    const v = d[m][j];
    if (v < best) {
      best = v;
      ends = [j];
    } else if (v === best) ends.push(j);
  }
  if (best > limit) return undefined;
  // Ends next to each other are one place (a longer or shorter cut of the same words).
  const places = ends.filter((j, k) => k === 0 || j !== ends[k - 1] + 1);
  if (places.length > 1) return undefined;
  let j = ends[0];
  // Trace back to where the match starts.
  let i = m;
  while (i > 0) {
    if (j > 0 && d[i][j] === d[i - 1][j - 1] + sub(i, j)) {
      i--;
      j--;
    } else if (d[i][j] === d[i - 1][j] + 1) i--;
    else j--;
  }
  const start = from + j;
  const end = from + ends[0];
  if (text.text.slice(start, end).includes(VALUE_MARK)) return undefined;
  return { start, end, distance: best, written: text.written(start, end) };
}
