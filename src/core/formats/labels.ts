import { distance } from 'fastest-levenshtein';
import { Memo, MEMO_LIMITS } from '../memo';
import { TRADITIONAL_PAIRS } from './traditional';

/** Label normalisation and approximate matching against the official texts. */

const toSimplified = new Map<string, string>();
const pairChars = [...TRADITIONAL_PAIRS]; // by code point: a few simplified forms lie outside the BMP
for (let i = 0; i + 1 < pairChars.length; i += 2) toSimplified.set(pairChars[i], pairChars[i + 1]);
const TRADITIONAL_RE = new RegExp(`[${[...toSimplified.keys()].join('')}]`, 'gu');

/** Traditional → simplified, character by character. */
export function simplify(s: string): string {
  TRADITIONAL_RE.lastIndex = 0;
  if (!TRADITIONAL_RE.test(s)) return s;
  return s.replace(TRADITIONAL_RE, (c) => toSimplified.get(c) ?? c);
}

/** Whitespace Markdown keeps inside a cell or a heading: spaces, tabs, U+3000, NBSP, line breaks. */
export const WHITESPACE_RE = /[\s\u00a0\u3000\u2002-\u200b\ufeff]+/g;
export const HAS_WHITESPACE_RE = /[\s\u00a0\u3000\u2002-\u200b\ufeff]/;

export function stripWhitespace(s: string): string {
  return s.replace(/<br\s*\/?>/gi, '').replace(WHITESPACE_RE, '');
}

const HALF_TO_FULL: Record<string, string> = { '(': '（', ')': '）', ':': '：', ',': '，', ';': '；' };

/** Half-width `( ) : , ;` to their full-width forms (the NB601 repair). */
export function fullWidthPunctuation(s: string): string {
  return s.replace(/[():,;]/g, (c) => HALF_TO_FULL[c]);
}

const normalized = new Memo<string, string>(MEMO_LIMITS.labels);

/**
 * The form two labels are compared in: width folded (NFKC), no whitespace, simplified characters,
 * one kind of quote, `1、` as `1.`, 其它 as 其他. Memoised: the same labels recur in every check.
 */
export function normalizeLabel(s: string): string {
  return normalized.get(s, () =>
    simplify(stripWhitespace(s).normalize('NFKC'))
      .replace(/[“”‘’"'「」『』]/g, '"')
      .replace(/^(\d+)[、,]/, '$1.')
      .replace(/其它/g, '其他'),
  );
}

function maxEdits(len: number): number {
  if (len <= 3) return 0;
  if (len <= 6) return 1;
  if (len <= 10) return 2;
  return Math.floor(len / 5);
}

function sortedChars(s: string): string {
  return [...s].sort().join('');
}

/** How far a written label is from the official one: 0 = same after normalising; Infinity = no match. */
export function labelDistance(written: string, official: string): number {
  const a = normalizeLabel(written);
  const b = normalizeLabel(official);
  if (a === b) return 0;
  if (a.length === 0) return Infinity;
  const d = distance(a, b);
  if (d <= maxEdits(Math.max(a.length, b.length))) return d;
  // Words swapped (决定处理数量 for 处理决定数量): the same characters in another order.
  if (a.length >= 4 && a.length === b.length && sortedChars(a) === sortedChars(b)) return maxEdits(a.length) + 0.5;
  return Infinity;
}

/** How a written label differs from the official text it matched. */
export type LabelDeviation =
  | { kind: 'exact' }
  /** Only whitespace differs (NB602); `widthToo` when half-width punctuation differs as well (NB601). */
  | { kind: 'cosmetic'; whitespace: boolean; width: boolean }
  /** Anything else (NB202): traditional characters, typos, other wording. */
  | { kind: 'wording' };

export function labelDeviation(written: string, official: string): LabelDeviation {
  if (written === official) return { kind: 'exact' };
  const compact = stripWhitespace(written);
  const whitespace = compact !== written;
  if (compact === official) return { kind: 'cosmetic', whitespace, width: false };
  if (fullWidthPunctuation(compact) === official) return { kind: 'cosmetic', whitespace, width: true };
  return { kind: 'wording' };
}

/** The candidate nearest to a written label (the first of equals), and whether another is as near. */
export function nearestLabel<T>(
  written: string,
  candidates: readonly T[],
  labelOf: (c: T) => string,
): { best?: T; tie: boolean } {
  let best: T | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const c of candidates) {
    const d = labelDistance(written, labelOf(c));
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance && d !== Infinity) tie = true;
  }
  return { best, tie };
}

/**
 * The best official candidate for a written label, or undefined when none is close enough or two
 * are equally close (an ambiguous label is never guessed).
 */
export function bestMatch<T>(written: string, candidates: readonly T[], labelOf: (c: T) => string): T | undefined {
  const { best, tie } = nearestLabel(written, candidates, labelOf);
  return tie ? undefined : best;
}
