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
import type { Figure, ItemList, Quantity, QuantityColumn, Topic } from './types';

/** Sets `quantities` (and `column`, `item`) on the counts of one sentence. */
export function bindSentence(
  text: string,
  clauses: readonly Span[],
  figures: readonly Figure[],
  lists: readonly ItemList[],
  topic: Topic | undefined,
): void {
  for (const f of figures) {
    const clause = bindable(f) ? spanAt(clauses, f.start) : undefined;
    if (!clause || OTHER_BUSINESS.test(clause.text.replace(E1_LABEL, ''))) continue;
    const before = text.slice(clause.start, f.start);
    if (overYears(text, clauses, figures, clause, f)) continue;
    const respective = before.lastIndexOf('分别');
    if (respective >= 0 && !distributes(text, clauses, clause.start + respective)) continue;
    const found = bindingOf(text, clauses, figures, lists, clause, f);
    if (!found || !admitted(found.quantities[0], f, topic)) continue;
    const { quantities } = found;
    if (quantities[0] === 'R1' && /(含|包括|加上|连同)[^，。；]{0,8}结转/.test(text.slice(f.unitEnd, f.unitEnd + 16)))
      quantities.push('R1R2');
    f.quantities = quantities;
    f.column = found.column;
    f.item = found.item ?? (/^[CDEF]$/.test(quantities[0]) ? itemNamed(before, quantities[0]) : undefined);
  }
  respectively(text, clauses, figures, topic);
  receivedWithCarryOver(text, clauses, figures);
}

/** A clause that only says which years: `2021—2023年，` */
const YEARS_CLAUSE = /^\s*(?:在|于)?\s*\d{4}\s*[-－—–~～至到]+\s*\d{4}\s*年度?\s*$/;

/**
 * 2021至2023年累计受理申请150件, 2021—2023年，累计受理150件: a count over a span of years (not a quoted
 * title's) is none of one year's, unless its clause returns to the report year (其中本年度受理60件).
 */
function overYears(
  text: string,
  clauses: readonly Span[],
  figures: readonly Figure[],
  clause: Span,
  f: Figure,
): boolean {
  if (/本年|今年|当年/.test(text.slice(clause.start, f.start))) return false;
  return figures.some(
    (g) =>
      g.kind === 'year' &&
      g.range === 'to' &&
      !g.quoted &&
      g.start < f.start &&
      (g.start >= clause.start || YEARS_CLAUSE.test(spanAt(clauses, g.start)?.text ?? '')),
  );
}

/**
 * 分别予以公开13件、部分公开5件: 分别 followed by two or more quantities, each with its count, lets each
 * count be read by its own words; 予以公开、部分公开分别为13件、5件 or 市局和区局分别收到申请20件、5件 do
 * not (respectively() reads the first, the second counts parts).
 */
function distributes(text: string, clauses: readonly Span[], at: number): boolean {
  const rest = text.slice(at, clauses[clauses.length - 1].end);
  return new Set(namedQuantities(rest).map((n) => n.quantity)).size >= 2;
}

interface Binding {
  quantities: Quantity[];
  column?: QuantityColumn;
  item?: string;
}

/** What one count is bound to: by its own words, as an item of a list, or under a group named before. */
function bindingOf(
  text: string,
  clauses: readonly Span[],
  figures: readonly Figure[],
  lists: readonly ItemList[],
  clause: Span,
  f: Figure,
): Binding | undefined {
  const before = text.slice(clause.start, f.start);
  const after = text.slice(f.unitEnd, clause.end);
  // 结转的2件申请已办结1件, 引用第三十六条答复的13件: a part of another count, or of one basis.
  const earlier = figures.some(
    (g) => g !== f && (g.unit === f.unit || g.kind === 'article') && g.start >= clause.start && g.end <= f.start,
  );
  const own = earlier ? [] : union(text, clauses, figures, clause, phraseQuantities(before, after, f));
  const list = lists.find((l) => l.items.includes(f));
  if (list) return listedBinding(own, list, before);
  if (!own.length) return earlier ? undefined : groupedQuantities(text, clauses, figures, f, before + after);
  // 行政复议结果维持1件, 经复议1件维持: the result before or after the count.
  const review = isReview(own[0]);
  return { quantities: own, column: columnNamed(before, review) ?? (review ? columnNamed(after, true) : undefined) };
}

const UNIONS: ReadonlyArray<[Quantity, Quantity, Quantity]> = [
  ['A', 'B', 'AB'],
  ['reconsideration', 'litigation', 'reviewAll'],
];

/**
 * 予以公开、部分公开17件: a category in the clause before, joined by 、 and without a count of its own,
 * makes the count theirs together (予以公开和部分公开); no such quantity for other pairs, so no binding.
 */
function union(
  text: string,
  clauses: readonly Span[],
  figures: readonly Figure[],
  clause: Span,
  own: Quantity[],
): Quantity[] {
  const k = clauses.indexOf(clause);
  const prev = clauses[k - 1];
  if (!own.length || !prev || text[prev.end] !== '、') return own;
  if (figures.some((g) => g.start >= prev.start && g.start < prev.end)) return own;
  // 行政复议、行政诉讼各1件: each, not together.
  if (/各|均|分别/.test(text.slice(clause.start, clause.end))) return [];
  const other = nearestNamed(prev.text).nearest?.quantity;
  if (!other) return own;
  const pair = UNIONS.find(([a, b]) => (a === other && b === own[0]) || (b === other && a === own[0]));
  return pair ? [pair[2]] : [];
}

/** Whether a binding holds: 三's quantities only in a sentence about applications, in their measure words. */
function admitted(q: Quantity, f: Figure, topic: Topic | undefined): boolean {
  if (f.unit && !COUNT_UNITS.test(f.unit)) return false;
  if (isReview(q)) return true;
  return topic === 'applications' && f.unit !== '起' && f.unit !== '例';
}

/** The quantities the words around a figure name, nearest first: before it in its clause, else after it. */
function phraseQuantities(before: string, after: string, f: Figure): Quantity[] {
  const { named, nearest } = nearestNamed(before);
  if (nearest) {
    // 因涉及第三方合法权益不予公开3件: the reason names an item of the category, not a subset.
    if (/^[CDEF]$/.test(nearest.quantity) && itemNamed(before, nearest.quantity)) return [nearest.quantity];
    const tail = before.slice(nearest.end);
    const lead = before.slice(0, nearest.start).replace(/其中|(政府)?信息公开类|政务公开类/g, '');
    if (SUBSET_RE.test(tail) || SUBSET_RE.test(lead)) return [];
    if (SUBUNIT_RE.test(lead) && !/共|全|合计|总计/.test(lead)) return [];
    // A bare number (部分公开67) binds only when the label touches it.
    if (!f.unit && !/^\s*(的|为|是)?\s*$/.test(tail)) return [];
    // 办理申请48件: handled, received or the whole workload; any of them may be meant.
    if (nearest.text === '办理') return ['T', 'R1', 'R1R2'];
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
function listedBinding(own: Quantity[], list: ItemList, before: string): Binding | undefined {
  if (own.length && LISTED.includes(own[0]) && !columnNamed(before, isReview(own[0]))) return { quantities: own };
  const row = list.head.quantities[0];
  if (!row) return undefined;
  const item = /^[CDEF]$/.test(row) ? itemNamed(before, row) : undefined;
  if (item) return { quantities: [row], item };
  const column = columnNamed(before, isReview(row));
  return column ? { quantities: [row], column } : undefined;
}
