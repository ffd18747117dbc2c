/** Numerals as written in report prose: Arabic, full-width, Chinese, with decimals and 万/亿. */

import { parseChineseNumber } from '../numbers';

/** Full-width digits and signs mapped one for one to ASCII, so that offsets stay those of the source. */
export function asciiDigits(text: string): string {
  if (!/[０-９％．]/.test(text)) return text;
  return text.replace(/[０-９％．]/g, (c) => {
    if (c === '％') return '%';
    if (c === '．') return '.';
    return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
  });
}

/** Value of a numeral written in Arabic (with thousands commas) or Chinese digits, with 点 decimals. */
export function numeralValue(written: string): number | undefined {
  if (/^\d/.test(written)) return Number(written.replace(/,/g, ''));
  const [whole, decimals] = written.split('点');
  const w = parseChineseNumber(whole);
  if (w === undefined) return undefined;
  if (decimals === undefined) return w;
  // Decimals are digits one by one (三点一四); 十点十 is no number.
  if (!/^[零〇一二三四五六七八九]+$/.test(decimals)) return undefined;
  return Number(`${w}.${[...decimals].map((c) => parseChineseNumber(c)).join('')}`);
}

/** Digits after the decimal point. */
export function decimalsOf(written: string): number {
  const m = /[.点](.+)$/.exec(written);
  return m ? m[1].length : 0;
}

/**
 * Fixed names that contain a numeral and a measure word but count nothing: 一次性告知, 一件事一次办,
 * 一网通办, 三类内部事务信息, 一批 (a number of), 第三方 (a third party)… (a figure starting inside one is not
 * read).
 */
export const FIXED_NAMES =
  // eslint-disable-next-line max-len -- a word list: a data table
  /一次性|一件事(一次办)?|一件一档|一次办|最多跑一次|一网通办|一网统管|一站式|一窗受理|一门式|一号通|一码通|一张网|一揽子|一体化|一把手|一线|一系列|一起|一年来|一年以来|三类内部事务信息|四类过程性信息|两微一端|三安全一稳定|[一二三四五六七八九十]+届[一二三四五六七八九十]+中全会|十[一二三四五六]五|一批次?|第三方/g;

/** Spans of the fixed names in a text. */
export function fixedNameSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  FIXED_NAMES.lastIndex = 0;
  for (let m = FIXED_NAMES.exec(text); m; m = FIXED_NAMES.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** A lone 一 at the end of a word (统一, 每一, 唯一, 进一, 下一年度) is not a numeral. */
export function isWordTail(before: string, numeral: string): boolean {
  return numeral === '一' && /[统每唯同第之其单逐任进万上下]$/.test(before);
}
