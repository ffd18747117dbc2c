import { findApproximate, findExact, type Found, type TokenText } from './find';
import type { Token } from './tokens';

/** The forms a label may be written in: as official, abbreviated, or its words without the item number. */
function forms(label: string, aliases: readonly string[] = []): Array<{ form: string; bare: boolean }> {
  const body = label.replace(/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)/, '');
  return [
    ...[label, ...aliases].map((form) => ({ form, bare: false })),
    ...(body !== label && body.length >= 4 ? [{ form: body, bare: true }] : []),
  ];
}

/** An item number as written before a label (normalised: `(1)`, `1.`, `一.`, `(一)`). */
const ITEM_NUMBER = /(?:\([一二三四五六七八九十\d]{1,2}\)|[一二三四五六七八九十]{1,2}[、.]|\d{1,2}[.)]?)$/;

/**
 * The first place in [from, to) where a label stands in one of its forms (the earliest; at the same
 * place, the longest form). Found by its words alone, a differently written item number before them
 * is part of the label as written (NB202 then reports it).
 */
function findLabel(text: TokenText, label: string, aliases: readonly string[], from: number, to: number) {
  let best: (Found & { bare: boolean }) | undefined;
  for (const { form, bare } of forms(label, aliases)) {
    const f = findExact(text, form, from, to);
    if (!f) continue;
    if (!best || f.start < best.start || (f.start === best.start && f.end > best.end)) best = { ...f, bare };
  }
  if (!best?.bare) return best;
  const before = text.text.slice(Math.max(from, best.start - 4), best.start);
  const m = ITEM_NUMBER.exec(before);
  if (!m) return best;
  const start = best.start - m[0].length;
  return { ...best, start, written: text.written(start, best.end) };
}

/** A label to look for, in table order. */
export interface Wanted {
  label: string;
  aliases?: readonly string[];
}

/**
 * Finds labels in [from, to), in order: first where each stands exactly (in one of its forms), then
 * the rest approximately, each only between the neighbours found, so that order decides between
 * similar labels and nothing is matched twice.
 */
export function locate(text: TokenText, wanted: readonly Wanted[], from: number, to: number): (Found | undefined)[] {
  const found: (Found | undefined)[] = new Array(wanted.length).fill(undefined);
  let cursor = from;
  wanted.forEach((w, k) => {
    const f = findLabel(text, w.label, w.aliases ?? [], cursor, to);
    if (f) {
      found[k] = f;
      cursor = f.end;
    }
  });
  wanted.forEach((w, k) => {
    if (found[k]) return;
    const lo = found.slice(0, k).reduce((at, f) => (f ? f.end : at), from);
    const hi = found.slice(k + 1).find((f) => f !== undefined)?.start ?? to;
    found[k] = findApproximate(text, w.label, lo, hi);
  });
  return found;
}

/** What follows a label up to the next one: its values, and whatever else stands there. */
export interface Payload {
  /** Text right after the label and before its values: the rest of a label written longer. */
  labelTail: Token[];
  values: Token[];
  /** Anything after the values (text, and values after that text): not this row's. */
  rest: Token[];
}

/** Splits the tokens after a label into its continuation, its values and the rest. */
export function payload(tokens: readonly Token[]): Payload {
  let i = 0;
  const labelTail: Token[] = [];
  while (i < tokens.length && tokens[i].kind === 'text') labelTail.push(tokens[i++]);
  const values: Token[] = [];
  while (i < tokens.length && tokens[i].kind !== 'text') values.push(tokens[i++]);
  return { labelTail, values, rest: tokens.slice(i) };
}

/**
 * A row's values trimmed to `n` where the surplus is empty cells at its ends (a converter's empty cell
 * for a merged label column after the label, or an extra column at the end).
 */
export function trimEmpties(values: readonly Token[], n: number): Token[] {
  const out = [...values];
  while (out.length > n && out[0].kind === 'empty') out.shift();
  while (out.length > n && out[out.length - 1].kind === 'empty') out.pop();
  return out;
}
