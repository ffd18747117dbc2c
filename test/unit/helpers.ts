import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { check, type CheckOptions } from '../../src/core/check';
import { applyEdits } from '../../src/core/edits';
import type { Finding } from '../../src/core/rules/types';

/** The repository root (tests run from out/test/unit). */
export const ROOT = resolve(__dirname, '../../..');
/** The shared knowledge folder beside the repository (spec, examples). */
export const SHARED = process.env.NIANBAO_SHARED ?? resolve(ROOT, '../shared');

export function readShared(rel: string): string {
  return readFileSync(resolve(SHARED, rel), 'utf8');
}

export const SAMPLE_2021 = 'examples/report-2021-sample.md';
export const SAMPLE_2022 = 'examples/report-2022-sample.md';

/** Options that read `previous` relative to a shared file. */
export function sharedReader(rel: string): CheckOptions['readPrevious'] {
  return (ref) => {
    try {
      return readFileSync(resolve(dirname(resolve(SHARED, rel)), ref), 'utf8');
    } catch {
      return undefined;
    }
  };
}

/** Replaces one occurrence of `from`, failing loudly when the text does not contain it. */
export function mutate(text: string, from: string, to: string): string {
  const i = text.indexOf(from);
  if (i < 0) throw new Error(`mutation target not found: ${from}`);
  return text.slice(0, i) + to + text.slice(i + from.length);
}

export function findings(text: string, options?: CheckOptions): Finding[] {
  return check(text, options).findings;
}

/** Findings of severity error or warning, as `CODE` strings. */
export function serious(text: string, options?: CheckOptions): string[] {
  return findings(text, options)
    .filter((f) => f.severity !== 'info')
    .map((f) => `${f.code} ${f.message}`);
}

export function codes(list: Finding[]): string[] {
  return list.map((f) => f.code);
}

/** Applies the fix of every finding with `code` (one pass). */
export function applyFixes(text: string, code: string, options?: CheckOptions): string {
  const edits = findings(text, options)
    .filter((f) => f.code === code && f.fix)
    .flatMap((f) => f.fix!.edits);
  if (!edits.length) throw new Error(`no fix offered for ${code}`);
  return applyEdits(text, edits).text;
}

/** The text of a 0-based range. */
export function textAt(text: string, f: Finding): string {
  const lines = text.split('\n');
  const { start, end } = f.range;
  if (start.line === end.line) return lines[start.line].slice(start.character, end.character);
  return [
    lines[start.line].slice(start.character),
    ...lines.slice(start.line + 1, end.line),
    lines[end.line].slice(0, end.character),
  ].join('\n');
}

/**
 * A clean report for 2020 in the 2019 format, made from the 2021 sample at test time: other year,
 * other unit, the five 2019 section-二 tables and the single-row （六）其他处理.
 */
export function report2020(): string {
  let s = readShared(SAMPLE_2021)
    .replace('year: 2021', 'year: 2020')
    .replace('2021年政府信息公开工作年度报告', '2020年政府信息公开工作年度报告')
    .replaceAll('青山市云溪区数据局', '青山市云溪区交通运输局')
    .replace('（国办公开办函〔2021〕30号）', '（国办公开办函〔2019〕60号）')
    .replace('2021年1月1日起至2021年12月31日', '2020年1月1日起至2020年12月31日')
    .replaceAll('2021年，我局', '2020年，我局')
    .replace('2022年1月20日', '2021年1月18日');
  const tables2019 = [
    '| 第二十条第（一）项 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |',
    '| --- | --: | --: | --: |',
    '| 规章 | 0 | 0 | 0 |',
    '| 规范性文件 | 2 | 2 | 17 |',
    '',
    '| 第二十条第（五）项 | 上一年项目数量 | 本年增/减 | 处理决定数量 |',
    '| --- | --: | --: | --: |',
    '| 行政许可 | 12 | -1 | 3417 |',
    '| 其他对外管理服务事项 | 4 | 0 | 96 |',
    '',
    '| 第二十条第（六）项 | 上一年项目数量 | 本年增/减 | 处理决定数量 |',
    '| --- | --: | --: | --: |',
    '| 行政处罚 | 205 | 3 | 612 |',
    '| 行政强制 | 8 | 0 | 5 |',
    '',
    '| 第二十条第（八）项 | 上一年项目数量 | 本年增/减 |',
    '| --- | --: | --: |',
    '| 行政事业性收费 | 2 | 0 |',
    '',
    '| 第二十条第（九）项 | 采购项目数量 | 采购总金额 |',
    '| --- | --: | --: |',
    '| 政府集中采购 | 6 | 251000元 |',
    '',
    '',
  ].join('\n');
  s = s.slice(0, s.indexOf('| 第二十条第（一）项')) + tables2019 + s.slice(s.indexOf('## 三、'));
  s =
    s.slice(0, s.indexOf('| （六）其他处理 |')) +
    '| （六）其他处理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n' +
    s.slice(s.indexOf('| （七）总计 |'));
  return s;
}
