/**
 * What every source format is reduced to before a report is assembled: a sequence of items in
 * reading order. A `line` is a paragraph of prose (or a heading, or a cell of a table flattened into
 * text); a `cell` comes from a real table (HTML, Word) or a tab-indented table line, and may be empty.
 */
export interface SourceItem {
  kind: 'line' | 'cell';
  text: string;
  /** 1-based line of the source file (of the page, for a PDF), for messages about what could not be placed. */
  line: number;
  /** For a PDF: the 1-based page the item is on. */
  page?: number;
  /** For cells: the first cell of a table row (so readers know where rows begin). */
  rowStart?: boolean;
}

/** Trims the spaces and tabs a cell or line is padded with; NBSP and U+3000 inside stay (NB602 reports them). */
export function trimAscii(s: string): string {
  return s.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
}
