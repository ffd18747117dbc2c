import { labelDistance, nearestLabel, normalizeLabel } from '../core/formats/labels';
import type { FormatDef, RowDef, TableDef } from '../core/formats/types';
import type { DraftBlock } from '../core/render';

/** A piece of a table as read from the source: a cell, or a short line of a flattened table. */
export interface Token {
  text: string;
  line: number;
  cell: boolean;
  used?: boolean;
}

const VALUE_RE = /^[\s\u00a0\u3000]*[-−+]?\d+(?:\.\d+)?[\s\u00a0\u3000]*(?:元|万元)?[\s\u00a0\u3000]*$/;

/** A number (with its padding, kept for NB602) or an empty cell. */
export function isValue(t: Token): boolean {
  return VALUE_RE.test(t.text) || (t.cell && t.text === '');
}

/** The label a token (or the token joined with the next one or two: labels broken across lines) matches. */
function matchLabel<T>(
  tokens: Token[],
  i: number,
  candidates: readonly T[],
  labelOf: (c: T) => string,
  maxSpan = 3,
): { match: T; span: number; text: string } | undefined {
  let text = '';
  for (let span = 1; span <= maxSpan && i + span - 1 < tokens.length; span++) {
    const t = tokens[i + span - 1];
    // A piece joins the one before only if it is no label of its own (then it starts the next row).
    if (span > 1 && (isValue(t) || t.text === '' || matchLabel(tokens, i + span - 1, candidates, labelOf, 1))) break;
    text += t.text;
    if (!text) return undefined;
    const { best } = nearestLabel(text, candidates, labelOf);
    if (best !== undefined) return { match: best, span, text };
  }
  return undefined;
}

/** Takes up to `n` value tokens from `i`; stops early at anything that is not a value. */
function takeValues(tokens: Token[], i: number, n: number): { values: string[]; next: number } {
  const values: string[] = [];
  while (values.length < n && i < tokens.length && isValue(tokens[i])) {
    tokens[i].used = true;
    values.push(tokens[i].text.trim() === '' ? '' : tokens[i].text.replace(/^[ \t]+|[ \t]+$/g, ''));
    i++;
  }
  return { values, next: i };
}

/** The official header row of a table in our Markdown form. */
export function officialHeader(def: TableDef): string[] {
  return [def.caption, ...def.columns.map((c) => c.label)];
}

/**
 * Section 三: the rows in reading order, each row's label as written (so that a damaged label stays
 * visible to NB202) and the numbers after it (too few stay too few, for NB203; never shifted).
 */
export function readApplications(tokens: Token[], def: TableDef): DraftBlock | undefined {
  const ncols = def.columns.length;
  const rows: string[][] = [];
  let next = 0; // index into def.rows of the next expected row
  let started = false;
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i];
    if (t.text === '' || (started && isValue(t))) {
      i++;
      continue;
    }
    // Only rows at or after the expected one (the same label never matches twice).
    const m = matchLabel(tokens, i, def.rows.slice(next), (r: RowDef) => r.label);
    if (!m) {
      if (!started) t.used = true; // header cells before the first row
      i++;
      continue;
    }
    started = true;
    for (let k = 0; k < m.span; k++) tokens[i + k].used = true;
    next = def.rows.indexOf(m.match) + 1;
    i += m.span;
    if (m.match.labelOnly) {
      // 2019's single-row （六）其他处理 carries numbers; a label-only row normally has none.
      const { values, next: after } = takeValues(tokens, i, ncols);
      rows.push([m.text, ...(values.length ? values : new Array(ncols).fill(''))]);
      i = after;
      continue;
    }
    const { values, next: after } = takeValues(tokens, i, ncols);
    rows.push([m.text, ...values]);
    i = after;
    if (m.match === def.rows[def.rows.length - 1]) break;
  }
  return rows.length ? { kind: 'table', header: officialHeader(def), rows } : undefined;
}

/**
 * Section 四: our transposed form (three labelled rows of five) is read row by row; the official
 * layout gives fifteen numbers in three groups of five after its two-level header.
 */
export function readReview(tokens: Token[], def: TableDef): DraftBlock | undefined {
  const litigation = normalizeLabel(def.rows[1].label);
  if (tokens.some((t) => normalizeLabel(t.text) === litigation)) return readApplications(tokens, def);
  const first = tokens.findIndex((t) => VALUE_RE.test(t.text));
  if (first < 0) return undefined;
  for (let i = 0; i < first; i++) tokens[i].used = true;
  const { values } = takeValues(tokens, first, def.rows.length * def.columns.length);
  const rows = def.rows
    .map((r, k) => [r.label, ...values.slice(k * def.columns.length, (k + 1) * def.columns.length)])
    .filter((r) => r.length > 1);
  return { kind: 'table', header: officialHeader(def), rows };
}

/** Section 二: one table per 条例 item, captions, headers and labels as written. */
export function readActiveDisclosure(tokens: Token[], format: FormatDef): DraftBlock[] {
  const defs = format.tables.filter((t) => t.section === '二');
  const out: DraftBlock[] = [];
  for (let i = 0; i < tokens.length;) {
    const caption = /第.{1,4}条/.test(tokens[i].text) ? matchLabel(tokens, i, defs, (d) => d.caption) : undefined;
    if (!caption) {
      i++;
      continue;
    }
    const def = caption.match;
    for (let k = 0; k < caption.span; k++) tokens[i + k].used = true;
    i += caption.span;
    if (i < tokens.length && normalizeLabel(tokens[i].text) === '信息内容') tokens[i++].used = true;
    // Header cells up to the first row label, joined where a label was broken across cells.
    const headerTokens: Token[] = [];
    while (
      i < tokens.length &&
      !isValue(tokens[i]) &&
      !matchLabel(tokens, i, def.rows, (r) => r.label) &&
      !/第.{1,4}条/.test(tokens[i].text)
    )
      headerTokens.push(tokens[i++]);
    const header = joinHeaders(headerTokens, def);
    const rows: string[][] = [];
    while (i < tokens.length) {
      const row = isValue(tokens[i]) ? undefined : matchLabel(tokens, i, def.rows, (r) => r.label);
      if (!row || /第.{1,4}条/.test(tokens[i].text)) break;
      for (let k = 0; k < row.span; k++) tokens[i + k].used = true;
      i += row.span;
      const { values, next } = takeValues(tokens, i, def.columns.length);
      rows.push([row.text, ...values]);
      i = next;
    }
    out.push({ kind: 'table', header: [caption.text, ...header], rows });
  }
  return out;
}

/** Written header cells matched to the official columns in order (pieces of one label are joined). */
function joinHeaders(tokens: Token[], def: TableDef): string[] {
  const header: string[] = [];
  let j = 0;
  for (const col of def.columns) {
    if (j >= tokens.length) {
      header.push(col.label);
      continue;
    }
    let text = tokens[j].text;
    tokens[j].used = true;
    j++;
    while (
      j < tokens.length &&
      labelDistance(text, col.label) === Infinity &&
      labelDistance(text + tokens[j].text, col.label) < Infinity
    ) {
      text += tokens[j].text;
      tokens[j++].used = true;
    }
    header.push(text);
  }
  return header;
}
