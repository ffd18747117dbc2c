/**
 * The offline drafter: 公文 prose from the notes and the tables, by a sentence plan per kind of heading.
 * One subject, once (the unit's name in 一, 本局 elsewhere); a verb in every clause; measure words; zero as
 * 未; each table figure once. A note it cannot make a sentence of stays visible as 【待核实：原要点…】.
 * It writes no figure that the notes, the tables or last year's report do not hold.
 */

import type { SectionDraft } from '../../schemas/sectionDraft';
import { readParagraph, type ReadingContext } from '../core/sentences';
import { clauseOf, toVerify } from './clauses';
import type { Facts } from './facts';
import { readNotes, type Note } from './notes';
import { problemsDraft } from './problems';
import { FEES, statesFees } from './required';
import { activeSentence, applicationsSentence, reviewSentence } from './tableProse';
import { reviewResult } from './provenance';
import { contextOf } from './review';
import type { Tables } from '../core/tables';
import type { DraftKind, DraftTarget } from './targets';
import { selfReference } from './vocabulary';

/** The five areas of 总体情况, with the words that place a note in each. */
const AREAS: Array<[string, RegExp]> = [
  ['主动公开', /主动公开|发布|公开.*条|解读/],
  ['依申请公开', /申请/],
  ['政府信息管理', /管理|审查|目录|清理|台账/],
  ['政府信息公开平台建设', /平台|网站|专栏|栏目|新媒体|公众号/],
  ['监督保障', /监督|考核|培训|责任|评议|追究/],
];

/** Clauses of notes (marked 【待核实】 where no sentence can be made), joined as one sentence body. */
function body(notes: readonly Note[]): string {
  return notes.map((n) => clauseOf(n) ?? toVerify(n)).join('；');
}

/** A paragraph: the opener, then the clauses; no subject added to a clause that has its own. */
function paragraph(opener: string, clauses: string): string {
  const own = /^(本局|我局|本单位|本委|本办|本中心|复议机关|法院|【待核实)/.test(clauses);
  return `${own ? opener.replace(/本[^\s，。]*$|我局$/, '') : opener}${clauses}。`;
}

/** Whether a note only restates what the table sentence says (each figure bound to a quantity it states). */
function restates(note: Note, tableSentence: string | undefined, context: ReadingContext, tables: Tables): boolean {
  if (!tableSentence) return false;
  const stated = new Set(
    readParagraph(tableSentence, context).figures.flatMap((f) => f.quantities.map((q) => `${q}:${f.value}`)),
  );
  const reading = readParagraph(note.text, context);
  const counts = reading.sentences.flatMap((s) =>
    s.figures.filter((f) => f.kind === 'count' || f.kind === 'number').map((f) => ({ f, s })),
  );
  // A result of table 四 (维持1件、纠正1件) is always in the review sentence.
  const isStated = ({ f, s }: (typeof counts)[number]) =>
    f.quantities.some((q) => stated.has(`${q}:${f.value}`)) ||
    (context.topic === 'review' &&
      reviewResult(f, s.clauses.find((c) => f.start >= c.start && f.start < c.end)?.text ?? '', s.text, tables));
  return counts.length > 0 && counts.every(isStated);
}

/** Whether the heading's narrative ends at a sub-heading of its own (一 with its five areas under it). */
function hasSubheadings(target: DraftTarget, facts: Facts): boolean {
  const next = facts.reportText.split('\n')[target.end] ?? '';
  return next.startsWith(`${'#'.repeat(target.heading.level + 1)} `);
}

/** The subject of a heading's first sentence: the unit's full name in 一's overview and 主动公开, 本局 elsewhere. */
function subjectOf(kind: DraftKind, target: DraftTarget, facts: Facts): string {
  const first = target.section === '一' && (kind === 'overview' || kind === 'active');
  return first ? facts.unit : selfReference(facts.unit);
}

function notesParagraphs(notes: readonly Note[], opener: string): string[] {
  const groups = [...new Set(notes.map((n) => n.group))];
  return groups.map((g, i) => paragraph(i === 0 ? opener : '', body(notes.filter((n) => n.group === g))));
}

/** The offline draft of one heading. */
export function offlineDraft(target: DraftTarget, facts: Facts): SectionDraft {
  const kind = target.kind;
  if (kind === 'problems' || kind === 'fixes' || kind === 'issues' || kind === 'measures')
    return problemsDraft(target, facts);
  const notes = readNotes(target.notes);
  const subject = subjectOf(kind, target, facts);
  const dated = ['overview', 'active', 'applications', 'review'].includes(kind);
  const lead = dated ? `${facts.year}年，` : kind === 'fees' || kind === 'other' ? '本年度，' : '';
  const opener = `${lead}${subject}`;
  const paragraphs: string[] = [];
  const missing: string[] = [];
  const table =
    kind === 'applications'
      ? applicationsSentence(facts, opener)
      : kind === 'review'
        ? reviewSentence(facts, opener)
        : undefined;
  if (table) paragraphs.push(table);
  const context = contextOf(target, facts.year);
  const rest = notes.filter((n) => !restates(n, table, context, facts.tables));
  paragraphs.push(...notesParagraphs(rest, table ? '' : opener));
  const active = kind === 'active' ? activeSentence(facts) : undefined;
  if (active) paragraphs.push(active);
  if (kind === 'overview' && target.heading.level <= 2 && !hasSubheadings(target, facts))
    for (const [area, re] of AREAS) if (!re.test(target.notes)) missing.push(`${area}方面的工作情况`);
  if (statesFees(kind, target.heading.level, facts.year) && !/处理费|收费/.test(target.notes)) missing.push(FEES);
  if (!paragraphs.length)
    paragraphs.push(
      `【待核实：${target.heading.text.replace(/^[（(][一二三四五六七八九十]+[）)]|^[一二三四五六]、/, '')}的具体情况】`,
    );
  return { paragraphs: paragraphs.map((text) => ({ text })), missing };
}
