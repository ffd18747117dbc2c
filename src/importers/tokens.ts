import { CELL_NUMBER_SOURCE, MONEY_UNITS } from '../core/tables';
import { asciiDigits } from '../core/sentences/numerals';
import type { SourceItem } from './source';

/**
 * A piece of a table section: text (labels, headers, anything else), a value (a number as written),
 * or an empty cell. Where it came from is kept for the placement report.
 */
export interface Token {
  kind: 'text' | 'value' | 'empty';
  /** As written: a value from a cell keeps its NBSP/U+3000 padding (NB602 reports it). */
  text: string;
  /** Index of the source item, and the offsets of the token in that item's text. */
  item: number;
  start: number;
  end: number;
  /** A whole cell of a real table (HTML, Word, a tab or pipe row): never split into several figures. */
  cell: boolean;
  /** The first token of a table row of the source. */
  rowStart: boolean;
}

/** A number as a table cell holds it: sign, digits, decimals, a unit of money. */
export const VALUE_RE = new RegExp(`^${CELL_NUMBER_SOURCE}$`);
const PADDING = /[\s\u00a0\u3000]/g;
const ITEM_NUMBER = '(\\d+)([.．、])(?=[^\\d\\s.．、])';
/** A figure in running text: a sign, digits (thousands may be separated by commas: 1,250), decimals, a unit. */
const FIGURE = `[-−]?(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+)(?:\\.\\d+)?(?:${MONEY_UNITS})?`;
/** What a table cell writes for "none" (NB204 reports it; it is the cell's, not part of the label). */
const NONE_CELL = /^(?:[-－—–/／]|无)$/;
const PADDING_RUN = '[\\s\\u00a0\\u3000]+';
const OTHER_RUN = '[^\\d\\s\\u00a0\\u3000]+';

/**
 * Splits a run of text into tokens: numbers, and the text between them. An item number glued to the
 * label after it (`1.属于国家秘密`, `000000004.保护…` where the last digit numbers the label) stays with
 * the label.
 */
function scan(written: string, item: number, base: number, out: Token[]): void {
  const re = new RegExp(`${ITEM_NUMBER}|${FIGURE}|${PADDING_RUN}|${OTHER_RUN}`, 'gu');
  // Full-width digits are read as digits; each token keeps the text as written.
  const text = asciiDigits(written);
  const push = (kind: Token['kind'], t: string, at: number) =>
    out.push({
      kind,
      text: written.slice(at, at + t.length),
      item,
      start: base + at,
      end: base + at + t.length,
      cell: false,
      rowStart: false,
    });
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const s = m[0];
    if (m[1] !== undefined) {
      // An item number: the last digit belongs to the label, the digits before it are a value.
      if (m[1].length > 1) push('value', m[1].slice(0, -1), m.index);
      push('text', s.slice(m[1].length - 1), m.index + m[1].length - 1);
    } else if (/^\d|^[-−]\d/.test(s)) push('value', s, m.index);
    else if (/^[\s\u00a0\u3000]+$/.test(s)) continue;
    else push('text', s, m.index);
  }
}

/** The tokens of the items of a table section, in reading order. */
export function tokenize(items: readonly SourceItem[], indices: readonly number[]): Token[] {
  const out: Token[] = [];
  for (const index of indices) {
    const item = items[index];
    if (item.kind === 'cell') {
      const bare = item.text.replace(PADDING, '');
      const whole = { item: index, start: 0, end: item.text.length, cell: true, rowStart: !!item.rowStart };
      if (bare === '') out.push({ kind: 'empty', text: '', ...whole });
      else if (VALUE_RE.test(asciiDigits(bare)) || (!item.rowStart && NONE_CELL.test(bare)))
        out.push({ kind: 'value', text: item.text, ...whole });
      else {
        const first = out.length;
        scan(item.text, index, 0, out);
        if (out.length === first + 1) Object.assign(out[first], { cell: true, text: item.text, start: 0 });
        if (out[first]) out[first].rowStart = !!item.rowStart;
      }
    } else scan(item.text, index, 0, out);
  }
  return dropFillers(out);
}

/**
 * Empty cells at the start of a row, before its label, stand for merged label cells (a converter writes
 * `|  | 1.属于国家秘密 | 0 |…`); they are not values of the row before.
 */
function dropFillers(tokens: Token[]): Token[] {
  const drop = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].rowStart) continue;
    let j = i;
    while (j < tokens.length && tokens[j].kind === 'empty' && (j === i || !tokens[j].rowStart)) j++;
    if (j > i && j < tokens.length && tokens[j].kind === 'text' && !tokens[j].rowStart) {
      for (let k = i; k < j; k++) drop.add(k);
      tokens[j].rowStart = true;
    }
  }
  return drop.size ? tokens.filter((_, k) => !drop.has(k)) : tokens;
}

/** The source text of some tokens as written: the tokens of one item as they stand in it, items apart by a space. */
export function writtenText(tokens: readonly Token[], items: readonly SourceItem[]): string {
  const parts: string[] = [];
  let item = -1;
  let start = 0;
  let end = 0;
  const flush = () => {
    if (item >= 0) parts.push(items[item].text.slice(start, end).trim());
  };
  for (const t of tokens) {
    if (t.item === item) {
      end = Math.max(end, t.end);
      continue;
    }
    flush();
    ({ item, start, end } = t);
  }
  flush();
  return parts.filter(Boolean).join(' ');
}
