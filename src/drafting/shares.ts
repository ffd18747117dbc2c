/** Whether a share (93.3%, 六成, 四分之一) or a change (同比增长15.4%) follows from figures its sentence names. */

import { tableValues } from '../core/rules/quantities';
import type { Figure, ShareTerm } from '../core/sentences';
import { namedQuantities } from '../core/sentences/quantities';
import type { Sources } from './sources';

/** Numerator over base, or for a change the difference over last year's figure, in percent. */
function computed(n: ShareTerm, b: ShareTerm, comparison: boolean): number {
  if (!comparison) return (n.value / b.value) * 100;
  return ((n.what === 'change' ? n.value : Math.abs(n.value - b.value)) / b.value) * 100;
}

/**
 * A percentage follows when a numerator its sentence names, over a base its sentence or neighbours
 * name (or the table total its meaning names: 办结总数), gives it to the precision written. A rate
 * stated without its parts (办结率100%) and a change without last year's figure do not follow.
 */
export function shareFollows(f: Figure, sources: Sources, clause = ''): boolean {
  const share = f.share;
  if (!share || !share.numerators.length) return false;
  const bases: ShareTerm[] = [...share.bases];
  // 占新收申请的63.3%: a base the clause names by its words, as the tables count it.
  const named = /占(.{0,16}?)的?(?:比例|比重)?(?:为|达)?[约近]?$/.exec(clause.slice(0, clause.lastIndexOf(f.text)));
  const byWords = named ? namedQuantities(named[1]).map((n) => n.quantity) : [];
  for (const q of [...share.baseQuantities, ...byWords]) {
    const v = tableValues(sources.tables, q)?.[0];
    if (v !== undefined) bases.push({ value: v, what: 'count', start: -1, end: -1 });
  }
  const tolerance = f.precision + 1e-9;
  for (const n of share.numerators)
    for (const b of bases) {
      if (b.value <= 0 || (b.start === n.start && b.end === n.end && b.what === n.what)) continue;
      if (!share.comparison && b.value < n.value) continue;
      if (Math.abs(computed(n, b, share.comparison) - f.value) < tolerance) return true;
    }
  return false;
}
