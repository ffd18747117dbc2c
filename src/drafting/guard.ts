import { findCounts, findPercents, parseChineseNumber } from '../core/numbers';
import type { Facts } from './targets';

/** Every number a draft may use: those of the notes and the table facts, the report year and the next. */
export function allowedFigures(notes: string, facts: Facts): Set<number> {
  const allowed = new Set<number>([facts.year, facts.year + 1]);
  for (const m of notes.matchAll(/\d+(?:\.\d+)?/g)) allowed.add(Number(m[0]));
  for (const c of findCounts(notes)) allowed.add(c.value);
  for (const m of notes.matchAll(/[零〇一二两三四五六七八九十百千万]{2,}/g)) {
    const n = parseChineseNumber(m[0]);
    if (n !== undefined) allowed.add(n);
  }
  for (const v of Object.values(facts.applications ?? {})) allowed.add(v);
  for (const v of Object.values(facts.review ?? {})) allowed.add(v);
  for (const a of facts.active) {
    const n = Number.parseFloat(a.value);
    if (Number.isFinite(n)) allowed.add(n);
  }
  return allowed;
}

/**
 * The figures of a draft that come from nowhere: Arabic numbers and counts in Chinese numerals that
 * are not allowed, and percentages that do not follow from two allowed figures (to their precision).
 */
export function inventedFigures(text: string, allowed: Set<number>): string[] {
  const out: string[] = [];
  const taken: Array<[number, number]> = [];
  const values = [...allowed].filter((v) => v > 0);
  for (const p of findPercents(text)) {
    taken.push([p.start, p.end]);
    const tolerance = Math.pow(10, -p.decimals) / 2 + 1e-9;
    const derived =
      allowed.has(p.value) ||
      values.some((a) => values.some((b) => b >= a && Math.abs((a / b) * 100 - p.value) <= tolerance));
    if (!derived) out.push(text.slice(p.start, p.end));
  }
  const inside = (i: number) => taken.some(([s, e]) => i >= s && i < e);
  for (const m of text.matchAll(/\d+(?:\.\d+)?/g)) {
    if (inside(m.index!)) continue;
    if (text[m.index! - 1] === '第' && /^[条项款]/.test(text.slice(m.index! + m[0].length))) continue;
    if (!allowed.has(Number(m[0]))) out.push(m[0]);
  }
  for (const c of findCounts(text)) {
    const written = text.slice(c.start, c.numberEnd);
    if (/^\d/.test(written) || inside(c.start)) continue;
    // 第二十条第（一）项: a reference to an article of the 条例, not a figure.
    if (text[c.start - 1] === '第' && /^[条项款]$/.test(c.unit)) continue;
    if (!allowed.has(c.value)) out.push(text.slice(c.start, c.end));
  }
  return [...new Set(out)];
}
