/** The table facts as the prompt states them: one line per figure, named as in the official tables. */

import type { Tables } from '../core/tables';
import type { Facts, ReviewFacts } from './facts';

/** Table 三: received, carried over, answered with each result (and the items of 不予公开…), carried forward. */
export function applicationFacts(a: Facts['applications'], tables: Tables): string[] {
  if (!a) return [];
  const lines = [
    `本年新收政府信息公开申请：${a.R1}件`,
    `上年结转政府信息公开申请：${a.R2}件`,
    `本年度办结（答复）：${a.T}件（予以公开${a.A}件、部分公开${a.B}件、不予公开${a.C}件、无法提供${a.D}件、不予处理${a.E}件、其他处理${a.F}件）`,
  ];
  const def = tables.get('applications')?.def;
  for (const group of ['C', 'D', 'E', 'F'] as const) {
    if (!a[group]) continue;
    const items = (def?.rows ?? [])
      .filter((r) => r.key !== group && r.key.startsWith(group) && !r.labelOnly)
      .map((r) => [r.label.replace(/^\d+\./, ''), tables.value('applications', r.key, 'total')] as const)
      .filter(([, n]) => n > 0)
      .map(([label, n]) => `${label}${n}件`);
    if (items.length) lines.push(`其中${NAMES[group]}：${items.join('、')}`);
  }
  lines.push(`结转下年度继续办理：${a.R4}件`);
  return lines;
}

const NAMES = { C: '不予公开', D: '无法提供', E: '不予处理', F: '其他处理' };
const RESULTS = { upheld: '结果维持', corrected: '结果纠正', other: '其他结果', pending: '尚未审结' } as const;

/** Table 四: each group's count and its results. */
export function reviewFacts(r: ReviewFacts | undefined): string[] {
  if (!r) return [];
  const group = (name: string, n: number, results: ReviewFacts['results']['reconsideration']) => {
    const parts = (Object.keys(RESULTS) as Array<keyof typeof RESULTS>)
      .filter((k) => results[k] > 0)
      .map((k) => `${RESULTS[k]}${results[k]}件`);
    return `${name}：${n}件${parts.length ? `（${parts.join('、')}）` : ''}`;
  };
  return [
    group('行政复议', r.reconsideration, r.results.reconsideration),
    group('行政诉讼', r.litigation, r.results.litigation),
  ];
}

/** Section 二: every figure of the 条例 article 20 tables. */
export function activeFacts(active: Facts['active']): string[] {
  return active.map((x) => `${x.caption}·${x.row}·${x.column}：${x.value}`);
}
