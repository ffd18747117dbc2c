/**
 * The figure guard: every figure of a draft, read by the core's sentence reading, must come from
 * somewhere — the quantity it counts in the tables, the notes (same value, measure word and words),
 * last year's report, a sum or share of figures its sentence names, or for dates, document numbers,
 * time limits and hotlines the notes, the report or the official list.
 */

import { readParagraph, type Figure, type ReadingContext, type SentenceReading } from '../core/sentences';
import { quotedSpans } from '../core/sentences/split';
import { REGULATION_ARTICLES } from './official';
import {
  activeTableValue,
  applicantColumn,
  againstTables,
  changeOf,
  fromLastYear,
  fromNotes,
  reviewResult,
  sumOfNamed,
  type Reason,
} from './provenance';
import { shareFollows } from './shares';
import type { Sources } from './sources';
import type { UnsourcedFigure } from './rejected';

const NOWHERE: Reason = { zh: '在要点和表格中都找不到', en: 'is in neither the notes nor the tables' };

/** The figures of a text that have no source, each as written with the reason. */
export function unsourcedFigures(text: string, context: ReadingContext, sources: Sources): UnsourcedFigure[] {
  const out: UnsourcedFigure[] = [];
  const reading = readParagraph(text, context);
  const quoted = quotedSpans(text);
  // The drafter's own markers (【待核实：原要点…】) are for the writer to resolve, not prose.
  const marked = [...text.matchAll(/【待[^】]*】/g)].map((m) => [m.index!, m.index! + m[0].length]);
  for (const s of reading.sentences)
    for (const f of s.figures) {
      if (marked.some(([a, b]) => f.start >= a && f.start < b)) continue;
      const clause = s.clauses.find((c) => f.start >= c.start && f.start < c.end) ?? s;
      const reason = reasonFor(f, s, text, clause.text, sources, quoted);
      if (reason) out.push({ written: text.slice(f.start, f.unitEnd), ...reason });
    }
  return out;
}

function reasonFor(
  f: Figure,
  s: SentenceReading,
  text: string,
  clause: string,
  sources: Sources,
  quoted: ReadonlyArray<{ start: number; end: number; text: string }>,
): Reason | undefined {
  if (f.quoted) {
    const q = quoted.find((x) => f.start >= x.start && f.start < x.end);
    return q && sources.text.includes(q.text)
      ? undefined
      : { zh: '所引标题在要点和报告中都没有', en: 'is in a quoted title found in neither the notes nor the report' };
  }
  switch (f.kind) {
    case 'year':
      return sources.years.has(f.value)
        ? undefined
        : { zh: '年份在要点和报告中都没有', en: 'is a year found in neither the notes nor the report' };
    case 'date':
      return dateKnown(f, sources)
        ? undefined
        : { zh: '日期在要点和报告中都没有', en: 'is a date found in neither the notes nor the report' };
    case 'docNumber':
      return docNumberKnown(f, text, sources)
        ? undefined
        : {
            zh: '文号在要点、报告和官方文件清单中都没有',
            en: 'is a document number found nowhere (notes, report, official list)',
          };
    case 'timeLimit':
      return sources.timeLimits.has(`${f.value}|${f.unit ?? ''}`)
        ? undefined
        : { zh: '不是法定时限，要点和报告中也没有', en: 'is no statutory time limit, nor in the notes or the report' };
    case 'phone':
      return sources.phones.has(f.value)
        ? undefined
        : { zh: '电话号码在要点和报告中都没有', en: 'is a telephone number found in neither the notes nor the report' };
    case 'article':
      return f.value <= REGULATION_ARTICLES || sources.articles.has(f.value)
        ? undefined
        : { zh: '所引条款在要点和报告中都没有', en: 'cites an article found in neither the notes nor the report' };
    case 'ordinal':
      return sources.ordinals.has(`${f.value}|${f.unit ?? ''}`) || (f.unit === '季度' && f.value <= 4)
        ? undefined
        : NOWHERE;
    case 'percentage':
      return fromNotes(f, clause, sources.notes) || shareFollows(f, sources, clause)
        ? undefined
        : { zh: '无法由句中写出的数字算出', en: 'does not follow from the figures its sentence names' };
    default:
      return countReason(f, s, text, clause, sources);
  }
}

function countReason(f: Figure, s: SentenceReading, text: string, clause: string, sources: Sources) {
  if (f.change)
    return changeOf(f, s, sources) || fromNotes(f, clause, sources.notes)
      ? undefined
      : { zh: '与上年的差数不符', en: 'is not the difference from last year’s figure' };
  if (f.lastYear) {
    if (!sources.previous && !sources.notes.some((n) => n.lastYear))
      return {
        zh: '是上年的数字，但没有上年报告可以核对（前置信息未写 previous）',
        en: 'is last year’s, but there is no last year’s report to check it against (no previous in the front matter)',
      };
    return fromLastYear(f, clause, sources)
      ? undefined
      : { zh: '不是上年报告中的数字', en: 'is not in last year’s report' };
  }
  if (f.quantities.length) {
    const verdict = againstTables(f, sources.tables);
    if (verdict !== 'absent') return verdict;
  }
  if (fromNotes(f, clause, sources.notes)) return undefined;
  if (reviewResult(f, clause, s.text, sources.tables)) return undefined;
  if (applicantColumn(f, clause, sources.tables)) return undefined;
  if (activeTableValue(f, clause, s.text, sources.tables)) return undefined;
  if (sumOfNamed(f, s, text)) return undefined;
  return NOWHERE;
}

function dateKnown(f: Figure, sources: Sources): boolean {
  const d = f.date;
  if (!d?.month) return true;
  if (d.day === undefined) return [...sources.dates].some((k) => k.split('-')[1] === String(d.month));
  return sources.dates.has(d.year ? `${d.year}-${d.month}-${d.day}` : `-${d.month}-${d.day}`);
}

/** A bracketed document number: 〔2021〕30号, ［2021］第30号, with blanks anywhere in it. */
const BRACKETED_NUMBER_RE = /[〔［[【]\s*(\d{4})\s*[〕］\]】]\s*(?:第\s*)?(\d+)\s*号/g;
/** A number from its year in parentheses to its 号, as courts write them: （2023）青行初8号. */
const PARENTHESISED_NUMBER_RE = /[（(]\s*\d{4}\s*[）)][^，。；、：（()）\s]{0,12}?\d+\s*号/g;

function docNumberKnown(f: Figure, text: string, sources: Sources): boolean {
  const holds = (m: RegExpMatchArray) => m.index! <= f.start && f.end <= m.index! + m[0].length;
  const bracketed = [...text.matchAll(BRACKETED_NUMBER_RE)].find(holds);
  if (bracketed) return sources.docNumbers.has(`${Number(bracketed[1])}-${Number(bracketed[2])}`);
  if (text[f.start] === '第' || /第\s*$/.test(text.slice(0, f.start))) return sources.serials.has(f.value);
  // Else the number as the notes or the report write it: whole up to its 号, or the figure and what follows.
  const parenthesised = [...text.matchAll(PARENTHESISED_NUMBER_RE)].find(holds);
  return sources.text.includes(parenthesised ? parenthesised[0] : text.slice(f.start, f.end + 10));
}
