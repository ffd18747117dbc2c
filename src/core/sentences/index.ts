/**
 * The sentence reading: for a paragraph of report prose, its sentences and clauses and every figure in
 * them — value, span, written form, measure word, kind, whether it is quoted, planned, carried over or
 * last year's, the table quantity it counts and, for a percentage, what it may be a share of. One
 * reading serves the text rules (NB401–NB405) and the drafter's figure guard.
 */

import { Memo, MEMO_LIMITS } from '../memo';
import { bindSentence } from './bind';
import { scanFigures } from './figures';
import { findLists, isComplete } from './lists';
import { ownTopic } from './quantities';
import { readShares } from './shares';
import { inside, quotedSpans, splitClauses, splitSentences, type Span } from './split';
import {
  aboutLastYear,
  lastYearFrame,
  AS_OF_BEFORE,
  CARRY_BEFORE,
  isChange,
  PAST_RE,
  PLAN_HEADING,
  FROM_YEAR_AFTER,
  PLAN_NAME_AFTER,
  planStart,
  TARGET_BEFORE,
} from './tense';
import type { Figure, ParagraphReading, ReadingContext, SentenceReading, Topic } from './types';

export type * from './types';
export { QUANTITY_PHRASES } from './quantities';

const memo = new Memo<string, ParagraphReading>(MEMO_LIMITS.readings);

/** Reads a paragraph (memoised: while a report is edited, its other paragraphs repeat). */
export function readParagraph(text: string, context: ReadingContext = {}): ParagraphReading {
  const key = `${context.topic ?? ''}|${context.year ?? ''}|${context.plan ? 'p' : ''}|${text}`;
  return memo.get(key, () => read(text, context));
}

/** Forgets the memoised results of the core (for a benchmark of a first reading). */
export function forgetReadings(): void {
  Memo.clearAll();
}

/** The figures of a text (a sentence or a paragraph), read as `readParagraph` reads them. */
export function figuresOf(text: string, context: ReadingContext = {}): Figure[] {
  return readParagraph(text, context).figures;
}

function read(text: string, context: ReadingContext): ParagraphReading {
  const raw = scanFigures(text);
  const quoted = quotedSpans(text);
  const sentences: SentenceReading[] = [];
  let topic: Topic | undefined = context.topic;
  const spans = splitSentences(text);
  // （三）改进措施。一是…: a paragraph under a heading of plans speaks of what is to come.
  const planned = context.plan || (spans.length > 0 && PLAN_HEADING.test(spans[0].text));
  for (const span of spans) {
    const clauses = splitClauses(text, span);
    const plan = planned ? span.start : planStart(text, span, clauses);
    const framed = lastYearFrame(clauses, context.year);
    const figures = raw
      .filter((f) => f.start >= span.start && f.start < span.end)
      .map((f) => situate(text, f, clauses, quoted, plan, context.year))
      .map((f) => Object.assign(f, { lastYear: f.lastYear || framed(f) }));
    topic = ownTopic(span.text) ?? (topic === 'other' ? context.topic : topic);
    const lists = findLists(text, span, figures);
    bindSentence(text, clauses, figures, lists, topic);
    // 截至2024年1月20日，上年结转的2件…: a status seen from the next year speaks of years shifted by one.
    const asOf = figures.find((f) => f.asOf);
    if (asOf) for (const f of figures) if (f.start > asOf.start) f.quantities = [];
    for (const f of figures) if (f.quantities[0] === 'R4') f.carryOver = true;
    for (const l of lists) l.complete = isComplete(text, l);
    sentences.push({ ...span, clauses, figures, topic, lists });
  }
  readShares(text, sentences);
  return { text, sentences, figures: sentences.flatMap((s) => s.figures) };
}

type Raw = ReturnType<typeof scanFigures>[number];

/** A scanned figure placed in its sentence: quoted, planned, carried over, as of, last year's, a change. */
function situate(
  text: string,
  f: Raw,
  clauses: readonly Span[],
  quoted: readonly Span[],
  plan: number | undefined,
  year: number | undefined,
): Figure {
  const clause = clauses.find((c) => f.start >= c.start && f.start < c.end) ?? clauses[clauses.length - 1];
  const before = text.slice(clause.start, f.start);
  // The words just before a figure: what the anchored patterns need (a long clause is not scanned twice).
  const near = before.slice(-24);
  const isYear = f.kind === 'year' || f.kind === 'date';
  const after = text.slice(f.unitEnd, f.unitEnd + 12);
  const counted = f.kind === 'count' || f.kind === 'percentage' || f.kind === 'number';
  return Object.assign(f, {
    quoted: inside(quoted, f.start),
    plan:
      (plan !== undefined && f.start >= plan) ||
      // 2024年是关键一年，本局将……: a year in a sentence that plans is the plan's, unless its clause says done.
      (isYear && plan !== undefined && !PAST_RE.test(clause.text)) ||
      (isYear && (PLAN_NAME_AFTER.test(after) || (f.range !== 'to' && TARGET_BEFORE.test(near)))) ||
      (f.kind === 'year' && FROM_YEAR_AFTER.test(after)),
    carryOver: isYear && CARRY_BEFORE.test(near),
    asOf: isYear && AS_OF_BEFORE.test(near),
    lastYear: counted && aboutLastYear(before, year),
    change: counted && isChange(near, f.unit),
  });
}
