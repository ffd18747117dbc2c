import type { RowDef } from '../core/formats/types';
import { VALUE_MARK, type Found, type TokenText } from './find';
import { trimEmpties } from './rows';
import { mayBeSeveral, readings, type Piece, type Reading } from './split';
import type { Token } from './tokens';

/** A row of an official table as found in the source: its label as written and what follows it. */
export interface RowRead {
  def: RowDef;
  found: Found;
  /** The label as written, with any words after the official ones (a label written longer). */
  written: string;
  /** The value tokens right after the label (indices into the tokens). */
  values: number[];
  /** The row's readings as figures (one when certain; several when digits run together). */
  readings: Reading[] | undefined;
  /** Token indices after the values and before the next label: not this row's. */
  rest: number[];
  /** Where the row's text ends (the end of its values). */
  end: number;
}

/** Text longer than this after a label is no part of the label. */
const MAX_TAIL = 30;

/** The pieces of a row: cells as they are; figures read from text, which may be several run together. */
export function piecesOf(tokens: readonly Token[]): Piece[] {
  return tokens.map((t) => {
    if (t.kind === 'empty') return { text: '', splittable: false };
    if (t.cell) return { text: t.text, splittable: false };
    const text = t.text.trim();
    return { text, splittable: mayBeSeveral(text) };
  });
}

/**
 * Reads the rows found at `found` (in order): each row's label as written, its values up to the next
 * label (or `to`), and its readings as `width` figures.
 */
export function readRows(
  text: TokenText,
  defs: readonly RowDef[],
  found: readonly (Found | undefined)[],
  to: number,
  width: number,
): RowRead[] {
  const rows: RowRead[] = [];
  const located = defs.flatMap((def, k) => (found[k] ? [{ def, found: found[k]! }] : []));
  located.forEach(({ def, found: f }, k) => {
    const next = located[k + 1]?.found.start ?? to;
    let p = f.end;
    while (p < next && text.text[p] !== VALUE_MARK) p++;
    // A label written longer (`（一）予以公开（件）`) keeps its words; a long text is no part of it.
    const tail = p - f.end <= MAX_TAIL && p < next ? p : f.end;
    const written = text.written(f.start, tail) || f.written;
    let q = tail;
    const values: number[] = [];
    while (q < next && text.text[q] === VALUE_MARK) values.push(text.tokenAt(q++));
    if (tail === f.end && p > f.end && values.length === 0) q = f.end;
    const rest: number[] = [];
    for (let r = q; r < next; r++) {
      const t = text.tokenAt(r);
      if (rest[rest.length - 1] !== t) rest.push(t);
    }
    const trimmed = trimEmpties(
      values.map((i) => text.tokens[i]),
      width,
    );
    const readingsOf = def.labelOnly && trimmed.every((t) => t.kind === 'empty') ? [] : piecesOf(trimmed);
    rows.push({
      def,
      found: f,
      written,
      values: values.filter((i) => trimmed.includes(text.tokens[i])),
      readings: readingsOf.length === 0 ? [] : readings(readingsOf, width),
      rest,
      end: values.length ? q : tail,
    });
  });
  return rows;
}
