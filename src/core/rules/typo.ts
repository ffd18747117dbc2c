import { fullWidthPunctuation, HAS_WHITESPACE_RE, simplify, WHITESPACE_RE } from '../formats/labels';
import { TRADITIONAL_ONLY } from '../formats/traditional';
import { readNumber } from '../tables';
import { CJK } from '../text';
import { proseLines, rangeIn } from './prose';
import { defineRule } from './types';

const CJK_OR_PUNCT = new RegExp(`[${CJK}\\u3000-\\u303f\\uff00-\\uffef“”‘’《》]`);
const URLISH = /(https?:\/\/|www\.)[\w.~:/?#[\]@!$&'*+=%-]+|[\w.+-]+@[\w-]+\.[\w.]+|\]\([^()\s]*\)/g;

/**
 * Offsets of half-width `( ) : , ;` that touch Chinese text, outside URLs, e-mail addresses and Markdown
 * link destinations (`[指南](zn.html)`), with the partner of each bracket.
 */
function halfWidthMarks(line: string): number[] {
  if (!/[():,;]/.test(line)) return [];
  const skip: Array<[number, number]> = [];
  URLISH.lastIndex = 0;
  for (let m = URLISH.exec(line); m; m = URLISH.exec(line)) skip.push([m.index, m.index + m[0].length]);
  const out: number[] = [];
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (!'():,;'.includes(c) || skip.some(([a, b]) => i >= a && i < b)) continue;
    const prev = line[i - 1] ?? '';
    const next = line[i + 1] ?? '';
    if (/\d/.test(prev) && /\d/.test(next)) continue; // 08:50, 1,000
    if (
      CJK_OR_PUNCT.test(prev) ||
      CJK_OR_PUNCT.test(next) ||
      (c === '(' && CJK_OR_PUNCT.test(line[i + 2] ?? '')) ||
      (c === ')' && CJK_OR_PUNCT.test(line[i - 2] ?? ''))
    )
      out.push(i);
  }
  return withPartners(line, out, skip);
}

/** Brackets go in pairs: where one of a pair is to be full-width, its partner is too (见附件(B) → 见附件（B）). */
function withPartners(line: string, marks: number[], skip: ReadonlyArray<[number, number]>): number[] {
  const chosen = new Set(marks);
  const open: number[] = [];
  for (let i = 0; i < line.length; i++)
    if (skip.some(([a, b]) => i >= a && i < b)) continue;
    else if (line[i] === '(') open.push(i);
    else if (line[i] === ')' && open.length) {
      const j = open.pop()!;
      if (chosen.has(i) || chosen.has(j)) chosen.add(i).add(j);
    }
  return [...chosen].sort((a, b) => a - b);
}

export const punctuationWidth = defineRule({
  code: 'NB601',
  name: 'typo.punctuation-width',
  severity: 'info',
  fixable: true,
  title: { zh: '中文中使用了半角标点', en: 'Half-width punctuation in Chinese text' },
  description: {
    zh: '中文之间使用了半角的 ( ) : , ;（表格标签和正文）。',
    en: 'Half-width ( ) : , ; between Chinese characters, in labels and text.',
  },
  check({ report, tables }, emit) {
    for (const line of proseLines(report)) {
      const marks = halfWidthMarks(line.text);
      if (!marks.length) continue;
      const shown = marks.map((i) => line.text[i]).join(' ');
      emit({
        range: rangeIn(report, line.offset, marks[0], marks[marks.length - 1] + 1),
        message: {
          zh: `中文中使用了${marks.length}处半角标点（${shown}），应使用全角`,
          en: `${marks.length} half-width punctuation mark(s) (${shown}) in Chinese text; use full-width`,
        },
        fix: {
          title: { zh: '改为全角标点', en: 'Use full-width punctuation' },
          edits: marks.map((i) => ({
            range: rangeIn(report, line.offset, i, i + 1),
            newText: fullWidthPunctuation(line.text[i]),
          })),
        },
      });
    }
    for (const t of tables.byId.values())
      for (const l of t.labels) {
        if (l.deviation.kind !== 'cosmetic' || !l.deviation.width) continue;
        emit({
          range: l.cell.range,
          message: {
            zh: `「${l.cell.text}」使用了半角标点，应为「${l.official}」`,
            en: `“${l.cell.text}” uses half-width punctuation; the official label is “${l.official}”`,
          },
          fix: {
            title: { zh: `改为「${l.official}」`, en: `Replace with “${l.official}”` },
            edits: [{ range: l.cell.range, newText: l.official }],
          },
        });
      }
  },
});

export const whitespace = defineRule({
  code: 'NB602',
  name: 'typo.whitespace',
  severity: 'info',
  fixable: true,
  title: { zh: '标签或数字中有多余空白', en: 'Stray whitespace in a label or number' },
  description: {
    zh: '表格标签或数字中夹有空格、全角空格（U+3000）、不间断空格或换行。',
    en: 'Stray spaces, U+3000, NBSP or line breaks inside a label or a number.',
  },
  check({ tables }, emit) {
    for (const t of tables.byId.values()) {
      for (const l of t.labels) {
        if (l.deviation.kind !== 'cosmetic' || !l.deviation.whitespace || l.deviation.width) continue;
        emit({
          range: l.cell.range,
          message: {
            zh: `标签「${l.cell.text}」中有多余空白，应为「${l.official}」`,
            en: `The label “${l.cell.text}” contains stray whitespace; expected “${l.official}”`,
          },
          fix: {
            title: { zh: '删除空白', en: 'Remove the whitespace' },
            edits: [{ range: l.cell.range, newText: l.official }],
          },
        });
      }
      // One finding per row: padded numbers come a whole row (or table) at a time.
      for (const row of t.rowByKey.values()) {
        const padded = [...t.columnIndex.values()]
          .map((i) => row.cells[i])
          .filter((c) => c && HAS_WHITESPACE_RE.test(c.text) && readNumber(c.text));
        if (!padded.length) continue;
        const show = (text: string) =>
          [...text].map((ch) => (ch === '\u3000' ? '[U+3000]' : ch === '\u00a0' ? '[NBSP]' : ch)).join('');
        const first = padded[0];
        const last = padded[padded.length - 1];
        const clean = first.text.replace(WHITESPACE_RE, '');
        emit({
          range: { start: first.range.start, end: last.range.end },
          message:
            padded.length === 1
              ? {
                  zh: `数字「${show(first.text)}」中有多余空白，应为「${clean}」`,
                  en: `The number “${show(first.text)}” contains stray whitespace; expected “${clean}”`,
                }
              : {
                  zh: `「${row.cells[0]?.text ?? ''}」一行有${padded.length}个数字夹有多余空白（如「${show(first.text)}」）`,
                  en:
                    `${padded.length} numbers in the row “${row.cells[0]?.text ?? ''}” contain stray ` +
                    `whitespace (e.g. “${show(first.text)}”)`,
                },
          fix: {
            title: { zh: '删除空白', en: 'Remove the whitespace' },
            edits: padded.map((c) => ({ range: c.range, newText: c.text.replace(WHITESPACE_RE, '') })),
          },
        });
      }
    }
  },
});

const QUOTED_CJK_RE = new RegExp(`"([^"]*[${CJK}][^"]*)"`, 'g');
const TRADITIONAL_RE = new RegExp(`[${TRADITIONAL_ONLY}]+`, 'gu');

export const wording = defineRule({
  code: 'NB603',
  name: 'typo.wording',
  severity: 'info',
  fixable: true,
  title: { zh: '不规范用字', en: 'Non-standard wording' },
  description: {
    zh: '有固定替换的不规范写法：「其它」→「其他」，三级序号「1、」→「1.」，简体文中的繁体字，中文词语两侧的英文引号。',
    en:
      'Non-standard wording with a fixed replacement: 其它→其他, 1、→1., traditional ' +
      'characters, ASCII quotes around Chinese words.',
  },
  check({ report }, emit) {
    for (const line of proseLines(report)) {
      const found: Array<{ start: number; end: number; to: string; zh: string; en: string }> = [];
      for (let i = line.text.indexOf('其它'); i >= 0; i = line.text.indexOf('其它', i + 2))
        found.push({ start: i, end: i + 2, to: '其他', zh: '「其它」应为「其他」', en: '“其它” should be “其他”' });
      // A ### heading numbered 2、 is a level-2 heading misnumbered (NB104), not a level-3 number.
      const level3 = line.heading ? null : /^(\s*)(\d{1,2})、/.exec(line.text);
      if (level3) {
        const at = level3[1].length;
        found.push({
          start: at,
          end: at + level3[2].length + 1,
          to: `${level3[2]}.`,
          zh: `三级序号「${level3[2]}、」应为「${level3[2]}.」`,
          en: `Level-3 number “${level3[2]}、” should be “${level3[2]}.”`,
        });
      }
      TRADITIONAL_RE.lastIndex = 0;
      for (let m = TRADITIONAL_RE.exec(line.text); m; m = TRADITIONAL_RE.exec(line.text)) {
        const to = simplify(m[0]);
        found.push({
          start: m.index,
          end: m.index + m[0].length,
          to,
          zh: `繁体字「${m[0]}」应为「${to}」`,
          en: `Traditional “${m[0]}” should be “${to}”`,
        });
      }
      const quotes = QUOTED_CJK_RE;
      quotes.lastIndex = 0;
      for (let m = quotes.exec(line.text); m; m = quotes.exec(line.text)) {
        found.push({
          start: m.index,
          end: m.index + m[0].length,
          to: `“${m[1]}”`,
          zh: `中文引号应为“”：${m[0]}`,
          en: `Use Chinese quotation marks: ${m[0]}`,
        });
      }
      for (const f of found)
        emit({
          range: rangeIn(report, line.offset, f.start, f.end),
          message: { zh: f.zh, en: f.en },
          fix: {
            title: { zh: `改为「${f.to}」`, en: `Replace with “${f.to}”` },
            edits: [{ range: rangeIn(report, line.offset, f.start, f.end), newText: f.to }],
          },
        });
    }
  },
});

export const typoRules = [punctuationWidth, whitespace, wording];
