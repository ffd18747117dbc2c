/** `共N…，其中a…、b…` lists: the total, the items that break it down, and whether the list is complete. */

import type { Span } from './split';
import type { Figure, ItemList } from './types';

/** 含 alone (含上年结转1件) says what a total includes, not what it breaks down into. */
const LIST_MARKER = /其中|包括|包含|含有/g;
/** Between a total and its list: punctuation, or a bracket saying what the total includes (48件（含…），其中). */
const HEAD_GAP = /^[\s，,：:（(]*$|^[（(][^）)]*[）)][\s，,：:]*$/;
const REST_RE = /^[、，,；;\s和及与]*(其他|其余|其它|另有|剩余)/;
const ITEM_KINDS = new Set(['count', 'number']);

/** A figure that can be an item or a total of a list: a count (or a bare number) in the report year. */
function countable(f: Figure): boolean {
  return ITEM_KINDS.has(f.kind) && !f.change && !f.range;
}

/**
 * The lists of a sentence, each with its total and items (items share the total's measure word). A list
 * of one item (办结51件，其中予以公开13件) is a subset, kept for the binding of its item.
 */
export function findLists(text: string, sentence: Span, figures: readonly Figure[]): ItemList[] {
  const out: ItemList[] = [];
  const counts = figures.filter(countable);
  LIST_MARKER.lastIndex = 0;
  const s = sentence.text;
  for (let m = LIST_MARKER.exec(s); m; m = LIST_MARKER.exec(s)) {
    const at = sentence.start + m.index;
    const head = [...counts].reverse().find((c) => c.unitEnd <= at && HEAD_GAP.test(text.slice(c.unitEnd, at)));
    if (!head || !head.unit) continue;
    const items = listItems(text, at + m[0].length, sentence.end, counts, head.unit);
    if (!items.length) continue;
    out.push({ head, marker: { text: m[0], start: at, end: at + m[0].length }, items, complete: false });
  }
  return out;
}

/**
 * Whether a list is evidently complete: its last item is the rest (其他…, 其余…; not the category
 * 其他处理), or its items name every result category of table 三 (read once the items are bound).
 */
export function isComplete(text: string, list: ItemList): boolean {
  const { items } = list;
  if (items.length < 2) return false;
  const lastLabel = text.slice(items[items.length - 2].unitEnd, items[items.length - 1].start);
  if (REST_RE.test(lastLabel) && !/其他处理/.test(lastLabel)) return true;
  const named = new Set(items.map((i) => i.quantities[0]));
  return ['A', 'B', 'C', 'D', 'E', 'F'].every((q) => named.has(q as never));
}

/** The items after a list marker: segments separated by the list's own separator (、 or ，or ；). */
function listItems(text: string, from: number, to: number, counts: readonly Figure[], unit: string): Figure[] {
  const items: Figure[] = [];
  let pos = from;
  let separator: string | undefined;
  for (;;) {
    const c = counts.find((x) => x.start >= pos && x.start < to);
    if (!c || c.unit !== unit) break;
    const label = text.slice(pos, c.start);
    if (/占|共|合计|累计|总计|[%％]/.test(label) || (items.length > 0 && /[，,、；;。]/.test(label))) break;
    items.push(c);
    let next = c.unitEnd;
    // A share in brackets after an item (予以公开7件（占46.7%）、…) belongs to the item.
    const bracket = /^[（(][^）)]{0,16}[%％][^）)]{0,4}[）)]/.exec(text.slice(next, to));
    if (bracket) next += bracket[0].length;
    const ch = text[next];
    if (ch === undefined || next >= to) break;
    if (ch === '和' || ch === '及' || ch === '与') {
      pos = next + 1;
      continue;
    }
    if (!'、，,；;'.includes(ch)) break;
    if (separator && ch !== separator) break;
    separator = ch;
    pos = next + 1;
  }
  return items;
}
