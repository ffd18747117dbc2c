import { distance } from 'fastest-levenshtein';
import { stripWhitespace } from '../formats/labels';
import type { FormatDef } from '../formats/types';
import type { Report, SectionKey } from '../model';
import { SECTION_KEYS } from '../model';
import { debrisIn } from '../text';
import { publicationDeadline } from './deadline';
import { rangeIn, sectionOf, sectionText } from './prose';
import { defineRule } from './types';
import { Memo, MEMO_LIMITS } from '../memo';

/**
 * A statement on the 信息处理费, in any wording: 未收取信息处理费, 未发生收费情况, 未收取任何费用,
 * 不存在收费情况, 收费通知0件… (行政事业性收费, a table item of section 二, is another matter).
 */
const FEE_STATEMENT_RE =
  /处理费|收费通知|收费(情况|事项|行为|现象|标准)|(收取|收缴|缴纳|产生|发生)[^。；]{0,10}费|(未|没有|不存在|无|未曾|均未)[^。；，]{0,8}(收费|收取)|免(收|费)|不收费|零收费/;

/** Whether the report year calls for the content of the 2021 format (whatever tables the report uses). */
export function contentOf2021(report: Report, format: FormatDef): boolean {
  return report.year !== undefined ? report.year >= 2021 : format.version === '2021';
}

export const feeStatement = defineRule({
  code: 'NB501',
  name: 'content.fee-statement',
  severity: 'warning',
  fixable: false,
  title: { zh: '未说明信息处理费', en: 'No statement on processing fees' },
  description: {
    zh:
      '报告年度为2021年及以后（无论使用哪一版表格）：第六部分未说明收取信息处理费的情况（未收取也要写明，措辞不限：未收取、未发生收费情况、不存在收费情况、' +
      '未收取任何费用……）；或称未发出收费通知，而表格显示有申请人逾期未缴费（（六）2 大于0）。',
    en:
      'Report year 2021 or later, whatever tables it uses: section 六 does not state ' +
      'the 信息处理费 charged (in any wording), or says no fee notice was issued while row ' +
      '（六）2 is above 0.',
  },
  check({ report, tables, format }, emit) {
    if (!contentOf2021(report, format)) return;
    const s = sectionOf(report, '六');
    if (!s) return;
    const text = sectionText(s).replace(/行政事业性收费/g, '');
    if (!FEE_STATEMENT_RE.test(text)) {
      emit({
        range: s.heading.textRange,
        message: {
          zh: '第六部分未说明收取信息处理费的情况（未收取也应写明）',
          en: 'Section 六 does not state the information-processing fees charged (state “none” explicitly)',
        },
      });
      return;
    }
    const f2 = tables.get('applications') ? tables.value('applications', 'F2', 'total') : 0;
    if (f2 <= 0) return;
    for (const p of s.paragraphs) {
      const m = /未(向申请人)?(发出|开具|送达)[^。；]{0,8}收费通知|(发出|开具)收费通知(书)?(0|零)(件|份|次)/.exec(
        p.text,
      );
      if (m)
        emit({
          range: rangeIn(report, p.offset, m.index, m.index + m[0].length),
          message: {
            zh: `正文称未发出收费通知，而表格（六）其他处理第2项（逾期未缴费）为${f2}件`,
            en: `The text says no fee notice was issued, but row （六）2 (fee not paid) counts ${f2}`,
          },
        });
    }
  },
});

export const lastYearReview = defineRule({
  code: 'NB502',
  name: 'content.last-year-review',
  severity: 'warning',
  fixable: false,
  title: { zh: '未说明上年度问题的改进情况', en: 'Last year’s problems not addressed' },
  description: {
    zh: '报告年度为2021年及以后：第五部分未说明上年度报告所提问题的改进情况。',
    en: 'Report year 2021 or later: section 五 does not say how last year’s problems were dealt with.',
  },
  check({ report, format }, emit) {
    if (!contentOf2021(report, format)) return;
    const s = sectionOf(report, '五');
    if (!s) return;
    const last = report.year !== undefined ? `|${report.year - 1}年` : '';
    const re = new RegExp(`(上年|上一年|去年|前一年|以往年度${last})[^。]{0,40}(问题|不足|整改|改进|短板)`);
    if (re.test(sectionText(s))) return;
    emit({
      range: s.heading.textRange,
      message: {
        zh: '第五部分未说明上年度报告所提问题的改进情况',
        en: 'Section 五 does not say how the problems named in last year’s report were dealt with',
      },
    });
  },
});

export const emptySection = defineRule({
  code: 'NB503',
  name: 'content.empty-section',
  severity: 'warning',
  fixable: false,
  title: { zh: '章节为空', en: 'Empty section' },
  description: {
    zh: '某部分既无文字也无表格；没有内容也应明确写「无」。',
    en: 'A section has no text and no table (write “无” explicitly).',
  },
  check({ report }, emit) {
    for (const s of report.sections) {
      const prose = s.paragraphs.some((p) => p.text.split('\n').some((l) => l.trim() && !debrisIn(l)));
      if (prose || s.tables.length || s.subheadings.length) continue;
      emit({
        range: s.heading.textRange,
        message: {
          zh: `「${s.heading.text}」没有内容；没有需要报告的事项也应写明「无」`,
          en: `“${s.heading.text}” is empty; write “无” if there is nothing to report`,
        },
      });
    }
  },
});

export const signature = defineRule({
  code: 'NB504',
  name: 'content.signature',
  severity: 'warning',
  fixable: false,
  title: { zh: '落款或日期有误', en: 'Signature or date wrong' },
  description: {
    zh: '文末缺少落款单位或日期，日期不在报告年度的次年，或落款单位与前置信息（没有时为标题）中的单位不一致。',
    en:
      'The closing signature or date is missing, the date is not in the year after the ' +
      'report year, or the signed unit differs from the front matter’s agency (else the title’s).',
  },
  check({ report }, emit) {
    const sig = report.signature;
    const endLine = report.lineOffsets.length - 1;
    const end = {
      start: { line: endLine, character: 0 },
      end: { line: endLine, character: report.text.length - report.lineOffsets[endLine] },
    };
    if (!sig) {
      emit({
        range: end,
        message: { zh: '文末缺少落款单位和成文日期', en: 'The report ends without the signing unit and the date' },
      });
      return;
    }
    if (!sig.agency) emit({ range: sig.range, message: { zh: '文末缺少落款单位', en: 'The signing unit is missing' } });
    if (!sig.date)
      emit({ range: sig.range, message: { zh: '落款下缺少成文日期', en: 'The date under the signature is missing' } });
    if (sig.date?.year !== undefined && report.year !== undefined && sig.date.year !== report.year + 1)
      emit({
        range: sig.date.range,
        message: {
          zh: `成文日期为${sig.date.year}年，${report.year}年度报告应在${report.year + 1}年发布`,
          en: `The date is in ${sig.date.year}; a report for ${report.year} is published in ${report.year + 1}`,
        },
      });
    const agency = report.agency;
    if (sig.agency && agency && stripWhitespace(sig.agency.text) !== stripWhitespace(agency)) {
      // The unit is the front matter's agency when it names one, else the title's.
      const fm = report.frontMatter?.agency !== undefined ? report.frontMatter : undefined;
      const source = fm
        ? { zh: '前置信息', en: 'the front matter', range: fm.range }
        : { zh: '标题', en: 'the title', range: report.title?.textRange };
      emit({
        range: sig.agency.range,
        message: {
          zh: `落款单位「${sig.agency.text}」与${source.zh}中的单位「${agency}」不一致`,
          en: `The signature “${sig.agency.text}” differs from the unit in ${source.en}, “${agency}”`,
        },
        related: source.range ? [{ range: source.range, message: { zh: source.zh, en: source.en } }] : [],
      });
    }
  },
});

/** A section's narrative with figures masked, for comparing years (NB505's measure; the drafter's too). */
export function narrative(report: Report, key: SectionKey): string {
  const s = sectionOf(report, key);
  if (!s) return '';
  return stripWhitespace(s.paragraphs.map((p) => p.text).join('')).replace(
    /\d+(\.\d+)?|[零〇一二两三四五六七八九十百千万]+(?=[件条个次期项人家篇份年月日])/g,
    '#',
  );
}

const similarityMemo = new Memo<string, number>(MEMO_LIMITS.similarity);

/** Similarity of two sections' narratives, memoised: while one section is edited the others repeat. */
function sectionSimilarity(a: string, b: string): number {
  return similarityMemo.get(`${a}\u0000${b}`, () => similarity(a, b));
}

/** Similarity of two texts in [0, 1]: edit distance for report-sized texts, shared bigrams beyond. */
export function similarity(a: string, b: string): number {
  if (!a.length || !b.length) return 0;
  if (a.length <= 6000 && b.length <= 6000) return 1 - distance(a, b) / Math.max(a.length, b.length);
  const grams = new Map<string, number>();
  for (let i = 0; i + 1 < a.length; i++) grams.set(a.slice(i, i + 2), (grams.get(a.slice(i, i + 2)) ?? 0) + 1);
  let shared = 0;
  for (let i = 0; i + 1 < b.length; i++) {
    const g = b.slice(i, i + 2);
    const n = grams.get(g) ?? 0;
    if (n > 0) {
      shared++;
      grams.set(g, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length - 2);
}

/**
 * How much of a section's narrative is the same as last year's, in [0, 1] (NB505's measure, the
 * drafter's too); undefined when either narrative is too short to compare.
 */
export function copiedShare(report: Report, previous: Report, key: SectionKey): number | undefined {
  const now = narrative(report, key);
  if (now.length < COPIED.minLength) return undefined;
  const before = narrative(previous, key);
  if (before.length < COPIED.minLength) return undefined;
  return sectionSimilarity(now, before);
}

/** NB505's thresholds: narratives shorter than this are not compared; this share or more is 内容雷同. */
export const COPIED = { minLength: 100, percent: 85 } as const;

export const copied = defineRule({
  code: 'NB505',
  name: 'content.copied',
  severity: 'warning',
  fixable: false,
  title: { zh: '内容与上年雷同', en: 'Copied from last year' },
  description: {
    zh: `有 previous 时：某部分的叙述（不含表格和要点，至少${COPIED.minLength}字）与上年报告相同程度达${COPIED.percent}%以上（数字不计）。`,
    en:
      `With previous: a section’s narrative (≥ ${COPIED.minLength} characters) is at ` +
      `least ${COPIED.percent}% the same as last year’s, figures aside.`,
  },
  check({ report, previous }, emit) {
    if (!previous) return;
    for (const key of SECTION_KEYS) {
      const sim = copiedShare(report, previous.report, key);
      if (sim === undefined || sim * 100 < COPIED.percent) continue;
      const s = sectionOf(report, key)!;
      const p = sectionOf(previous.report, key)!;
      emit({
        range: s.heading.textRange,
        message: {
          zh: `「${s.heading.text}」的叙述与上年报告${Math.round(sim * 100)}%相同（内容雷同）`,
          en: `The narrative of “${s.heading.text}” is ${Math.round(sim * 100)}% the same as last year’s`,
        },
        related: [
          {
            range: p.heading.textRange,
            message: { zh: '上年报告的同一部分', en: 'the same section last year' },
            path: previous.path,
          },
        ],
      });
    }
  },
});

export const contentRules = [feeStatement, lastYearReview, emptySection, signature, copied, publicationDeadline];
