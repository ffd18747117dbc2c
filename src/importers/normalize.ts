import { simplify } from '../core/formats/labels';

/** Text compared the way labels are compared, with each character's offset in the original kept. */
export interface Normalized {
  text: string;
  /** Offset in the original text of each character of `text`. */
  from: number[];
}

const WHITESPACE = /[\s\u00a0\u3000\u2002-\u200b\ufeff]/;
const QUOTES = /[“”‘’"'「」『』]/;

/**
 * Normalises character by character, as `normalizeLabel` of the core does for a whole label: no
 * whitespace, width folded (NFKC), simplified characters, one kind of quote, `1、` as `1.`, 其它 as
 * 其他. Unlike `normalizeLabel` it works on running text and remembers where each character came from,
 * so that a label found in a flattened page can be cut out of the page as it was written.
 */
export function normalizeWithMap(original: string): Normalized {
  let text = '';
  const from: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const c = original[i];
    if (WHITESPACE.test(c)) continue;
    let n = simplify(c.normalize('NFKC'));
    if (QUOTES.test(n)) n = '"';
    else if ((n === '、' || n === ',') && /\d$/.test(text) && !/\d/.test(original[i + 1] ?? '')) n = '.';
    else if (n === '它' && text.endsWith('其')) n = '他';
    for (const ch of n) {
      text += ch;
      from.push(i);
    }
  }
  return { text, from };
}

/** The normalised form of a label (the same function as for running text). */
export function normalized(label: string): string {
  return normalizeWithMap(label).text;
}
