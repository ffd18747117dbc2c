import MarkdownIt from 'markdown-it';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { frontMatterSchema } from '../../../schemas/frontMatter';
import { Memo, MEMO_LIMITS } from '../memo';
import { labelDistance, normalizeLabel, stripWhitespace } from '../formats/labels';
import { SECTION_TITLES } from '../formats/tables';
import type {
  FrontMatter,
  Heading,
  NotesBlock,
  Paragraph,
  Report,
  Section,
  SectionKey,
  Signature,
  Table,
} from '../model';
import { lineOffsets, lineRange, rangeOf, SECTION_KEYS } from '../model';
import { parseChineseNumber } from '../numbers';
import { DATE_LINE_RE, debrisIn, looksLikeUnit } from '../text';
import { splitRow } from './table';

/** Block-level markdown-it: the report model reads raw source lines, so inline parsing is skipped. */
const blockParser = new MarkdownIt();
blockParser.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);

/** Parses the report's Markdown form (document.md) into the model; never throws. */
export function parseReport(text: string): Report {
  const offsets = lineOffsets(text);
  const { frontMatter, bodyStartLine } = readFrontMatter(text, offsets);
  // Blank the front matter out (keeping its line breaks) so that token line numbers stay document lines.
  // A lone CR is a line break to markdown-it but not to our line index: make it a space (same length).
  const source = text.includes('\r') ? text.replace(/\r(?!\n)/g, ' ') : text;
  const body =
    bodyStartLine > 0 ? '\n'.repeat(bodyStartLine) + source.slice(offsets[bodyStartLine] ?? text.length) : source;
  const tokens = blockParser.parse(body, {});

  const report: Report = {
    text,
    lineOffsets: offsets,
    frontMatter,
    preamble: [],
    sections: [],
    otherHeadings: [],
    tables: [],
  };
  let current: Section | undefined;
  const paragraphSpan = (first: number, last: number): Paragraph => {
    const range = lineRange(text, offsets, first, last);
    const start = offsets[first];
    const end = start + (offsets[last] - start) + range.end.character;
    return { text: text.slice(start, end), offset: start, range };
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.map) continue;
    const [first, endLine] = t.map;
    if (t.type === 'heading_open') {
      const heading = makeHeading(text, offsets, first, Number(t.tag.slice(1)));
      if (heading.level === 1 && !report.title) {
        report.title = { ...heading, ...titleFacts(heading.text) };
      } else if (heading.level <= 2) {
        // Sections are level 2; a section heading typed as level 1 below the title is still that section.
        const recognised = recogniseSection(heading);
        if (recognised) {
          current = {
            ...recognised,
            heading,
            subheadings: [],
            paragraphs: [],
            notes: [],
            tables: [],
            range: heading.range,
          };
          report.sections.push(current);
        } else {
          report.otherHeadings.push(heading);
          current?.subheadings.push(heading);
        }
      } else if (current) current.subheadings.push(heading);
      else report.otherHeadings.push(heading);
    } else if (t.type === 'paragraph_open' || t.type === 'html_block') {
      const p = paragraphSpan(first, endLine - 1);
      if (current) current.paragraphs.push(p);
      else report.preamble.push(p);
    } else if (t.type === 'fence' && t.info.trim().split(/\s+/)[0] === 'notes') {
      const notes: NotesBlock = { text: t.content, range: lineRange(text, offsets, first, endLine - 1) };
      current?.notes.push(notes);
    } else if (t.type === 'table_open') {
      const table = makeTable(text, offsets, first, endLine - 1, current?.key);
      report.tables.push(table);
      current?.tables.push(table);
    }
  }
  // A section runs up to the next section's heading.
  report.sections.forEach((s, k) => {
    const next = report.sections[k + 1];
    const lastLine = next ? next.heading.range.start.line - 1 : offsets.length - 1;
    s.range = lineRange(text, offsets, s.heading.range.start.line, Math.max(lastLine, s.heading.range.start.line));
  });
  report.signature = extractSignature(report);
  report.agency = frontMatter?.agency ?? report.title?.agency;
  report.year = frontMatter?.year ?? report.title?.year;
  return report;
}

function readFrontMatter(text: string, offsets: number[]): { frontMatter?: FrontMatter; bodyStartLine: number } {
  if (!/^---[ \t]*\r?\n/.test(text)) return { bodyStartLine: 0 };
  let close = -1;
  for (let line = 1; line < offsets.length; line++) {
    const end = line + 1 < offsets.length ? offsets[line + 1] : text.length;
    if (/^(---|\.\.\.)[ \t]*\r?\n?$/.test(text.slice(offsets[line], end))) {
      close = line;
      break;
    }
  }
  if (close < 0) return { bodyStartLine: 0 };
  const range = lineRange(text, offsets, 0, close);
  const fields = readYamlFields(text.slice(offsets[1], offsets[close]));
  const fm: FrontMatter = { ...fields, range, problems: [...fields.problems] };
  return { frontMatter: fm, bodyStartLine: close + 1 };
}

type FrontMatterFields = Omit<FrontMatter, 'range'>;
const yamlMemo = new Memo<string, FrontMatterFields>(MEMO_LIMITS.frontMatter);

/** What each key may hold, in words (zh, en), for the message when it holds something else. */
const EXPECTED: Record<keyof typeof frontMatterSchema.shape, [string, string]> = {
  agency: ['单位全称（不能为空）', 'the unit’s full name (not empty)'],
  year: ['2008至2100之间的年份，用阿拉伯数字', 'a year from 2008 to 2100 in Arabic digits'],
  format: ['2019或2021', '2019 or 2021'],
  previous: ['上年报告文件的路径', 'the path of last year’s report'],
  date: ['成文日期，如 2024年1月20日', 'the date of the report, e.g. 2024年1月20日'],
  status: ['draft', 'draft'],
};

/**
 * The validated fields of a front matter's YAML, each key on its own: a value a key cannot have is a
 * problem at that key (the other keys stay). Memoised, since it rarely changes while a report is edited.
 */
function readYamlFields(yaml: string): FrontMatterFields {
  return yamlMemo.get(yaml, () => yamlFields(yaml));
}

/** The fields of a front matter's YAML (see readYamlFields). */
function yamlFields(yaml: string): FrontMatterFields {
  const fields: FrontMatterFields = { problems: [] };
  const lineOf = (key: string) =>
    1 +
    Math.max(
      0,
      yaml.split('\n').findIndex((l) => new RegExp(`^${key}\\s*:`).test(l)),
    );
  let data: unknown;
  try {
    data = parseYaml(yaml);
  } catch (e) {
    const linePos = (e as { linePos?: Array<{ line: number }> }).linePos;
    const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
    fields.problems.push({
      line: 1 + (linePos?.[0] ? linePos[0].line - 1 : 0),
      zh: `前置信息不是有效的 YAML：${message}`,
      en: `The front matter is not valid YAML: ${message}`,
    });
  }
  if (data !== undefined && data !== null && (typeof data !== 'object' || Array.isArray(data)))
    fields.problems.push({
      line: 1,
      zh: '前置信息应为「键: 值」的列表（agency、year 等）',
      en: 'The front matter must be a list of `key: value` (agency, year, …)',
    });
  else if (data) {
    const shape = frontMatterSchema.shape as Record<string, z.ZodType>;
    for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
      if (!Object.hasOwn(EXPECTED, key)) continue; // unknown keys are allowed and ignored
      const parsed = shape[key].safeParse(value);
      if (parsed.success) Object.assign(fields, { [key]: parsed.data });
      else {
        const [zh, en] = EXPECTED[key as keyof typeof EXPECTED];
        const shown = typeof value === 'string' ? value : JSON.stringify(value);
        fields.problems.push({
          key,
          line: lineOf(key),
          zh: `前置信息「${key}」为「${shown}」，应为${zh}`,
          en: `The front matter's \`${key}\` is “${shown}”; expected ${en}`,
        });
      }
    }
  }
  return fields;
}

function makeHeading(text: string, offsets: number[], line: number, level: number): Heading {
  const range = lineRange(text, offsets, line, line);
  const raw = text.slice(offsets[line], offsets[line] + range.end.character);
  // The ATX marker; the blanks after it, ideographic ones too, go with the loop below.
  const m = /^ {0,3}#{1,6}/.exec(raw);
  let start = m ? m[0].length : 0;
  const end = raw.replace(/[ \t]+#+[ \t]*$/, '').replace(/[ \t]+$/, '').length;
  while (start < end && /\s/.test(raw[start])) start++;
  return {
    level,
    text: raw.slice(start, end),
    range,
    textRange: { start: { line, character: start }, end: { line, character: end } },
    textOffset: offsets[line] + start,
  };
}

/** The report's name at the end of a title (some units leave out 工作). */
const TITLE_TAIL = '政府信息公开(?:工作)?年度报告';

/** Agency and year from a title like `松江口区融媒体中心2021年政府信息公开工作年度报告` (or year first). */
export function titleFacts(title: string): { agency?: string; year?: number } {
  const t = stripWhitespace(title);
  let m = new RegExp(`^(.+?)(\\d{4})年度?${TITLE_TAIL}$`).exec(t);
  if (m) return { agency: m[1], year: Number(m[2]) };
  m = new RegExp(`^(\\d{4})年度?(.+?)${TITLE_TAIL}$`).exec(t);
  if (m) return { agency: m[2], year: Number(m[1]) };
  return {};
}

const EXACT_TITLES = new Map<string, SectionKey>(
  SECTION_KEYS.flatMap((k) => SECTION_TITLES[k].map((t) => [normalizeLabel(t), k] as [string, SectionKey])),
);

export const SECTION_NUMBER_RE = /^([一二三四五六七八九十]{1,3})\s*[、.．，,]\s*/;

/** Which section a heading text names (numbered or not), and the number it carries. */
export function sectionOfTitle(text: string): { key: SectionKey; number?: string; numberLength: number } | undefined {
  const m = SECTION_NUMBER_RE.exec(text);
  const title = (m ? text.slice(m[0].length) : text).replace(/[:：。\s]+$/, '');
  let best: SectionKey | undefined = EXACT_TITLES.get(normalizeLabel(title));
  let bestDistance = best ? 0 : Infinity;
  for (const key of best ? [] : SECTION_KEYS) {
    for (const official of SECTION_TITLES[key]) {
      const d = labelDistance(title, official);
      if (d < bestDistance) {
        bestDistance = d;
        best = key;
      }
    }
  }
  if (!best) best = sectionByWords(title, m?.[1]);
  return best ? { key: best, number: m?.[1], numberLength: m ? m[0].length : 0 } : undefined;
}

/**
 * The words of each section's heading in the variants reports use (存在的主要问题及整改措施, 存在的问题和
 * 改进措施, 概述…): a numbered heading with them names that section; the last two also unnumbered.
 */
const SECTION_WORDS: ReadonlyArray<[SectionKey, RegExp, boolean]> = [
  ['一', /^(总体情况|概述|总体工作情况)/, false],
  ['二', /^主动公开政府信息(的)?(工作)?情况/, false],
  ['三', /^(收到|受理)(和|及|与)?(处理|办理)?(政府信息公开)?申请(的)?情况/, false],
  ['四', /行政复议[、和及与]?[^，。]{0,4}行政诉讼|复议[、和及与]诉讼/, false],
  [
    '五',
    /^(政府信息公开(工作)?)?存在的?(主要)?(问题|不足)(及|和|与|以及)[^，。]{0,6}(改进|整改)(情况|措施|方向|计划)?/,
    true,
  ],
  ['六', /^其他需要?(报告|说明)的?事项/, true],
];

function sectionByWords(title: string, number: string | undefined): SectionKey | undefined {
  const keys = SECTION_WORDS.filter(([, re, alone]) => (number || alone) && re.test(title)).map(([k]) => k);
  return keys.length === 1 ? keys[0] : undefined;
}

/** Which section a heading names, by its text (numbered or not). */
export function recogniseSection(heading: Heading): Pick<Section, 'key' | 'number' | 'numberRange'> | undefined {
  const found = sectionOfTitle(heading.text);
  if (!found) return undefined;
  const { line, character } = heading.textRange.start;
  return {
    key: found.key,
    number: found.number,
    numberRange: found.number
      ? { start: { line, character }, end: { line, character: character + found.numberLength } }
      : undefined,
  };
}

function makeTable(
  text: string,
  offsets: number[],
  first: number,
  last: number,
  section: SectionKey | undefined,
): Table {
  const row = (line: number) =>
    splitRow(text, line, offsets[line], line + 1 < offsets.length ? offsets[line + 1] - 1 : text.length);
  const rows = [];
  for (let line = first + 2; line <= last; line++) rows.push(row(line));
  return { header: row(first), delimiterLine: first + 1, rows, range: lineRange(text, offsets, first, last), section };
}

/** Unit and date on one line (`甲局 2025年1月20日`, as a page lays them side by side): two lines of the signature. */
function splitUnitAndDate(lines: Array<{ text: string; start: number; para: number }>): void {
  const last = lines[lines.length - 1];
  if (!last) return;
  const t = last.text.trim();
  for (const m of t.matchAll(/[ \t\u3000]+/g)) {
    const unit = t.slice(0, m.index);
    const date = t.slice(m.index + m[0].length);
    if (looksLikeUnit(unit) && DATE_LINE_RE.test(stripWhitespace(date))) {
      const dateStart = last.start + m.index + m[0].length;
      lines.splice(-1, 1, { ...last, text: unit }, { ...last, text: date, start: dateStart });
      return;
    }
  }
}

/**
 * The signature block: the unit name and the date closing the report, taken from the end of the last
 * section (web-page debris after it is skipped). Signature lines are removed from the section's prose.
 */
function extractSignature(report: Report): Signature | undefined {
  const last = report.sections[report.sections.length - 1];
  if (!last) return undefined;
  const { text, lineOffsets: offsets } = report;
  const paras = last.paragraphs;
  let k = paras.length - 1;
  while (k >= 0 && paras[k].text.split('\n').every((l) => debrisIn(l) !== undefined)) k--;
  if (k < 0) return undefined;
  // Lines of the last two prose paragraphs, newest last.
  type Line = { text: string; start: number; para: number };
  const lines: Line[] = [];
  for (let p = Math.max(0, k - 1); p <= k; p++) {
    let start = paras[p].offset;
    for (const l of paras[p].text.split('\n')) {
      if (l.trim()) lines.push({ text: l, start: start + (l.length - l.trimStart().length), para: p });
      start += l.length + 1;
    }
  }
  splitUnitAndDate(lines);
  const sig: Signature = { range: paras[k].range };
  let j = lines.length - 1;
  const lineOf = (l: Line) => ({
    text: l.text.trim(),
    range: rangeOf(offsets, l.start, l.start + l.text.trim().length),
  });
  if (j >= 0 && DATE_LINE_RE.test(stripWhitespace(lines[j].text))) {
    // The year in digits or in Chinese numerals (二〇二四年一月五日), as DATE_LINE_RE allows both.
    const head = stripWhitespace(lines[j].text).slice(0, 4);
    sig.date = { ...lineOf(lines[j]), year: /^\d{4}$/.test(head) ? Number(head) : parseChineseNumber(head) };
    j--;
    if (j >= 0 && lines[j].text.trim().length <= 40 && !/[。，；：！？,;:!?]/.test(lines[j].text))
      sig.agency = lineOf(lines[j]);
  } else if (j >= 0 && looksLikeUnit(lines[j].text)) sig.agency = lineOf(lines[j]);
  const firstSig = sig.agency ?? sig.date;
  if (!firstSig) return undefined;
  const endLine = (sig.date ?? sig.agency)!.range.end;
  sig.range = { start: { line: firstSig.range.start.line, character: 0 }, end: endLine };
  // Cut the signature lines out of the section's prose.
  const cut = offsets[firstSig.range.start.line];
  last.paragraphs = paras.flatMap((p) => {
    if (p.offset >= cut) return [];
    if (p.offset + p.text.length <= cut) return [p];
    const t = text.slice(p.offset, cut).replace(/\s+$/, '');
    return [{ text: t, offset: p.offset, range: rangeOf(offsets, p.offset, p.offset + t.length) }];
  });
  return sig;
}
