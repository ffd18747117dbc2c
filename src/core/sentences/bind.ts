/** Which table quantity each count of a sentence counts: by its verb or category, its list, its subject. */

import {
  columnNamed,
  E1_LABEL,
  itemNamed,
  namedQuantities,
  namesAllApplications,
  nearestNamed,
  OTHER_BUSINESS,
  SUBSET_RE,
  SUBUNIT_RE,
  type Named,
} from './quantities';
import {
  bindable,
  COUNT_UNITS,
  groupedQuantities,
  isReview,
  LISTED,
  receivedWithCarryOver,
  respectively,
} from './groups';
import { spanAt, type Span } from './split';
import type { Figure, ItemList, Quantity, Topic } from './types';

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
    if (!clause || OTHER_BUSINESS.test(clause.text.replace(E1_LABEL, ''))) continue;
    const before = text.slice(clause.start, f.start);
    const after = text.slice(f.unitEnd, clause.end);
    if (/分别/.test(before)) continue; // read by respectively()
    const list = lists.find((l) => l.items.includes(f));
    // 结转的2件申请已办结1件, 引用第三十六条答复的13件: a part of another count, or of one basis.
    const earlier = figures.filter(
      (g) => g !== f && (g.unit === f.unit || g.kind === 'article') && g.start >= clause.start && g.end <= f.start,
    );
    let quantities = phraseQuantities(before, after, f, earlier.length > 0);
    if (list) quantities = listedQuantities(quantities, list, before, f);
    else if (!quantities.length && !earlier.length)
      quantities = groupedQuantities(text, clauses, figures, f, before + after);
    else if (quantities.length)
      // 行政复议结果维持1件, 经复议1件维持: the result before or after the count.
      f.column =
        columnNamed(before, isReview(quantities[0])) ??
        (isReview(quantities[0]) ? columnNamed(after, true) : undefined);
    if (!quantities.length) continue;
    if (!f.item && /^[CDEF]$/.test(quantities[0])) f.item = itemNamed(before, quantities[0]);
    if (!isReview(quantities[0]) && topic !== 'applications') continue;
    if (f.unit && !COUNT_UNITS.test(f.unit)) continue;
    if (!isReview(quantities[0]) && (f.unit === '起' || f.unit === '例')) continue;
    if (quantities[0] === 'R1' && /(含|包括|加上|连同)[^，。；]{0,8}结转/.test(text.slice(f.unitEnd, f.unitEnd + 16)))
      quantities.push('R1R2');
    f.quantities = quantities;
  }
  respectively(text, clauses, figures, topic);
  receivedWithCarryOver(text, clauses, figures);
}

/** The quantities the words around a figure name, nearest first: before it in its clause, else after it. */
function phraseQuantities(before: string, after: string, f: Figure, afterAnother: boolean): Quantity[] {
  const { named, nearest } = nearestNamed(before);
  // 结转的2件申请已办结1件: a count after another in its clause is a part of that one.
  if (afterAnother) return [];
  if (nearest) {
    // 因涉及第三方合法权益不予公开3件: the reason names an item of the category, not a subset.
    if (/^[CDEF]$/.test(nearest.quantity) && itemNamed(before, nearest.quantity)) return [nearest.quantity];
    const tail = before.slice(nearest.end);
    const lead = before.slice(0, nearest.start).replace(/其中|(政府)?信息公开类|政务公开类/g, '');
    if (SUBSET_RE.test(tail) || SUBSET_RE.test(lead)) return [];
    if (SUBUNIT_RE.test(lead) && !/共|全|合计|总计/.test(lead)) return [];
    // A bare number (部分公开67) binds only when the label touches it.
    if (!f.unit && !/^\s*(的|为|是)?\s*$/.test(tail)) return [];
    return [nearest.quantity, ...joined(named.slice(0, named.indexOf(nearest) + 1), before)];
  }
  // After the count only a category names it (72件申请顺延到下年度, 13件予以公开); a verb there is
  // often a noun (对2件答复不服).
  const later = namedQuantities(after)[0];
  if (later && f.unit && LISTED.includes(later.quantity)) {
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

/**
 * An item of a 其中 list: its category if it names one, else the total's row restricted to a column
 * (其中自然人39件) or to an item of the total's category (无法提供22件，其中本机关不掌握18件), else nothing.
 */
function listedQuantities(own: Quantity[], list: ItemList, before: string, f: Figure): Quantity[] {
  if (own.length && LISTED.includes(own[0]) && !columnNamed(before, isReview(own[0]))) return own;
  const row = list.head.quantities[0];
  if (!row) return [];
  const item = /^[CDEF]$/.test(row) ? itemNamed(before, row) : undefined;
  if (item) {
    f.item = item;
    return [row];
  }
  const column = columnNamed(before, isReview(row));
  if (!column) return [];
  f.column = column;
  return [row];
}
