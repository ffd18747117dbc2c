import type { Figure, SentenceReading } from '../sentences';
import { rangeIn } from './prose';
import { readings } from './reading';
import { defineRule, type Text } from './types';

const PERIOD_RE = /统计(期限|期间|时限|区间|时段|时间|周期)/;
/** A sentence about this report itself (本报告于2024年1月20日发布): its date is the publication's. */
const ABOUT_REPORT_RE = /本(年度)?报告|本年报|年度报告|年报/;
/** A sentence about the carried-over applications may say when they were answered (已于2024年1月8日答复). */
const CARRIED_RE = /结转|顺延|延期/;

/** Whether a later year in the text is not an event: a plan, a title, a range, a carry-over, a status. */
function notAnEvent(f: Figure): boolean {
  return f.plan || f.quoted || f.carryOver || f.asOf || (f.kind === 'year' && f.range !== undefined);
}

/** 2023年12月至2024年2月: a span that starts in the report year is not an event of the next. */
function rangeFromReportYear(f: Figure, s: SentenceReading, year: number): boolean {
  if (f.range !== 'to') return false;
  const from = [...s.figures].reverse().find((g) => g.range === 'from' && g.start < f.start);
  return (from?.date?.year ?? year + 1) <= year;
}

/** Whether a year is the statistic period's: in the clause naming it (or the next, after a colon). */
function inPeriodClause(f: Figure, s: SentenceReading): boolean {
  const k = s.clauses.findIndex((c) => PERIOD_RE.test(c.text));
  if (k < 0) return false;
  const within = (g: Figure, c: { start: number; end: number } | undefined) =>
    !!c && g.start >= c.start && g.start < c.end;
  const named = s.figures.some((g) => (g.kind === 'year' || g.kind === 'date') && within(g, s.clauses[k]));
  return within(f, s.clauses[k]) || (!named && within(f, s.clauses[k + 1]));
}

/** The finding for one year figure, if it is wrong. */
function wrongYear(f: Figure, s: SentenceReading, year: number): Text | undefined {
  if (f.kind !== 'year' && f.kind !== 'date') return undefined;
  const y = f.date?.year;
  if (y === undefined || f.quoted) return undefined;
  if (inPeriodClause(f, s))
    return y === year
      ? undefined
      : {
          zh: `统计期限写了${y}年，报告年度为${year}年`,
          en: `The statistic period names ${y}; the report year is ${year}`,
        };
  if (y <= year || notAnEvent(f) || rangeFromReportYear(f, s, year)) return undefined;
  if (y === year + 1 && (ABOUT_REPORT_RE.test(s.text) || CARRIED_RE.test(s.text))) return undefined;
  return {
    zh: `${year}年度报告的正文中出现${y}年的事项`,
    en: `The body of the ${year} report describes something in ${y}`,
  };
}

export const yearRule = defineRule({
  code: 'NB405',
  name: 'text.year',
  severity: 'warning',
  fixable: false,
  title: { zh: '年份与报告年度不符', en: 'Year outside the report year' },
  description: {
    zh:
      '正文把报告年度之后的年份用于已发生的事，统计期限写了其他年份，或标题年份与前置信息不一致。不在此列：落款日期、文号（〔2021〕30号）、以前年份、计划（将、' +
      '计划、拟、明年、下一步、力争……）、书名号或引号内的标题、年份区间（2024－2027年）、结转去向（结转至2026年）、「截至」某日的状态。',
    en:
      'A later year used for something that happened, a statistic period naming ' +
      'another year, or a title year different from the front matter; not plans, ' +
      'quoted titles, ranges, carry-over, document numbers or earlier years.',
  },
  check({ report }, emit) {
    const year = report.year;
    if (year === undefined) return;
    const fmYear = report.frontMatter?.year;
    if (report.title?.year !== undefined && fmYear !== undefined && report.title.year !== fmYear) {
      emit({
        range: report.title.textRange,
        message: {
          zh: `标题年份为${report.title.year}年，前置信息 year 为${fmYear}`,
          en: `The title says ${report.title.year}; the front matter says year ${fmYear}`,
        },
      });
    }
    for (const { paragraph: p, reading } of readings(report))
      for (const s of reading.sentences)
        for (const f of s.figures) {
          const message = wrongYear(f, s, year);
          const end = p.text.indexOf('年', f.end) + 1;
          if (message) emit({ range: rangeIn(report, p.offset, f.start, end), message });
        }
  },
});
