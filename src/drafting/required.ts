/** What a heading must state (依申请公开: received, answered, carried forward…), checked on the draft. */

import { readParagraph, type Quantity, type ReadingContext } from '../core/sentences';
import type { Facts } from './facts';
import type { DraftKind } from './targets';

interface Requirement {
  /** Quantities any of which, bound in the draft, states the fact. */
  quantities: Quantity[];
  /** Words that state it when the figure is 0 (未收到申请, 无结转). */
  none?: RegExp;
  /** The figure the table gives, for the marker. */
  value: (f: Facts) => number | undefined;
  zh: string;
}

const APPLICATIONS: Requirement[] = [
  {
    quantities: ['R1', 'R1R2'],
    none: /(未|没有)(收到|受理|接到)[^。；，]{0,12}申请/,
    value: (f) => f.applications?.R1,
    zh: '本年新收政府信息公开申请数',
  },
  {
    quantities: ['T'],
    none: /(未|没有|无)[^。；，]{0,6}(办结|答复)/,
    value: (f) => f.applications?.T,
    zh: '本年度办结（答复）申请数',
  },
  {
    quantities: ['R4'],
    none: /(无|没有|未)[^。；，]{0,8}结转|均已(办结|答复)|全部(办结|答复)/,
    value: (f) => f.applications?.R4,
    zh: '结转下年度继续办理的申请数',
  },
];

const REVIEW: Requirement[] = [
  {
    quantities: ['reconsideration', 'reviewAll'],
    none: /(未|没有|无)(发生|出现|涉及)?[^。；，]{0,24}复议/,
    value: (f) => f.review?.reconsideration,
    zh: '行政复议的件数',
  },
  {
    quantities: ['litigation', 'reviewAll'],
    none: /(未|没有|无)(发生|出现|涉及)?[^。；，]{0,24}诉讼/,
    value: (f) => f.review?.litigation,
    zh: '行政诉讼的件数',
  },
];

/** The fee statement 六 must make (since the 2021 format), and its marker. */
export const FEES = '信息处理费的收取情况（发出收费通知的件数和金额、实际收取的金额；未收取也应写明）';

/** Whether a heading must state the fees: 六 whole or its fee part; not another sub-heading of 六. */
export function statesFees(kind: DraftKind, level: number, year: number): boolean {
  return year >= 2021 && (kind === 'fees' || (kind === 'other' && level <= 2));
}

function requirementsOf(kind: DraftKind, facts: Facts): Requirement[] {
  if (kind === 'applications' && facts.applications) return APPLICATIONS;
  if (kind === 'review' && facts.review) return REVIEW;
  return [];
}

/**
 * The facts a heading must state that a draft leaves out, as 【待核实】 texts naming the table's figure;
 * and for 六 or its fee part, the fee statement. Nothing passes silently.
 */
export function missingRequired(
  kind: DraftKind,
  text: string,
  context: ReadingContext,
  facts: Facts,
  level = 2,
): string[] {
  const out: string[] = [];
  const figures = readParagraph(text, context).figures;
  for (const r of requirementsOf(kind, facts)) {
    const value = r.value(facts);
    if (value === undefined) continue;
    if (figures.some((f) => f.quantities.some((q) => r.quantities.includes(q)))) continue;
    if (value === 0 && r.none?.test(text)) continue;
    out.push(`草稿未写明${r.zh}（表格为${value}件）`);
  }
  if (statesFees(kind, level, facts.year) && !/处理费|收费/.test(text)) out.push(FEES);
  return out;
}
