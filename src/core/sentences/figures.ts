/** Every figure of a paragraph: its value, span, written form, measure word and kind. */

import { asciiDigits, decimalsOf, fixedNameSpans, numeralValue } from './numerals';
import { APPROX_BEFORE, linkRanges, readCount, readDate, readFraction, type Raw } from './shapes';
import type { FigureForm, FigureKind } from './types';

const CN = '[零〇一二两三四五六七八九十百千万亿]';
const CN_NUM = `${CN}+(?:点[零〇一二三四五六七八九]+)?`;
const AR_NUM = '\\d+(?:,\\d{3})+(?![\\d])|\\d+(?:\\.\\d+)?';
/** Measure words and units, longest first. */
const UNITS =
  // eslint-disable-next-line max-len -- a word list: a data table
  '个工作日|工作日|个自然日|自然日|个百分点|个月|个小时|小时|分钟|人次|件次|万元|亿元|千元|元|件|条|篇|场|次|个|人|名|户|家|份|期|项|起|批|类|宗|例|天|日|年|周|张|册|本|套|台|部|所|座|间|处|位|轮|学时|课时|字';

/** The scanner: one alternative per shape, tried left to right at each position. */
const SCAN = new RegExp(
  [
    // 1 doc number in square or hexagonal brackets: 〔2021〕30号
    `(?<doc>[〔［\\[【]\\s*(?<docYear>\\d{4})\\s*[〕］\\]】]\\s*(?:第\\s*)?(?<docNo>\\d+)?\\s*号?)`,
    // 2 court or other numbers in round brackets followed by 号: （2023）沪0101行初12号
    `(?<paren>[（(]\\s*(?<parenYear>\\d{4})\\s*[）)](?=[^，。；\\n]{0,14}号))`,
    // 3 dates written with separators: 2024-01-25
    `(?<iso>(?<![\\d.])(?<isoY>\\d{4})[-/.](?<isoM>\\d{1,2})[-/.](?<isoD>\\d{1,2})(?![\\d]))`,
    // 4 telephone numbers
    `(?<phone>(?<![\\d-])(?:0\\d{2,3}[-－—]\\d{7,8}|\\d{4}-\\d{7}|1[3-9]\\d{9})(?!\\d))`,
    // 5 a range of years: 2024－2027年
    `(?<yr>(?<yrFrom>\\d{4})\\s*(?<yrSep>[-－—–~～至到]+)\\s*(?<yrTo>\\d{4})\\s*年)`,
    // 6 year, month, day (Arabic)
    `(?<ymd>(?<y>\\d{4})\\s*年(?:\\s*(?<m>\\d{1,2})\\s*月(?:\\s*(?<d>\\d{1,2})\\s*[日号])?)?)`,
    // 7 year, month, day (Chinese)
    `(?<cymd>(?<cy>[〇零一二三四五六七八九]{4})\\s*年(?:\\s*(?<cm>[一二三四五六七八九十]{1,2})\\s*月(?:` +
      `\\s*(?<cd>[一二三四五六七八九十]{1,3})\\s*[日号])?)?)`,
    // 8 month and day without year
    `(?<md>(?<![\\d.])(?<mm>\\d{1,2}|[一二三四五六七八九十]{1,2})\\s*月(?:份|底|初|中旬|上旬|下旬)?(?:` +
      `\\s*(?<dd>\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*[日号])?)`,
    // 9 percentages
    `(?<pct>(?<pctNum>\\d+(?:\\.\\d+)?)\\s*(?<pctUnit>%|个百分点))`,
    `(?<cpct>百分之(?<cpctNum>${CN_NUM}))`,
    // 10 fractions: 四分之一, 六成
    `(?<frac>(?<fracDen>\\d+|${CN}+)\\s*分之\\s*(?<fracNum>\\d+|${CN}+))`,
    `(?<tenth>(?<![统每唯同之其单逐任进万完建达形组构促])(?<tenthNum>\\d|[一二两三四五六七八九])\\s*成(?![立为功果员本熟效长型就绩交都人品]))`,
    // 11 articles, ordinals, numbered documents: 第二十条, 第（五）项, 第1次, 第30号
    `(?<art>第\\s*[（(]?\\s*(?<artNum>\\d+|[零〇一二三四五六七八九十百两]+)\\s*[）)` +
      `]?\\s*(?<artUnit>号令|号|条|款|项|次|届|批|期|季度|名|位|轮|个|部分|阶段|年|天|章|节|版|卷|页|类)?)`,
    // 12 counts, amounts and bare numbers
    `(?<num>(?<numText>${AR_NUM}|${CN_NUM})\\s*(?<mag>万|亿)?\\s*(?<approx>余|多)?\\s*(?<unit>${UNITS})?)`,
  ].join('|'),
  'g',
);

const base = (start: number, end: number, text: string, value: number, form: FigureForm, kind: FigureKind): Raw => ({
  value,
  text,
  start,
  end,
  unitEnd: end,
  form,
  kind,
  approximate: false,
  precision: 0,
  // Every field from the start, so that all figures share one shape (the reader fills these in).
  range: undefined,
  date: undefined,
  unit: undefined,
  quoted: false,
  plan: false,
  carryOver: false,
  asOf: false,
  lastYear: false,
  change: false,
  quantities: [],
  item: undefined,
  column: undefined,
  share: undefined,
});

/** Scans a paragraph for figures (their tense, quotation and meaning are added by the reader). */
export function scanFigures(source: string): Raw[] {
  const text = asciiDigits(source);
  const fixed = fixedNameSpans(text);
  const out: Raw[] = [];
  SCAN.lastIndex = 0;
  for (let m = SCAN.exec(text); m; m = SCAN.exec(text)) {
    const g = m.groups!;
    const at = m.index;
    const formOf = (s: number, e: number): FigureForm =>
      /[０-９]/.test(source.slice(s, e)) ? 'fullwidth' : /\d/.test(text.slice(s, e)) ? 'arabic' : 'chinese';
    const figure = (s: number, written: string, kind: FigureKind, value = numeralValue(written)) => {
      if (value === undefined) return undefined;
      const f = base(
        s,
        s + written.length,
        source.slice(s, s + written.length),
        value,
        formOf(s, s + written.length),
        kind,
      );
      out.push(f);
      return f;
    };
    if (g.doc) {
      figure(at + m[0].indexOf(g.docYear), g.docYear, 'docNumber');
      if (g.docNo) figure(at + m[0].lastIndexOf(g.docNo), g.docNo, 'docNumber');
    } else if (g.paren) figure(at + m[0].indexOf(g.parenYear), g.parenYear, 'docNumber');
    else if (g.iso) {
      const f = figure(at, g.isoY, 'date');
      if (f) {
        f.unitEnd = at + m[0].length;
        f.date = { year: Number(g.isoY), month: Number(g.isoM), day: Number(g.isoD) };
      }
    } else if (g.phone) figure(at, g.phone, 'phone', Number(g.phone.replace(/\D/g, '')));
    else if (g.yr) {
      const a = figure(at, g.yrFrom, 'year');
      const b = figure(at + m[0].lastIndexOf(g.yrTo), g.yrTo, 'year');
      if (a && b) {
        Object.assign(a, { range: 'from', unit: '年', date: { year: a.value } });
        Object.assign(b, { range: 'to', unit: '年', unitEnd: b.end + 1, date: { year: b.value } });
      }
    } else if (g.ymd || g.cymd) readDate(m, figure);
    else if (g.md) {
      const f = figure(at, g.mm, 'date');
      if (f) {
        f.unitEnd = at + m[0].length;
        f.date = { month: numeralValue(g.mm), day: g.dd ? numeralValue(g.dd) : undefined };
      }
    } else if (g.pct || g.cpct) {
      const written = g.pctNum ?? g.cpctNum;
      const s = g.pct ? at : at + 3;
      const f = figure(s, written, 'percentage');
      if (f) {
        f.unit = g.pctUnit ?? '%';
        f.unitEnd = at + m[0].length;
        f.precision = Math.pow(10, -decimalsOf(written));
        f.approximate =
          APPROX_BEFORE.test(text.slice(Math.max(0, at - 2), at)) || /^(以上|左右|多)/.test(text.slice(f.unitEnd));
        if (g.cpct) Object.assign(f, { start: at, end: f.unitEnd, text: source.slice(at, f.unitEnd) });
      }
    } else if (g.frac || g.tenth) readFraction(m, figure, text);
    else if (g.art) {
      // 第三方 (a third party) names no third thing.
      if (fixed.some(([a, b]) => at >= a && at < b)) continue;
      const unit = g.artUnit;
      const kind: FigureKind = !unit
        ? 'ordinal'
        : /号/.test(unit)
          ? 'docNumber'
          : /[条款项]/.test(unit)
            ? 'article'
            : 'ordinal';
      if (kind === 'article' && unit === '项' && !/[（(]/.test(m[0]) && !/条/.test(text.slice(Math.max(0, at - 6), at)))
        figure(at + m[0].indexOf(g.artNum), g.artNum, 'ordinal');
      else {
        const f = figure(at + m[0].indexOf(g.artNum), g.artNum, kind);
        if (f) Object.assign(f, { unit, start: at, unitEnd: at + m[0].length });
      }
    } else if (g.num) readCount(m, figure, text, fixed);
  }
  return linkRanges(out, text);
}
