/** Sentences, clauses and quoted spans of a paragraph, each with its offsets in the paragraph. */

/** A stretch of the paragraph: `text` is `paragraph.slice(start, end)`. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

const SENTENCE_END = /[。！？!?\n]/g;
const CLAUSE_SEP = /[，,、；;：:（）()]/g;

/** The sentences of a paragraph, split after 。！？ and at line breaks (empty pieces dropped). */
export function splitSentences(text: string): Span[] {
  return piecesOf(text, 0, text.length, SENTENCE_END);
}

/**
 * The clauses of a sentence, split at ，、；：and brackets (so 其中 lists give one clause per item); a
 * numeral in brackets (第三十六条第（三）项) stays in its clause.
 */
export function splitClauses(text: string, sentence: Span): Span[] {
  return piecesOf(text, sentence.start, sentence.end, CLAUSE_SEP, true);
}

const NUMBERED_ITEM = /[（(][一二三四五六七八九十\d]{1,3}[）)]/g;

function piecesOf(text: string, from: number, to: number, separators: RegExp, keepEmpty = false): Span[] {
  const out: Span[] = [];
  const kept = new Set<number>();
  if (separators === CLAUSE_SEP) {
    NUMBERED_ITEM.lastIndex = from;
    for (let m = NUMBERED_ITEM.exec(text); m && m.index < to; m = NUMBERED_ITEM.exec(text))
      if (m.index > from) kept.add(m.index).add(m.index + m[0].length - 1);
  }
  const re = new RegExp(separators.source, 'g');
  re.lastIndex = from;
  let start = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    if (kept.has(m.index)) continue;
    const end = separators === SENTENCE_END && m[0] !== '\n' ? m.index + 1 : m.index;
    push(out, text, start, end, keepEmpty);
    start = m.index + 1;
  }
  push(out, text, start, to, keepEmpty);
  return out;
}

function push(out: Span[], text: string, start: number, end: number, keepEmpty: boolean): void {
  if (end < start) return;
  const piece = text.slice(start, end);
  if (keepEmpty || piece.trim()) out.push({ text: piece, start, end });
}

const QUOTES: Array<[string, string]> = [
  ['《', '》'],
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
  ['"', '"'],
];

/**
 * The quoted spans of a paragraph: titles of documents 《…》 and quoted names “…”. An unclosed quote
 * runs to the end of its sentence at most, so a stray mark does not swallow the paragraph.
 */
export function quotedSpans(text: string): Span[] {
  const out: Span[] = [];
  const openings = /[《“「『"]/g;
  for (let m = openings.exec(text); m; m = openings.exec(text)) {
    const [open, close] = QUOTES.find(([o]) => o === m![0])!;
    let depth = 1;
    let j = m.index + 1;
    for (; j < text.length && depth > 0; j++) {
      const c = text[j];
      if (open !== close && c === open) depth++;
      else if (c === close) depth--;
      else if (c === '。' || c === '\n') break;
    }
    out.push({ text: text.slice(m.index, j), start: m.index, end: j });
    openings.lastIndex = j;
  }
  return out;
}

/** Whether an offset lies inside one of the spans. */
export function inside(spans: readonly Span[], offset: number): boolean {
  for (const s of spans) if (offset >= s.start && offset < s.end) return true;
  return false;
}

/** The span containing an offset. */
export function spanAt<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  for (const s of spans) if (offset >= s.start && offset < s.end) return s;
  return undefined;
}
