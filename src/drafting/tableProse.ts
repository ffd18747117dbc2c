/** The sentences the tables give: applications (三), reconsideration and lawsuits (四), article 20 (二). */

import type { Facts, ReviewFacts } from './facts';

const RESULTS: Array<['A' | 'B' | 'C' | 'D' | 'E' | 'F', string]> = [
  ['A', '予以公开'],
  ['B', '部分公开'],
  ['C', '不予公开'],
  ['D', '无法提供'],
  ['E', '不予处理'],
  ['F', '其他处理'],
];

/**
 * 三 in one sentence: received (未收到 when 0), carried over, answered with each result, carried
 * forward (均已办结 when none). `variant` words it another way (for a section too like last year's).
 */
export function applicationsSentence(f: Facts, opener: string, variant = 0): string | undefined {
  const a = f.applications;
  if (!a) return undefined;
  if (!a.R1 && !a.R2 && !a.T) return `${opener}未收到政府信息公开申请，无上年结转申请。`;
  const received = a.R1
    ? variant
      ? `全年共新收政府信息公开申请${a.R1}件`
      : `新收政府信息公开申请${a.R1}件`
    : '未收到新的政府信息公开申请';
  const carried = a.R2 ? `，上年结转${a.R2}件` : '';
  const results = RESULTS.filter(([k]) => a[k] > 0).map(([k, label]) => `${label}${a[k]}件`);
  let answered = variant ? `；已办理答复${a.T}件` : `；办结${a.T}件`;
  if (results.length > 1) answered += `，其中${results.join('、')}`;
  else if (results.length === 1) answered += `，均为${results[0].replace(/\d+件$/, '')}`;
  const forward = a.R4 ? `；结转下年度继续办理${a.R4}件` : a.T ? '，无结转下年度继续办理的申请' : '';
  return `${opener}${received}${carried}${answered}${forward}。`;
}

const RESULT_WORDS = { upheld: '结果维持', corrected: '结果纠正', other: '其他结果', pending: '尚未审结' } as const;

function resultsOf(results: ReviewFacts['results']['reconsideration']): string {
  const parts = (Object.keys(RESULT_WORDS) as Array<keyof typeof RESULT_WORDS>)
    .filter((k) => results[k] > 0)
    .map((k) => `${RESULT_WORDS[k]}${results[k]}件`);
  return parts.length ? `，其中${parts.join('、')}` : '';
}

/** 四 in one sentence: none (未发生), or each group with its results. */
export function reviewSentence(f: Facts, opener: string): string | undefined {
  const r = f.review;
  if (!r) return undefined;
  if (!r.total) return `${opener}未发生因政府信息公开工作被申请行政复议或提起行政诉讼的情况。`;
  const reconsideration = r.reconsideration
    ? `因政府信息公开工作被申请行政复议${r.reconsideration}件${resultsOf(r.results.reconsideration)}`
    : '未发生因政府信息公开工作被申请行政复议的情况';
  const litigation = r.litigation
    ? `被提起行政诉讼${r.litigation}件${resultsOf(r.results.litigation)}`
    : '未发生行政诉讼';
  return `${opener}${reconsideration}；${litigation}。`;
}

/** 二 in one sentence: documents issued and in force, decisions made, fees collected (0 said as 未). */
export function activeSentence(f: Facts): string | undefined {
  const value = (row: string, column: string) => {
    const v = f.active.find((a) => a.row === row && a.column === column)?.value;
    return v === undefined ? undefined : Number(v);
  };
  const parts: string[] = [];
  for (const row of ['规章', '行政规范性文件', '规范性文件']) {
    const issued = value(row, '本年制发件数') ?? value(row, '本年新制作数量');
    const repealed = value(row, '本年废止件数');
    const valid = value(row, '现行有效件数') ?? value(row, '对外公开总数量');
    if (!issued && !repealed && !valid) continue;
    const did = [issued ? `制发${row}${issued}件` : `未制发${row}`, repealed ? `废止${repealed}件` : ''];
    parts.push(`${did.filter(Boolean).join('、')}${valid ? `，现行有效${valid}件` : ''}`);
  }
  const decisions = ['行政许可', '行政处罚', '行政强制']
    .map((row) => [row, value(row, '本年处理决定数量') ?? value(row, '处理决定数量')] as const)
    .filter(([, v]) => v && v > 0)
    .map(([row, v]) => `${row}决定${v}件`);
  if (decisions.length) parts.push(`作出${decisions.join('、')}`);
  const fee = value('行政事业性收费', '本年收费金额（单位：万元）');
  if (fee) parts.push(`收取行政事业性收费${fee}万元`);
  return parts.length ? `按照《条例》第二十条的规定，全年${parts.join('；')}。` : undefined;
}
