/** Numbers in Chinese report text: Arabic and Chinese numerals, and the table quantity a phrase names. */

import { Memo, MEMO_LIMITS } from './memo';
import { namedQuantities, nearestNamed } from './sentences/quantities';
import type { Quantity } from './sentences/types';

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Value of a Chinese numeral (十二 → 12, 一百零五 → 105, 两 → 2, 二〇二一 → 2021); undefined if not one. */
export function parseChineseNumber(s: string): number | undefined {
  if (!s || !/^[零〇一二两三四五六七八九十百千万亿]+$/.test(s)) return undefined;
  // Digit by digit (二〇二一).
  if (!/[十百千万亿]/.test(s)) return s.length > 1 ? Number([...s].map((c) => DIGITS[c]).join('')) : DIGITS[s];
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const c of s) {
    if (c in DIGITS) digit = DIGITS[c];
    else if (c in UNITS) {
      section += (digit || 1) * UNITS[c];
      digit = 0;
    } else {
      total += (section + digit) * BIG[c];
      section = 0;
      digit = 0;
    }
  }
  return total + section + digit;
}

/** A count written in the text: a number followed by a measure word. */
export interface Count {
  value: number;
  /** Offsets of the number and its measure word within the searched text. */
  start: number;
  end: number;
  /** End of the number alone (where the measure word starts). */
  numberEnd: number;
  unit: string;
}

const MEASURE = '件|条|个|次|期|项|人次|人|家|篇|份|起|场|批|类|宗';
const COUNT_RE = new RegExp(`(\\d+(?:,\\d{3})*|[零〇一二两三四五六七八九十百千万]+)(?:余|多)?\\s*(${MEASURE})`, 'g');

const countsMemo = new Memo<string, Count[]>(MEMO_LIMITS.counts);

/** The counts in a text (Arabic or Chinese numerals before a measure word); memoised per text. */
export function findCounts(text: string): Count[] {
  return countsMemo.get(text, () => scanCounts(text));
}

function scanCounts(text: string): Count[] {
  const out: Count[] = [];
  COUNT_RE.lastIndex = 0;
  for (let m = COUNT_RE.exec(text); m; m = COUNT_RE.exec(text)) {
    const digits = m[1];
    let value: number | undefined;
    if (/^\d/.test(digits)) value = Number(digits.replace(/,/g, ''));
    else {
      // The numeral must not be the tail of a word (统一件, 每一条): a lone 一 before a measure word
      // counts only when it is the whole token.
      value = parseChineseNumber(digits);
      if (digits === '一' && /[统每唯同第之其单逐任]$/.test(text.slice(0, m.index))) value = undefined;
    }
    if (value === undefined) continue;
    // Skip a number glued to a preceding digit run or decimal point (year parts, 3.5万).
    if (/[\d.]$/.test(text.slice(0, m.index))) continue;
    out.push({
      value,
      start: m.index,
      end: m.index + m[0].length,
      numberEnd: m.index + m[0].length - m[2].length,
      unit: m[2],
    });
  }
  return out;
}

/** A percentage written in the text. */
export interface Percent {
  value: number;
  /** Digits after the decimal point, for the precision check. */
  decimals: number;
  start: number;
  end: number;
}

export function findPercents(text: string): Percent[] {
  const out: Percent[] = [];
  const re = /(\d+(?:\.(\d+))?)\s*[%％]|百分之([零〇一二两三四五六七八九十百]+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const value = m[1] !== undefined ? Number(m[1]) : parseChineseNumber(m[3]);
    if (value === undefined) continue;
    out.push({ value, decimals: m[2]?.length ?? 0, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export type { Quantity } from './sentences/types';

/** Which quantity a clause names around a count (the sentence reading's phrases): before it, else after. */
export function quantityOf(before: string, after: string): Quantity | undefined {
  return nearestNamed(before).nearest?.quantity ?? namedQuantities(after)[0]?.quantity;
}
