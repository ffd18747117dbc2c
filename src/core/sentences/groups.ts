/** Binding beyond the words around one count: groups named before, 分别 lists, received with carry-over. */

import { columnNamed, itemNamed, nearestNamed, REVIEW_QUANTITIES } from './quantities';
import { spanAt, type Span } from './split';
import type { Figure, Quantity, QuantityColumn, Topic } from './types';

/** Measure words of applications and cases. */
export const COUNT_UNITS = /^(件|宗|个|起|例)$/;
/** Strong categories keep their meaning inside a list; anything else listed is a subset of the total. */
export const LISTED: readonly Quantity[] = [
  'A',
  'B',
  'C',
  'D',
  'E',
  'F',
  'AB',
  'R1R2',
  'R2',
  'R4',
  'reconsideration',
  'litigation',
];

/** A count that may be bound: a whole number in the report year, not planned, quoted or a difference. */
export function bindable(f: Figure): boolean {
  if (f.kind !== 'count' && f.kind !== 'number') return false;
  if (!Number.isInteger(f.value) || f.range) return false;
  return !(f.quoted || f.plan || f.lastYear || f.change);
}

/** Whether a quantity is one of section 四's. */
export function isReview(q: Quantity): boolean {
  return REVIEW_QUANTITIES.includes(q);
}

/**
 * 行政复议案件中，2件维持原答复: a clause naming a group without counting it (…中, …方面), then counts of
 * its results or items; a count under the group that names neither is a part of it, left unbound.
 */
export function groupedQuantities(
  text: string,
  clauses: readonly Span[],
  figures: readonly Figure[],
  f: Figure,
  words: string,
): { quantities: Quantity[]; column?: QuantityColumn; item?: string } | undefined {
  const k = clauses.findIndex((c) => f.start >= c.start && f.start < c.end);
  const group = clauses
    .slice(0, Math.max(0, k))
    .reverse()
    .find((c) => /(中|当中|里|方面)\s*$/.test(c.text) && !figures.some((g) => g.start >= c.start && g.start < c.end));
  const q = group && nearestNamed(text.slice(group.start, group.end)).nearest?.quantity;
  if (!q) return undefined;
  const column = columnNamed(words, isReview(q));
  const item = /^[CDEF]$/.test(q) ? itemNamed(words, q) : undefined;
  return column || item ? { quantities: [q], column, item } : undefined;
}

/**
 * 予以公开、部分公开、不予公开的分别为520件、67件、81件: the categories named before 分别, the counts
 * after it, in order, when both are as many and every category names a quantity.
 */
export function respectively(
  text: string,
  clauses: readonly Span[],
  figures: readonly Figure[],
  topic: Topic | undefined,
): void {
  const first = clauses[0];
  const last = clauses[clauses.length - 1];
  if (!first || !last) return;
  const sentence = text.slice(first.start, last.end);
  const m = /分别(为|是|有|达)?/.exec(sentence);
  if (!m) return;
  const at = first.start + m.index;
  const from = Math.max(
    first.start,
    ...[...text.slice(first.start, at).matchAll(/[，,；;：:]/g)].map((x) => first.start + x.index! + 1),
  );
  const labels = text
    .slice(from, at)
    .replace(/(的|申请|件数|数量)+$/, '')
    .split(/[、和及与]/)
    .map((part) => nearestNamed(part).nearest?.quantity);
  const counts = figures.filter((f) => f.start > at && bindable(f) && COUNT_UNITS.test(f.unit ?? ''));
  if (labels.length < 2 || labels.some((q) => !q) || counts.length < labels.length) return;
  if (topic !== 'applications' && !labels.every((q) => isReview(q!))) return;
  counts.slice(0, labels.length).forEach((f, k) => (f.quantities = [labels[k]!]));
}

/**
 * 全年受理申请53件: a count of applications received may include those carried over, unless the
 * sentence states the carried-over ones apart (收到15件，上年结转1件) or says 新收.
 */
export function receivedWithCarryOver(text: string, clauses: readonly Span[], figures: readonly Figure[]): void {
  if (figures.some((f) => f.quantities[0] === 'R2')) return;
  for (const f of figures) {
    if (f.quantities[0] !== 'R1' || f.quantities.includes('R1R2') || f.column) continue;
    const clause = spanAt(clauses, f.start);
    if (clause && !/新收|本年度?新/.test(text.slice(clause.start, f.start))) f.quantities.push('R1R2');
  }
}
