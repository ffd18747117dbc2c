import { SECTION_TITLES } from '../formats/tables';
import type { FormatDef } from '../formats/types';
import type { Heading, Range, Report, Section, SectionKey } from '../model';
import { identify } from '../tables';
import { lineRange, rangeOf, SECTION_KEYS } from '../model';
import { debrisIn, isPageChrome, withoutChrome } from '../text';
import { proseLines, proseParagraphs, rangeIn, sectionOf, sectionText } from './prose';
import { defineRule } from './types';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];

/**
 * Where a missing section belongs: before its own tables if they stand under another heading, else
 * before the next present section, else before the signature, else at the end. The finding is marked at
 * those tables, that section's heading, or (when it goes last) the last section's heading or the title.
 */
function insertionPoint(report: Report, key: SectionKey, format: FormatDef): { offset: number; anchor: Range } {
  const index = SECTION_KEYS.indexOf(key);
  // The section is missing, so every table of it stands under another heading.
  const stray = report.tables.find((t) => identify(t, format, true)?.section === key);
  if (stray) return { offset: report.lineOffsets[stray.range.start.line], anchor: stray.header.range };
  const next = report.sections.find((s) => SECTION_KEYS.indexOf(s.key) > index);
  if (next) return { offset: report.lineOffsets[next.heading.range.start.line], anchor: next.heading.range };
  // No later section: the last one present comes before it.
  const anchor = report.sections[report.sections.length - 1]?.heading.range ??
    report.title?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  if (report.signature) return { offset: report.lineOffsets[report.signature.range.start.line], anchor };
  return { offset: report.text.length, anchor };
}

export const missingSection = defineRule({
  code: 'NB101',
  name: 'structure.missing-section',
  severity: 'error',
  fixable: true,
  title: { zh: '缺少章节', en: 'Missing section' },
  description: {
    zh: '六个部分之一缺失（按标题文字识别，有无序号均可；常见变体如「五、存在的主要问题及整改措施」「六、其他需要说明的事项」也识别）。',
    en: 'One of the six sections is absent (matched by its heading text, numbered or not, common variants included).',
  },
  check({ report, format }, emit) {
    for (const key of SECTION_KEYS) {
      if (sectionOf(report, key)) continue;
      const heading = `${key}、${SECTION_TITLES[key][0]}`;
      const at = insertionPoint(report, key, format);
      // A heading needs a blank line before it (else it would join the paragraph above).
      const before = report.text.slice(Math.max(0, at.offset - 2), at.offset);
      const lead = at.offset === 0 || before === '\n\n' ? '' : before.endsWith('\n') ? '\n' : '\n\n';
      emit({
        range: at.anchor,
        message: { zh: `缺少第${key}部分「${heading}」`, en: `Section ${key} “${heading}” is missing` },
        fix: {
          title: { zh: `插入标题「${heading}」`, en: `Insert the heading “${heading}”` },
          edits: [{ range: rangeOf(report.lineOffsets, at.offset, at.offset), newText: `${lead}## ${heading}\n\n` }],
        },
      });
    }
  },
});

export const sectionOrder = defineRule({
  code: 'NB102',
  name: 'structure.section-order',
  severity: 'error',
  fixable: false,
  title: { zh: '章节顺序错误或重复', en: 'Sections out of order or repeated' },
  description: { zh: '六个部分顺序颠倒，或同一部分出现两次。', en: 'Sections out of order, or one appears twice.' },
  check({ report }, emit) {
    const seen = new Map<SectionKey, Heading>();
    let highest = -1;
    for (const s of report.sections) {
      const index = SECTION_KEYS.indexOf(s.key);
      const earlier = seen.get(s.key);
      if (earlier) {
        emit({
          range: s.heading.textRange,
          message: {
            zh: `第${s.key}部分重复出现（第${earlier.range.start.line + 1}行已有）`,
            en: `Section ${s.key} appears again (already at line ${earlier.range.start.line + 1})`,
          },
          related: [{ range: earlier.textRange, message: { zh: '第一次出现', en: 'first occurrence' } }],
        });
      } else if (index < highest) {
        emit({
          range: s.heading.textRange,
          message: {
            zh: `第${s.key}部分出现在第${SECTION_KEYS[highest]}部分之后，应在其前`,
            en: `Section ${s.key} comes after section ${SECTION_KEYS[highest]}; it belongs before it`,
          },
        });
      }
      seen.set(s.key, earlier ?? s.heading);
      highest = Math.max(highest, index);
    }
  },
});

export const sectionNumber = defineRule({
  code: 'NB103',
  name: 'structure.section-number',
  severity: 'error',
  fixable: true,
  title: { zh: '章节序号缺失或错误', en: 'Section number missing or wrong' },
  description: {
    zh: '章节标题缺少序号或序号不对（如标题只写「存在的主要问题及改进情况」，或第五部分写成「四、」）。',
    en: 'A section heading lacks its number or has the wrong one.',
  },
  check({ report }, emit) {
    for (const s of report.sections) {
      if (s.number === s.key) continue;
      const fix = {
        title: { zh: `序号改为「${s.key}、」`, en: `Number it “${s.key}、”` },
        edits: [
          {
            range: s.numberRange ?? { start: s.heading.textRange.start, end: s.heading.textRange.start },
            newText: `${s.key}、`,
          },
        ],
      };
      emit({
        range: s.numberRange ?? s.heading.textRange,
        message: s.number
          ? {
              zh: `「${s.heading.text}」是第${s.key}部分，序号应为「${s.key}、」，实为「${s.number}」`,
              en: `“${s.heading.text}” is section ${s.key}; its number should be “${s.key}、”, not “${s.number}”`,
            }
          : {
              zh: `「${s.heading.text}」缺少序号，应为「${s.key}、${s.heading.text}」`,
              en: `“${s.heading.text}” has no number; expected “${s.key}、${s.heading.text}”`,
            },
        fix,
      });
    }
  },
});

type Style = 'paren-chinese' | 'chinese' | 'paren-arabic' | 'arabic' | 'none';
const ITEM_RE =
  /^\s*(?:(（|\()([一二三四五六七八九十]{1,3})(）|\))|([一二三四五六七八九十]{1,3})[、.．]|(（|\()(\d{1,2})(）|\))|(\d{1,2})[.．、](?!\d))\s*/;

/**
 * A level-2 item's number: its style, its value, the length of the number (from the first non-blank
 * character; what the finding marks) and of the number with the blanks after it (what the fix replaces:
 * no blank follows （一）).
 */
function itemStyle(text: string): { style: Style; number?: number; prefixLength: number; fixLength: number } {
  const m = ITEM_RE.exec(text);
  if (!m) return { style: 'none', prefixLength: 0, fixLength: 0 };
  const lead = text.length - text.trimStart().length;
  const prefixLength = m[0].trimEnd().length - lead;
  // The blanks after the number on its own line (not a line break after it).
  const fixLength = prefixLength + /^[ \t\u3000]*/.exec(text.slice(lead + prefixLength))![0].length;
  if (m[2]) return { style: 'paren-chinese', number: NUMERALS.indexOf(m[2]) + 1, prefixLength, fixLength };
  if (m[4]) return { style: 'chinese', number: NUMERALS.indexOf(m[4]) + 1, prefixLength, fixLength };
  if (m[6]) return { style: 'paren-arabic', number: Number(m[6]), prefixLength, fixLength };
  return { style: 'arabic', number: Number(m[8]), prefixLength, fixLength };
}

/** A paragraph that opens one of the five areas of 总体情况 with a short title (`政府信息主动公开情况。…`). */
const AREA_TITLE_RE =
  /^\s*[^。，；：\n]{0,12}(主动公开|依申请公开|政府信息管理|平台建设|监督保障)[^。，；：\n]{0,8}[。：:]/;

/**
 * How many run-in paragraphs （一）（二）… (in sequence from （一）) come before a section's first ###
 * heading: the headings then go on from the next number (（一）（二） as paragraphs, ### （三）).
 */
function runInBefore(s: Section, items: ReadonlyArray<{ offset: number; heading: boolean }>): number {
  if (!items.length || !items[0].heading) return 0;
  const before = s.paragraphs.filter((p) => p.offset < items[0].offset && itemStyle(p.text).style === 'paren-chinese');
  return before.every((p, k) => itemStyle(p.text).number === k + 1) ? before.length : 0;
}

export const subheadingNumber = defineRule({
  code: 'NB104',
  name: 'structure.subheading-number',
  severity: 'warning',
  fixable: true,
  title: { zh: '二级标题序号不规范', en: 'Level-2 headings misnumbered' },
  description: {
    zh: '章节内的二级标题应依次为（一）（二）……：不应使用「一、」「（1）」「1.」，不应跳号，也不应部分有序号、部分没有。以（一）开头的段落和 ### 标题合起来连续时不报告。',
    en: 'Level-2 headings inside a section must be （一）（二）… in sequence.',
  },
  check({ report }, emit) {
    for (const s of report.sections) {
      // The level-2 items: the ### headings, else paragraphs opening with a level-2 style number
      // (or, in 总体情况, with an area title).
      type Item = { text: string; offset: number; heading: boolean };
      let items: Item[] = s.subheadings
        .filter((h) => h.level === 3)
        .map((h) => ({ text: h.text, offset: h.textOffset, heading: true }));
      if (items.length === 0) {
        // （1） paragraphs among （一） ones are the level below them (format.md: 一、（一）1.（1）), not items.
        const level2 = s.paragraphs.some((p) => itemStyle(p.text).style === 'paren-chinese');
        items = s.paragraphs
          .map((p) => ({ text: p.text, offset: p.offset, heading: false }))
          .filter((p) => {
            const st = itemStyle(p.text).style;
            return (
              st === 'paren-chinese' ||
              st === 'chinese' ||
              (st === 'paren-arabic' && !level2) ||
              (s.key === '一' && st === 'none' && AREA_TITLE_RE.test(p.text))
            );
          });
      } else {
        // Run-in （二） paragraphs between the ### headings are items of the same sequence.
        const first = items[0].offset;
        for (const p of s.paragraphs)
          if (p.offset > first && itemStyle(p.text).style === 'paren-chinese')
            items.push({ text: p.text, offset: p.offset, heading: false });
        items.sort((a, b) => a.offset - b.offset);
      }
      const numbered = items.filter((i) => itemStyle(i.text).style !== 'none').length;
      if (numbered === 0) continue;
      // Headings that count from （一） themselves stand on their own, whatever paragraphs come before.
      const shift = itemStyle(items[0].text).number === 1 ? 0 : runInBefore(s, items);
      items.forEach((item, k) => {
        const { style, number, prefixLength, fixLength } = itemStyle(item.text);
        if (k + shift >= NUMERALS.length) return;
        const expected = `（${NUMERALS[k + shift]}）`;
        const lead = item.text.length - item.text.trimStart().length;
        const range = rangeIn(report, item.offset, lead, lead + Math.max(prefixLength, 1));
        const fix = {
          title: { zh: `改为「${expected}」`, en: `Renumber as “${expected}”` },
          edits: [{ range: rangeIn(report, item.offset, lead, lead + fixLength), newText: expected }],
        };
        const shown = item.text.trim().split('\n')[0].slice(0, 16);
        let why: { zh: string; en: string } | undefined;
        if (style === 'none')
          why = {
            zh: `「${shown}」缺少序号，同级其他标题有序号；应为「${expected}」`,
            en: `“${shown}” has no number while its siblings do; expected “${expected}”`,
          };
        else if (style === 'chinese')
          why = {
            zh: `二级标题「${shown}」使用了「一、」式序号，与章节序号冲突；应为「${expected}」`,
            en: `Level-2 heading “${shown}” is numbered like a section; expected “${expected}”`,
          };
        else if (style !== 'paren-chinese')
          why = {
            zh: `二级标题「${shown}」应使用（一）（二）式序号，应为「${expected}」`,
            en: `Level-2 heading “${shown}” should be numbered （一）（二）…; expected “${expected}”`,
          };
        else if (number !== k + shift + 1)
          why = {
            zh: `二级标题序号不连续：「${shown}」应为「${expected}」`,
            en: `Level-2 numbering is out of sequence: “${shown}” should be “${expected}”`,
          };
        if (why) emit({ range, message: why, fix });
      });
    }
  },
});

const AREAS: Array<{ name: string; re: RegExp }> = [
  { name: '主动公开', re: /主动公开/ },
  { name: '依申请公开', re: /依申请|申请公开|公开申请/ },
  { name: '政府信息管理', re: /信息管理|管理情况|公开属性|保密审查|目录/ },
  { name: '政府信息公开平台建设', re: /平台|网站|专栏|新媒体|公众号/ },
  { name: '监督保障', re: /监督|考核|培训|责任追究|评议/ },
];

export const overviewCoverage = defineRule({
  code: 'NB105',
  name: 'structure.overview-coverage',
  severity: 'warning',
  fixable: false,
  title: { zh: '总体情况缺少必备方面', en: 'Overview misses a required area' },
  description: {
    zh: '「一、总体情况」应涵盖主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障五个方面，每缺一项报告一次。',
    en: 'The overview must cover the five areas; one finding per missing area.',
  },
  check({ report }, emit) {
    const s = sectionOf(report, '一');
    if (!s) return;
    const text = sectionText(s);
    for (const area of AREAS) {
      if (area.re.test(text)) continue;
      emit({
        range: s.heading.textRange,
        message: { zh: `总体情况未涉及「${area.name}」方面`, en: `The overview says nothing about “${area.name}”` },
      });
    }
  },
});

const PERIOD_RE = /统计(期限|期间|时限|区间|时段|时间|周期|范围)|\d{4}年1月1日(起)?(至|到|—|-)|1月1日(起)?(至|到)/;
const FULL_NAME = '中华人民共和国政府信息公开条例';

const CITATION_RE = /《([^《》]{0,30}条例)》/g;

export const preamble = defineRule({
  code: 'NB106',
  name: 'structure.preamble',
  severity: 'warning',
  fixable: false,
  title: { zh: '导语不规范', en: 'Preamble incomplete' },
  description: {
    zh: '导语缺少统计期限的说明，或首次引用条例时未使用全称《中华人民共和国政府信息公开条例》。网页页眉（发布日期、信息来源、索引号）和面包屑导航不是导语。',
    en: 'The preamble lacks the statistic-period sentence, or the first citation of the 条例 is not its full name.',
  },
  check({ report }, emit) {
    // A crawler's page header or breadcrumb standing before the report is not its preamble.
    const pre = report.preamble.filter((p) => !p.text.split('\n').every((l) => !l.trim() || isPageChrome(l)));
    if (!pre.some((p) => PERIOD_RE.test(p.text))) {
      const anchor = pre[0]?.range ?? report.title?.textRange ?? report.sections[0]?.heading.textRange;
      if (anchor)
        emit({
          range: anchor,
          message: pre.length
            ? {
                zh: '导语未说明统计期限（如「本报告中所列数据的统计期限自X年1月1日起至X年12月31日止」）',
                en: 'The preamble does not state the statistic period',
              }
            : {
                zh: '报告缺少导语：应说明编制依据和统计期限',
                en: 'The report has no preamble: it should state its basis and the statistic period',
              },
        });
    }
    for (const para of proseParagraphs(report)) {
      const p = { offset: para.offset, text: withoutChrome(para.text) };
      // The first citation of this 条例 (another 条例 cited before it does not count).
      const found = [...p.text.matchAll(CITATION_RE)].find((x) => x[1] === '条例' || x[1].includes('信息公开'));
      if (!found) continue;
      if (found[1] !== FULL_NAME)
        emit({
          range: rangeIn(report, p.offset, found.index!, found.index! + found[0].length),
          message: {
            zh: `首次引用条例写作「${found[0]}」，应使用全称《${FULL_NAME}》（简称须先定义后使用）`,
            en: `The first citation of the regulation is “${found[0]}”; it must be the full name 《${FULL_NAME}》`,
          },
        });
      return;
    }
  },
});

const PAGE_HEADER = { zh: '网页页眉', en: 'a web-page header' };

export const strayContent = defineRule({
  code: 'NB107',
  name: 'structure.stray-content',
  severity: 'warning',
  fixable: true,
  title: { zh: '非报告内容的残留', en: 'Stray content' },
  description: {
    zh: '网页或转换残留：图片占位符、网页导航和按钮、网页计数（「浏览量：1024」）、第一部分之前的网页页眉、乱码字符、OCR 残留的字母或假名。正文中的统计数字（总浏览量为536万）、网址、邮箱、电话属于正文。',
    en: 'Debris that is not report text: image placeholders, web-page chrome, replacement characters, OCR residue.',
  },
  check({ report }, emit) {
    for (const line of proseLines(report)) {
      // Before the first section, a page header (发布日期：… 信息来源：…) is debris too.
      const header = line.section === undefined && isPageChrome(line.text);
      const d = debrisIn(line.text) ?? (header ? { index: 0, length: line.text.length, what: PAGE_HEADER } : undefined);
      if (!d) continue;
      const wholeLine =
        !/[。！？；]/.test(line.text) ||
        (d.index <= line.text.length - line.text.trimStart().length &&
          d.index + d.length >= line.text.trimEnd().length);
      const lineNo = rangeIn(report, line.offset, 0, 0).start.line;
      const next = report.lineOffsets[lineNo + 1] ?? report.text.length;
      emit({
        range: rangeIn(report, line.offset, d.index, d.index + d.length),
        message: {
          zh: `疑似${d.what.zh}，不属于报告正文：「${line.text.slice(d.index, d.index + d.length).trim()}」`,
          en: `Looks like ${d.what.en} (not report text): “${line.text.slice(d.index, d.index + d.length).trim()}”`,
        },
        fix: wholeLine
          ? {
              title: { zh: '删除此行', en: 'Delete this line' },
              edits: [{ range: rangeOf(report.lineOffsets, line.offset, next), newText: '' }],
            }
          : undefined,
      });
    }
  },
});

export const frontMatter = defineRule({
  code: 'NB108',
  name: 'structure.front-matter',
  severity: 'error',
  fixable: false,
  title: { zh: '前置信息有误', en: 'Front matter invalid' },
  description: {
    zh: '前置信息（文件开头 --- 之间的 YAML）不是有效的 YAML，或某个键的值不合要求（如 year: 99999、format: 2020、agency 为空）；该键不被采用。',
    en:
      'The front matter is not valid YAML, or a key holds a value it cannot have (year:' +
      ' 99999, format: 2020, an empty agency); that key is not used.',
  },
  check({ report }, emit) {
    for (const p of report.frontMatter?.problems ?? []) {
      const line = Math.min(p.line, report.lineOffsets.length - 1);
      emit({ range: lineRange(report.text, report.lineOffsets, line, line), message: { zh: p.zh, en: p.en } });
    }
  },
});

export const structureRules = [
  missingSection,
  sectionOrder,
  sectionNumber,
  subheadingNumber,
  overviewCoverage,
  preamble,
  strayContent,
  frontMatter,
];
