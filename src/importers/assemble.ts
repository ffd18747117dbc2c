import { normalizeLabel, stripWhitespace } from '../core/formats/labels';
import { FORMATS, VERSION_SIGNALS } from '../core/formats/tables';
import type { FormatVersion, SectionKey } from '../core/model';
import { sectionOfTitle, titleFacts } from '../core/parse';
import type { DraftBlock, DraftSection, ReportDraft } from '../core/render';
import { DATE_LINE_RE, debrisIn, looksLikeUnit } from '../core/text';
import { formatForYear } from '../core/tables';
import type { SourceItem } from './source';
import { readActiveDisclosure, readApplications, readReview, type Token } from './tables';

/** Something of the source that could not be placed in the report's structure. */
export interface Unplaced {
  line: number;
  text: string;
  reason: string;
}

export interface Assembled {
  draft: ReportDraft;
  unplaced: Unplaced[];
}

const LEVEL2_RE = /^[（(][一二三四五六七八九十]{1,3}[）)]/;

/** A line that is a section heading: short, not a sentence, naming one of the six sections. */
function sectionHeading(item: SourceItem): SectionKey | undefined {
  const text = item.text.trim();
  if (item.kind !== 'line' || text.length > 40 || /[。，；！？]/.test(text)) return undefined;
  return sectionOfTitle(text)?.key;
}

/** The title: the first line naming the annual report, joined with its first half when it was broken. */
function findTitle(items: SourceItem[]): { index: number; end: number; text: string } | undefined {
  for (let i = 0; i < items.length && i < 40; i++) {
    const t = stripWhitespace(items[i].text);
    if (!/年度报告|年报/.test(t) || t.length > 60) continue;
    if (titleFacts(t).year !== undefined) return { index: i, end: i, text: t };
    if (i > 0 && titleFacts(stripWhitespace(items[i - 1].text) + t).year !== undefined)
      return { index: i - 1, end: i, text: stripWhitespace(items[i - 1].text) + t };
  }
  return undefined;
}

/** Which format the tables follow, from the labels only one version uses; else the year's. */
function detectFormat(items: SourceItem[], year: number | undefined): FormatVersion {
  const seen = new Set(items.map((i) => normalizeLabel(i.text)));
  const has = (v: FormatVersion) => VERSION_SIGNALS[v].some((l) => seen.has(normalizeLabel(l)));
  if (has('2019') && !has('2021')) return '2019';
  if (has('2021') && !has('2019')) return '2021';
  if ([...seen].some((s) => s.startsWith('1.申请人无正当理由'))) return '2021';
  return formatForYear(year) ?? '2021';
}

/** Splits the signature (unit, date) off the end of the last section's items. */
function takeSignature(source: SourceItem[]): { signature: string[]; rest: SourceItem[] } {
  let items = source;
  let end = items.length;
  while (end > 0 && debrisIn(items[end - 1].text)) end--;
  let last = items[end - 1];
  if (!last || last.kind !== 'line') return { signature: [], rest: items };
  // Unit and date on one line (a web page joins them): split them.
  const joined = /^(.{2,40}?)[\s\u00a0\u3000]+(\d{4}\s*年[\s\d]*月[\s\d]*日)$/.exec(last.text.trim());
  if (joined && looksLikeUnit(joined[1])) {
    items = [
      ...items.slice(0, end - 1),
      { ...last, text: joined[1] },
      { ...last, text: joined[2] },
      ...items.slice(end),
    ];
    end++;
    last = items[end - 1];
  }
  if (DATE_LINE_RE.test(stripWhitespace(last.text))) {
    const unit = items[end - 2];
    if (unit && unit.kind === 'line' && unit.text.length <= 40 && !/[。，；：]/.test(unit.text))
      return {
        signature: [unit.text.trim(), last.text.trim()],
        rest: [...items.slice(0, end - 2), ...items.slice(end)],
      };
    return { signature: [last.text.trim()], rest: [...items.slice(0, end - 1), ...items.slice(end)] };
  }
  if (looksLikeUnit(last.text))
    return { signature: [last.text.trim()], rest: [...items.slice(0, end - 1), ...items.slice(end)] };
  return { signature: [], rest: items };
}

/** Prose of a section: level-2 headings as such, everything else as paragraphs, in order. */
function proseBlocks(items: SourceItem[]): DraftBlock[] {
  return items.map((i) => {
    const text = i.text.trim();
    return LEVEL2_RE.test(text) && text.length <= 30 && !/[。；]/.test(text)
      ? { kind: 'heading', text }
      : { kind: 'paragraph', text: i.text };
  });
}

/** A line of a table section that is a sentence (kept as prose) rather than a piece of the table. */
function isProse(item: SourceItem): boolean {
  return item.kind === 'line' && (/[。！？]/.test(item.text) || item.text.length > 60);
}

function tableSection(
  key: '二' | '三' | '四',
  items: SourceItem[],
  format: FormatVersion,
  unplaced: Unplaced[],
): DraftBlock[] {
  const formatDef = FORMATS[format];
  const tokens: Token[] = [];
  const before: SourceItem[] = [];
  const after: SourceItem[] = [];
  for (const item of items) {
    if (isProse(item)) (tokens.length ? after : before).push(item);
    else tokens.push({ text: item.text, line: item.line, cell: item.kind === 'cell' });
  }
  const tables: DraftBlock[] = [];
  if (key === '二') tables.push(...readActiveDisclosure(tokens, formatDef));
  else {
    const def = formatDef.tables.find((t) => t.id === (key === '三' ? 'applications' : 'review'))!;
    const table = key === '三' ? readApplications(tokens, def) : readReview(tokens, def);
    if (table) tables.push(table);
  }
  const leftover: SourceItem[] = [];
  for (const t of tokens) {
    if (t.used || t.text === '') continue;
    unplaced.push({ line: t.line, text: t.text, reason: `第${key}部分的表格中无法对应到官方表格的内容` });
    leftover.push({ kind: 'line', text: t.text, line: t.line });
  }
  return [...proseBlocks(before), ...tables, ...proseBlocks([...leftover, ...after].sort((a, b) => a.line - b.line))];
}

/** Builds our Markdown form from the items of a published report. */
export function assemble(items: SourceItem[]): Assembled {
  const unplaced: Unplaced[] = [];
  const title = findTitle(items);
  const facts = title ? titleFacts(title.text) : {};
  const body = title
    ? items.slice(title.end + 1).filter((i, k) => !(k === 0 && stripWhitespace(i.text) === title.text))
    : items;
  const beforeTitle = title ? items.slice(0, title.index).map((i) => i.text) : [];

  // Cut the body at the section headings.
  const preamble: SourceItem[] = [];
  const sections: Array<{ key: SectionKey; heading: string; items: SourceItem[] }> = [];
  for (const item of body) {
    const key = sectionHeading(item);
    if (key) sections.push({ key, heading: item.text.trim().replace(/[：:]$/, ''), items: [] });
    else if (sections.length) sections[sections.length - 1].items.push(item);
    else preamble.push(item);
  }
  const format = detectFormat(items, facts.year);
  let signature: string[] = [];
  if (sections.length) {
    const last = sections[sections.length - 1];
    const taken = takeSignature(last.items);
    signature = taken.signature;
    last.items = taken.rest;
  }
  const draftSections: DraftSection[] = sections.map((s) => ({
    heading: s.heading,
    blocks:
      s.key === '二' || s.key === '三' || s.key === '四'
        ? tableSection(s.key, s.items, format, unplaced)
        : proseBlocks(s.items),
  }));
  if (!title)
    unplaced.push({
      line: items[0]?.line ?? 1,
      text: items[0]?.text ?? '',
      reason: '未找到标题（…年政府信息公开工作年度报告）',
    });
  return {
    draft: {
      agency: facts.agency,
      year: facts.year,
      format,
      beforeTitle,
      title: title?.text,
      preamble: preamble.map((i) => i.text),
      sections: draftSections,
      signature,
    },
    unplaced,
  };
}
