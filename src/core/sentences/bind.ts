/** Which table quantity each count of a sentence counts: by its verb or category, its list, its subject. */

import {
  columnNamed,
  namedQuantities,
  namesAllApplications,
  nearestNamed,
  OTHER_BUSINESS,
  REVIEW_QUANTITIES,
  SUBSET_RE,
  type Named,
} from './quantities';
import { spanAt, type Span } from './split';
import type { Figure, ItemList, Quantity, Topic } from './types';

const COUNT_UNITS = /^(件|宗|个|起|例)$/;
/** Strong categories keep their meaning inside a list; anything else listed is a subset of the total. */
const LISTED: readonly Quantity[] = ['A', 'B', 'C', 'D', 'E', 'F', 'AB', 'R2', 'R4', 'reconsideration', 'litigation'];

/** Sets `quantities` (and `column`) on the counts of one sentence. */
export function bindSentence(
  text: string,
  clauses: readonly Span[],
  figures: readonly Figure[],
  lists: readonly ItemList[],
  topic: Topic | undefined,
): void {
  for (const f of figures) {
    if (!bindable(f)) continue;
    const clause = spanAt(clauses, f.start);
    if (!clause || OTHER_BUSINESS.test(clause.text)) continue;
    const before = text.slice(clause.start, f.start);
    const after = text.slice(f.unitEnd, clause.end);
    const list = lists.find((l) => l.items.includes(f));
    let quantities = phraseQuantities(before, after, f);
    if (list) quantities = listedQuantities(quantities, list, before, f);
    else if (quantities.length && columnNamed(before, isReview(quantities[0])))
      f.column = columnNamed(before, isReview(quantities[0]));
    if (!quantities.length) continue;
    if (!isReview(quantities[0]) && topic !== 'applications') continue;
    if (f.unit && !COUNT_UNITS.test(f.unit)) continue;
    if (!isReview(quantities[0]) && (f.unit === '起' || f.unit === '例')) continue;
    if (quantities[0] === 'R1' && /(含|包括|加上|连同)[^，。；]{0,8}结转/.test(text.slice(f.unitEnd, f.unitEnd + 16)))
      quantities.push('R1R2');
    f.quantities = quantities;
  }
}

function bindable(f: Figure): boolean {
  if (f.kind !== 'count' && f.kind !== 'number') return false;
  if (!Number.isInteger(f.value) || f.range) return false;
  return !(f.quoted || f.plan || f.lastYear || f.change);
}

export function isReview(q: Quantity): boolean {
  return REVIEW_QUANTITIES.includes(q);
}

/** The quantities the words around a figure name, nearest first: before it in its clause, else after it. */
function phraseQuantities(before: string, after: string, f: Figure): Quantity[] {
  const { named, nearest } = nearestNamed(before);
  if (nearest) {
    const tail = before.slice(nearest.end);
    const lead = before.slice(0, nearest.start).replace(/其中|(政府)?信息公开类|政务公开类/g, '');
    if (SUBSET_RE.test(tail) || SUBSET_RE.test(lead)) return [];
    // A bare number (部分公开67) binds only when the label touches it.
    if (!f.unit && !/^\s*(的|为|是)?\s*$/.test(tail)) return [];
    return [nearest.quantity, ...joined(named.slice(0, named.indexOf(nearest) + 1), before)];
  }
  const later = namedQuantities(after)[0];
  if (later && f.unit) {
    if (SUBSET_RE.test(after.slice(0, later.start).replace(/申请/g, ''))) return [];
    return [later.quantity];
  }
  return namesAllApplications(before) && f.unit ? ['R1'] : [];
}

/** 受理并办结15件: the phrase joined to the nearest by 并/和/及/、 is a second reading. */
function joined(named: readonly Named[], before: string): Quantity[] {
  const out: Quantity[] = [];
  for (let k = named.length - 1; k > 0; k--) {
    const gap = before.slice(named[k - 1].end, named[k].start);
    if (!/^[并和及与、]$/.test(gap)) break;
    out.push(named[k - 1].quantity);
  }
  return out;
}

/** An item of a 其中 list: its category if it names one, the total's row restricted to a column, or nothing. */
function listedQuantities(own: Quantity[], list: ItemList, before: string, f: Figure): Quantity[] {
  if (own.length && LISTED.includes(own[0]) && !columnNamed(before, isReview(own[0]))) return own;
  const row = list.head.quantities[0];
  if (!row) return [];
  const column = columnNamed(before, isReview(row));
  if (!column) return [];
  f.column = column;
  return [row];
}
