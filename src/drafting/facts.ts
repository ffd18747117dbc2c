/** The facts a draft may state: the table figures by name, the report, last year's report. */

import { analyse } from '../core/check';
import type { Report } from '../core/model';
import { parseReport } from '../core/parse';
import type { Tables } from '../core/tables';
import { readPrevious, type PreviousReport } from './previous';
import { draftTargets, type DraftTarget } from './targets';

/** The figures the tables hold, by name, for the prompt, the offline drafter and the figure guard. */
export interface Facts {
  unit: string;
  year: number;
  applications?: Record<'R1' | 'R2' | 'T' | 'R4' | 'A' | 'B' | 'C' | 'D' | 'E' | 'F', number>;
  review?: ReviewFacts;
  active: Array<{ caption: string; row: string; column: string; value: string }>;
  /** The tables as matched, and the report's text (for the guard's dates and document numbers). */
  tables: Tables;
  reportText: string;
  /** Last year's report, when the front matter names one the host could read. */
  previous?: PreviousReport;
}

/** Section 四 by row group and result. */
export interface ReviewFacts {
  reconsideration: number;
  litigation: number;
  total: number;
  /** Results of each group: 维持, 纠正, 其他, 尚未审结. */
  results: Record<'reconsideration' | 'litigation', Record<'upheld' | 'corrected' | 'other' | 'pending', number>>;
}

function reviewFacts(tables: Tables): ReviewFacts | undefined {
  if (!tables.get('review')) return undefined;
  const v = (row: string, col: string) => tables.value('review', row, col);
  const group = (rows: string[]) => ({
    upheld: rows.reduce((s, r) => s + v(r, 'upheld'), 0),
    corrected: rows.reduce((s, r) => s + v(r, 'corrected'), 0),
    other: rows.reduce((s, r) => s + v(r, 'other'), 0),
    pending: rows.reduce((s, r) => s + v(r, 'pending'), 0),
  });
  const r = v('reconsideration', 'total');
  const l = v('directSuit', 'total') + v('suitAfterReview', 'total');
  return {
    reconsideration: r,
    litigation: l,
    total: r + l,
    results: { reconsideration: group(['reconsideration']), litigation: group(['directSuit', 'suitAfterReview']) },
  };
}

export function factsOf(report: Report, tables: Tables, previous?: PreviousReport): Facts {
  const facts: Facts = {
    unit: report.agency ?? '本单位',
    year: report.year ?? new Date().getFullYear() - 1,
    active: [],
    tables,
    reportText: report.text,
    previous,
    review: reviewFacts(tables),
  };
  if (tables.get('applications')) {
    const v = (k: string) => tables.value('applications', k, 'total');
    facts.applications = {
      R1: v('R1'),
      R2: v('R2'),
      T: v('T'),
      R4: v('R4'),
      A: v('A'),
      B: v('B'),
      C: tables.groupTotal('C'),
      D: tables.groupTotal('D'),
      E: tables.groupTotal('E'),
      F: tables.groupTotal('F'),
    };
  }
  for (const t of tables.byId.values()) {
    if (t.def.section !== '二') continue;
    for (const [key, row] of t.rowByKey)
      for (const col of t.def.columns) {
        const i = t.columnIndex.get(col.key);
        if (i !== undefined && row.cells[i]?.text)
          facts.active.push({
            caption: t.def.caption,
            row: t.def.rows.find((r) => r.key === key)!.label,
            column: col.label,
            value: row.cells[i].text,
          });
      }
  }
  return facts;
}

/**
 * Parses a report and lists its targets and facts; `readPrevious` reads last year's report named by
 * the front matter's `previous` (the host owns the file system), as `check` does.
 */
export function planDrafts(
  markdown: string,
  readPreviousText?: (ref: string) => string | undefined,
): { report: Report; targets: DraftTarget[]; facts: Facts } {
  const report = parseReport(markdown);
  const { tables } = analyse(report);
  const ref = report.frontMatter?.previous;
  const previous = ref && readPreviousText ? readPrevious(readPreviousText(ref)) : undefined;
  return { report, targets: draftTargets(report), facts: factsOf(report, tables, previous) };
}
