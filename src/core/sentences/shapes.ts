/** The shapes a scanned figure takes: dates, fractions, counts with their kind, ranges. */

import { isWordTail, numeralValue } from './numerals';
import type { Figure, FigureKind } from './types';

/** A figure as scanned, before the reader places it in its sentence (its tense and meaning still unset). */
export type Raw = Figure;

/** Makes a figure of a span of the paragraph (undefined when the numeral has no value). */
export type MakeFigure = (s: number, written: string, kind: FigureKind, value?: number) => Raw | undefined;

/** A year, or a date with month and day (plausible years only: 1000年 is a count). */
export function readDate(m: RegExpExecArray, figure: MakeFigure): void {
  const g = m.groups!;
  const yearText = g.y ?? g.cy;
  const year = numeralValue(yearText);
  // Only plausible years: 4-digit counts of something else (1000年) are not years.
  if (year === undefined || year < 1900 || year > 2100) return;
  const month = g.m ?? g.cm;
  const day = g.d ?? g.cd;
  const f = figure(m.index, yearText, month ? 'date' : 'year', year);
  if (!f) return;
  f.unit = '年';
  f.unitEnd = m.index + m[0].length;
  f.date = { year, month: month ? numeralValue(month) : undefined, day: day ? numeralValue(day) : undefined };
}

/** 四分之一, 六成: a share in percent, 成 to the nearest ten. */
export function readFraction(m: RegExpExecArray, figure: MakeFigure, text: string): void {
  const g = m.groups!;
  let value: number | undefined;
  if (g.frac) {
    const den = numeralValue(g.fracDen);
    const num = numeralValue(g.fracNum);
    if (den && num !== undefined) value = (num / den) * 100;
  } else value = (numeralValue(g.tenthNum) ?? NaN) * 10;
  if (value === undefined || Number.isNaN(value)) return;
  const f = figure(m.index, m[0], 'percentage', value);
  if (!f) return;
  f.form = 'fraction';
  f.precision = g.tenth ? 10 : 0.5;
  f.approximate =
    APPROX_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index)) ||
    /^(以上|左右|多|余)/.test(text.slice(m.index + m[0].length));
}

/** Words before a figure that make it approximate. */
export const APPROX_BEFORE = /(约|近|超过|逾|超|大约|将近|接近)$/;

/** A number with its measure word or unit (Chinese numerals only with one), its magnitude and kind. */
export function readCount(m: RegExpExecArray, figure: MakeFigure, text: string, fixed: Array<[number, number]>): void {
  const g = m.groups!;
  const written = g.numText;
  const chinese = !/^\d/.test(written);
  const at = m.index;
  if (chinese && (!g.unit || isWordTail(text.slice(0, at), written))) return;
  if (fixed.some(([s, e]) => at >= s && at < e)) return;
  // A number glued to a digit run or decimal point is part of another (year parts, 3.5万).
  if (/[\d.]$/.test(text.slice(0, at))) return;
  let unit = g.unit;
  let numeral = written;
  let mag = g.mag;
  // 一百二十万元 is 120 万元, as 120万元 is: the magnitude belongs to the unit of money.
  if (chinese && !mag && unit?.startsWith('元') && /[万亿]$/.test(numeral)) {
    mag = numeral.slice(-1);
    numeral = numeral.slice(0, -1);
  }
  let value = numeralValue(numeral);
  if (value === undefined) return;
  if (mag && unit?.startsWith('元')) unit = `${mag}${unit}`;
  else if (mag) value *= mag === '万' ? 1e4 : 1e8;
  const f = figure(at, numeral, 'count', value);
  if (!f) return;
  f.unit = unit;
  f.unitEnd = at + m[0].length;
  if (!unit) f.unitEnd = at + m[0].replace(/\s+$/, '').length;
  f.approximate = !!g.approx || APPROX_BEFORE.test(text.slice(Math.max(0, at - 2), at));
  f.precision = 0;
  f.kind = kindOfCount(f, text);
}

const HOTLINE_AFTER = /^\s*(热线|便民热线|服务热线|政务服务|电话|短信|平台|专线)/;
const TIME_LIMIT_UNITS = /^(个工作日|工作日|个自然日|自然日)$/;

function kindOfCount(f: Raw, text: string): FigureKind {
  const unit = f.unit;
  const after = text.slice(f.unitEnd, f.unitEnd + 2);
  const before = text.slice(Math.max(0, f.start - 6), f.start);
  if (unit && /元$/.test(unit)) return 'amount';
  if (unit && TIME_LIMIT_UNITS.test(unit)) return 'timeLimit';
  if (unit && /^(日|天|个月|小时|个小时|周)$/.test(unit)) {
    if (/^[以之]?内/.test(after) || /(延长|期限|时限|用时|时间|平均|在|于|提前)$/.test(before)) return 'timeLimit';
    return unit === '日' ? 'date' : 'count';
  }
  const tail = text.slice(f.unitEnd, f.unitEnd + 8);
  if (!unit && /^\d{3,}$/.test(f.text) && (HOTLINE_AFTER.test(tail) || /(拨打|热线|电话|传真)[:：]?$/.test(before)))
    return 'phone';
  return unit ? 'count' : 'number';
}

/** 4至6个工作日, 1月1日至12月31日: both ends of a range, the first taking the unit of the second. */
export function linkRanges(figures: Raw[], text: string): Raw[] {
  for (let i = 0; i + 1 < figures.length; i++) {
    const a = figures[i];
    const b = figures[i + 1];
    if (a.range || b.range) continue;
    const between = text.slice(a.unitEnd, b.start);
    if (!/^\s*起?\s*(至|到|~|～|-|－|—|–|——)\s*$/.test(between)) continue;
    const sameKind = a.kind === b.kind || (a.kind === 'number' && !a.unit);
    if (!sameKind && !(a.kind === 'date' && b.kind === 'date')) continue;
    if (a.kind === 'number' && !a.unit) Object.assign(a, { unit: b.unit, kind: b.kind });
    a.range = 'from';
    b.range = 'to';
  }
  return figures;
}
