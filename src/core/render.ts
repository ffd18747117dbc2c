import { stringify } from 'yaml';
import type { FormatVersion } from './model';

/** A report to be written in our Markdown form (document.md): what importers and the scaffold build. */
export interface ReportDraft {
  agency?: string;
  year?: number;
  format?: FormatVersion;
  previous?: string;
  /** `draft` for a report being written (the scaffold's). */
  status?: 'draft';
  /** Lines before the title (web-page debris is kept so that the checker shows it). */
  beforeTitle: string[];
  title?: string;
  preamble: string[];
  sections: DraftSection[];
  /** The unit name and the date, one per line. */
  signature: string[];
}

export interface DraftSection {
  /** The heading as written (a missing number stays missing, for NB103). */
  heading: string;
  blocks: DraftBlock[];
}

export type DraftBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'notes'; text: string }
  | { kind: 'table'; header: string[]; rows: string[][]; align?: Array<'left' | 'right'> };

/**
 * Text that the preview (Markdown with HTML on) shows as text: a `<` that could open a tag, a comment
 * or an autolink, and a `&` that could start an entity, are backslash-escaped (CommonMark).
 */
export function escapeInlineHtml(text: string): string {
  return text.replace(/<(?=[A-Za-z/!?])/g, '\\<').replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}

function cell(text: string): string {
  return escapeInlineHtml(text.replace(/\r?\n/g, ' ')).replace(/\|/g, '\\|');
}

/** A GFM pipe table; the first column left-aligned, numbers right-aligned. */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  const delimiter = `| ${header.map((_, i) => (i === 0 ? '---' : '--:')).join(' | ')} |`;
  return [line(header), delimiter, ...rows.map(line)].join('\n');
}

/** Markdown text of a paragraph: HTML and a line that Markdown would read as a heading, list or table are escaped. */
function paragraph(text: string): string {
  return escapeInlineHtml(text)
    .split('\n')
    .map((l) => l.replace(/^(\s*)([#>|]|[-+*]\s|\d+[.)]\s)/, '$1\\$2'))
    .join('\n');
}

/** Renders a draft as the report's Markdown form. */
export function renderReport(draft: ReportDraft): string {
  const fm: Record<string, unknown> = {};
  if (draft.agency) fm.agency = draft.agency;
  if (draft.year !== undefined) fm.year = draft.year;
  if (draft.format) fm.format = Number(draft.format);
  if (draft.previous) fm.previous = draft.previous;
  if (draft.status) fm.status = draft.status;
  const parts: string[] = [];
  if (Object.keys(fm).length) parts.push(`---\n${stringify(fm).trimEnd()}\n---`);
  for (const l of draft.beforeTitle) parts.push(paragraph(l));
  if (draft.title) parts.push(`# ${escapeInlineHtml(draft.title)}`);
  for (const p of draft.preamble) parts.push(paragraph(p));
  for (const s of draft.sections) {
    parts.push(`## ${escapeInlineHtml(s.heading)}`);
    for (const b of s.blocks) {
      if (b.kind === 'paragraph') parts.push(paragraph(b.text));
      else if (b.kind === 'heading') parts.push(`### ${escapeInlineHtml(b.text)}`);
      else if (b.kind === 'notes') parts.push('```notes\n' + b.text.trimEnd() + '\n```');
      else parts.push(renderTable(b.header, b.rows));
    }
  }
  if (draft.signature.length) parts.push(escapeInlineHtml(draft.signature.join('\n')));
  return parts.join('\n\n') + '\n';
}
