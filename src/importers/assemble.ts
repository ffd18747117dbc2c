import { normalizeLabel, stripWhitespace } from '../core/formats/labels';
import { FORMATS, VERSION_SIGNALS } from '../core/formats/tables';
import type { FormatVersion, SectionKey } from '../core/model';
import { sectionOfTitle, titleFacts } from '../core/parse';
import type { DraftBlock, DraftSection, ReportDraft } from '../core/render';
import { formatForYear } from '../core/tables';
import { DATE_LINE_RE, debrisIn, looksLikeUnit } from '../core/text';
import { readActiveDisclosure } from './active';
import { readApplications } from './applications';
import type { TokenText } from './find';
import { normalized } from './normalize';
import type { TableRead } from './placer';
import { unplaced, type Placement } from './placement';
import { readReview } from './review';
import { segment } from './segment';
import type { SourceItem } from './source';
import { tokenize, writtenText } from './tokens';

export interface Assembled {
  draft: ReportDraft;
  placement: Placement;
}

const LEVEL2_RE = /^[（(][一二三四五六七八九十]{1,3}[）)]/;

/** Headings of section 五 as real reports also write them (read as section 五). */
const FIVE_VARIANTS = ['存在的主要问题及整改措施', '存在的主要问题及改进措施', '存在的主要问题和改进情况'].map(
  normalized,
);

/** A line that is a section heading: short, not a sentence, naming one of the six sections. */
function sectionHeading(item: SourceItem): SectionKey | undefined {
  const text = item.text.trim();
  if (item.kind !== 'line' || text.length > 40 || /[。，；！？]/.test(text)) return undefined;
  const known = sectionOfTitle(text)?.key;
  if (known) return known;
  const bare = normalized(text.replace(/^[一二三四五六七八九十]{1,3}\s*[、.．]\s*/, ''));
  return FIVE_VARIANTS.includes(bare) ? '五' : undefined;
}

/** The title: the first line naming the annual report, joined with its first half when it was broken. */
function findTitle(items: SourceItem[]): { index: number; end: number; text: string } | undefined {
  for (let i = 0; i < items.length && i < 40; i++) {
    const t = stripWhitespace(items[i].text);
    if (!/年度报告|年报/.test(t) || t.length > 60) continue;
    if (titleFacts(t).year !== undefined) return { index: i, end: i, text: t };
    const joined = i > 0 ? stripWhitespace(items[i - 1].text) + t : '';
    if (joined && titleFacts(joined).year !== undefined) return { index: i - 1, end: i, text: joined };
  }
  return undefined;
}

/** Which format the tables follow, from the labels only one version uses; else the year's. */
function detectFormat(items: SourceItem[], year: number | undefined): FormatVersion {
  const text = normalized(items.map((i) => i.text).join(''));
  const has = (v: FormatVersion) => VERSION_SIGNALS[v].some((l) => text.includes(normalizeLabel(l)));
  if (has('2019') && !has('2021')) return '2019';
  if (has('2021') && !has('2019')) return '2021';
  if (text.includes(normalized('1.申请人无正当理由'))) return '2021';
  return formatForYear(year) ?? '2021';
}

/** Splits the signature (unit, date) off the end of the last section's items. */
function takeSignature(source: SourceItem[]): { signature: string[]; rest: SourceItem[] } {
  let items = source;
  let end = items.length;
  while (end > 0 && debrisIn(items[end - 1].text)) end--;
  let last = items[end - 1];
  if (!last || last.kind !== 'line') return { signature: [], rest: items };
  // Unit and date on one line (a web page joins them), after the last sentence of a flattened page: split.
  const joined =
    /^(?:(.*[。！？；])[\s\u00a0\u3000]*)?(\S.{1,39}?)[\s\u00a0\u3000]+(\d{4}\s*年[\s\d]*月[\s\d]*日)$/.exec(
      last.text.trim(),
    );
  if (joined && looksLikeUnit(joined[2])) {
    const pieces = [joined[1], joined[2], joined[3]].filter((t): t is string => !!t).map((t) => ({ ...last, text: t }));
    items = [...items.slice(0, end - 1), ...pieces, ...items.slice(end)];
    end += pieces.length - 1;
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

/** The items before and after [start, end) of a section's token text, cut where the tables begin and end. */
function around(items: readonly SourceItem[], read: TableRead, at: (p: number) => { item: number; offset: number }) {
  const first = at(read.start!);
  const last = at(read.end!);
  const before: SourceItem[] = [];
  const after: SourceItem[] = [];
  items.forEach((item, k) => {
    if (k < first.item) before.push(item);
    else if (k === first.item && first.offset > 0) before.push({ ...item, text: item.text.slice(0, first.offset) });
    if (k > last.item) after.push(item);
    else if (k === last.item && last.offset < item.text.length)
      after.push({ ...item, text: item.text.slice(last.offset), kind: 'line' });
  });
  return { before: before.filter((i) => i.text.trim()), after: after.filter((i) => i.text.trim()) };
}

const READERS = {
  二: (tokens: Parameters<typeof readReview>[0], items: SourceItem[], format: FormatVersion) =>
    readActiveDisclosure(tokens, items, FORMATS[format]),
  三: (tokens: Parameters<typeof readReview>[0], items: SourceItem[], format: FormatVersion) =>
    readApplications(
      tokens,
      items,
      FORMATS[format].tables.find((t) => t.id === 'applications')!,
    ),
  四: (tokens: Parameters<typeof readReview>[0], items: SourceItem[], format: FormatVersion) =>
    readReview(
      tokens,
      items,
      FORMATS[format].tables.find((t) => t.id === 'review')!,
    ),
};

/**
 * What follows the last row and still looks like a table (labels and figures, no sentence): a row no
 * official table has. It is listed as unplaced and kept as a paragraph, like what stood among the rows.
 */
function trailingRows(text: TokenText, read: TableRead, key: string, items: SourceItem[], placement: Placement) {
  const group: number[] = [];
  let p = read.end!;
  while (p < text.text.length) {
    const k = text.tokenAt(p);
    const token = text.tokens[k];
    if (token.kind === 'text' && (/[。！？；]/.test(token.text) || token.text.length > 40)) break;
    if (group[group.length - 1] !== k) group.push(k);
    while (p < text.text.length && text.tokenAt(p) === k) p++;
  }
  const tokens = group.filter((k) => text.tokens[k].kind !== 'empty');
  if (!tokens.some((k) => text.tokens[k].kind === 'value')) return;
  read.stray.push(tokens);
  read.end = p;
  const item = items[text.tokens[tokens[0]].item];
  const where = { line: item.line, ...(item.page !== undefined ? { page: item.page } : {}) };
  const words = writtenText(
    tokens.map((k) => text.tokens[k]),
    items,
  );
  placement.unplaced.push(unplaced('unknown-text', where, words, { zh: key, en: key }));
}

/** A section with tables: prose before them, the tables, what stood among them, prose after. */
function tableSection(key: '二' | '三' | '四', items: SourceItem[], format: FormatVersion, placement: Placement) {
  const tokens = tokenize(
    items,
    items.map((_, k) => k),
  );
  const read = READERS[key](tokens, items, format);
  placement.placed.push(...read.placed);
  placement.unplaced.push(...read.unplaced);
  if (read.start === undefined || read.end === undefined) return proseBlocks(items);
  const text = read.text!;
  trailingRows(text, read, key, items, placement);
  const at = (p: number) => text.rawAt(p) ?? { item: items.length, offset: 0 };
  const { before, after } = around(items, read, at);
  // What stood among the tables is kept as it was written, a paragraph per place.
  const strays: DraftBlock[] = read.stray.map((group) => ({
    kind: 'paragraph',
    text: writtenText(
      group.map((t) => tokens[t]),
      items,
    ),
  }));
  return [...proseBlocks(before), ...read.blocks, ...strays, ...proseBlocks(after)];
}

/** Builds our Markdown form from the items of a published report, with the placement report. */
export function assemble(source: SourceItem[]): Assembled {
  const { items, dropped } = segment(source);
  const placement: Placement = { placed: [], unplaced: [] };
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
        ? tableSection(s.key, s.items, format, placement)
        : proseBlocks(s.items),
  }));
  if (!title) placement.unplaced.push(unplaced('no-title', { line: items[0]?.line ?? 1 }, items[0]?.text ?? ''));
  placement.unplaced.push(...dropped);
  placement.unplaced.sort((a, b) => (a.page ?? 0) - (b.page ?? 0) || a.line - b.line);
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
    placement,
  };
}
