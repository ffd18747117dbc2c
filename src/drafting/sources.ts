/** Where a draft's figures may come from: the notes, the tables, the report, last year's report, the official list. */

import { readParagraph, type Figure } from '../core/sentences';
import type { Tables } from '../core/tables';
import { FIXED_NUMBERS, OFFICIAL_DECREES, OFFICIAL_DOCUMENTS, STATUTORY_WORKING_DAYS } from './official';

/** A figure the notes give, with the words it counts (the label before it, else after it). */
export interface NoteFigure {
  value: number;
  unit?: string;
  kind: Figure['kind'];
  label: string;
  /** The words after it in its clause (搞两次培训: 培训), what a label of a verb alone leaves unsaid. */
  after: string;
  lastYear: boolean;
}

/** Last year's report as a source: its tables and every figure its narrative and tables give. */
export interface PreviousFacts {
  year?: number;
  tables: Tables;
  figures: Array<{ value: number; unit?: string }>;
}

/** Everything a figure of a draft may be checked against. */
export interface Sources {
  year: number;
  tables: Tables;
  notes: NoteFigure[];
  previous?: PreviousFacts;
  /** `y-m-d` of every full date, and `-m-d` of every month and day, in the notes, report and official list. */
  dates: Set<string>;
  years: Set<number>;
  /** `year-serial` of every document number (〔2021〕30号); decrees and 第N号 numbers by serial. */
  docNumbers: Set<string>;
  serials: Set<number>;
  /** `value|unit` of time limits and ordinals written in the notes or the report. */
  timeLimits: Set<string>;
  ordinals: Set<string>;
  articles: Set<number>;
  phones: Set<number>;
  /** The text of the notes and the report, where a quoted title must appear as written. */
  text: string;
}

const CJK = /[\u4e00-\u9fff]+/g;

/** The words a figure of the notes counts: the text since the clause start or the previous figure. */
export function labelOf(text: string, f: Figure, figures: readonly Figure[], clauseStart: number, clauseEnd: number) {
  const prev = [...figures].reverse().find((g) => g.unitEnd <= f.start && g.unitEnd > clauseStart);
  const before = (text.slice(Math.max(clauseStart, prev?.unitEnd ?? clauseStart), f.start).match(CJK) ?? []).join('');
  if (before) return before;
  return (text.slice(f.unitEnd, clauseEnd).match(CJK) ?? []).join('');
}

/** The figures of a text with their labels (each clause of each sentence). */
export function labelledFigures(text: string, year: number): NoteFigure[] {
  const out: NoteFigure[] = [];
  for (const s of readParagraph(text, { year }).sentences)
    for (const f of s.figures) {
      const clause = s.clauses.find((c) => f.start >= c.start && f.start < c.end) ?? s;
      out.push({
        value: f.value,
        unit: f.unit,
        kind: f.kind,
        label: labelOf(text, f, s.figures, clause.start, clause.end),
        after: (text.slice(f.unitEnd, clause.end).match(CJK) ?? []).join(''),
        lastYear: f.lastYear,
      });
    }
  return out;
}

/** Adds the dates, numbers, limits and names a text writes to the sources. */
function collect(sources: Sources, text: string): void {
  for (const f of readParagraph(text, { year: sources.year }).figures) {
    if (f.kind === 'year' || f.kind === 'date') {
      if (f.date?.year) sources.years.add(f.date.year);
      if (f.date?.month && f.date.day) {
        if (f.date.year) sources.dates.add(`${f.date.year}-${f.date.month}-${f.date.day}`);
        sources.dates.add(`-${f.date.month}-${f.date.day}`);
      }
    } else if (f.kind === 'docNumber') sources.serials.add(f.value);
    else if (f.kind === 'timeLimit') sources.timeLimits.add(`${f.value}|${f.unit ?? ''}`);
    else if (f.kind === 'ordinal') sources.ordinals.add(`${f.value}|${f.unit ?? ''}`);
    else if (f.kind === 'article') sources.articles.add(f.value);
    else if (f.kind === 'phone') sources.phones.add(f.value);
  }
  for (const m of text.matchAll(/[〔［[【]\s*(\d{4})\s*[〕］\]】]\s*(?:第\s*)?(\d+)\s*号/g))
    sources.docNumbers.add(`${Number(m[1])}-${Number(m[2])}`);
}

/** The sources of one heading's draft: its notes, the tables, the whole report, last year's report. */
export function sourcesFor(input: {
  year: number;
  notes: string;
  reportText: string;
  tables: Tables;
  previous?: PreviousFacts;
}): Sources {
  const sources: Sources = {
    year: input.year,
    tables: input.tables,
    notes: labelledFigures(input.notes, input.year),
    previous: input.previous,
    dates: new Set(),
    years: new Set([input.year - 1, input.year, input.year + 1]),
    docNumbers: new Set(),
    serials: new Set(OFFICIAL_DECREES),
    timeLimits: new Set(STATUTORY_WORKING_DAYS.flatMap((d) => [`${d}|个工作日`, `${d}|工作日`])),
    ordinals: new Set(),
    articles: new Set(),
    phones: new Set(FIXED_NUMBERS),
    text: `${input.notes}\n${input.reportText}\n${OFFICIAL_DOCUMENTS.map((d) => `《${d.name}》`).join('')}`,
  };
  for (const d of OFFICIAL_DOCUMENTS) {
    if (d.number) {
      sources.docNumbers.add(`${d.number.year}-${d.number.serial}`);
      sources.years.add(d.number.year);
    }
    for (const [y, m, day] of d.dates) {
      sources.dates.add(`${y}-${m}-${day}`);
      sources.years.add(y);
    }
  }
  collect(sources, input.notes);
  collect(sources, input.reportText);
  return sources;
}
