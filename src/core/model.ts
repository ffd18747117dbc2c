/** The parsed report: every element keeps its 0-based source range so findings can point at it. */

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A replacement of the text in `range` (0-based) by `newText`. */
export interface TextEdit {
  range: Range;
  newText: string;
}

export type SectionKey = '一' | '二' | '三' | '四' | '五' | '六';
export const SECTION_KEYS: readonly SectionKey[] = ['一', '二', '三', '四', '五', '六'];

export type FormatVersion = '2019' | '2021';

export interface FrontMatter {
  agency?: string;
  year?: number;
  format?: FormatVersion;
  previous?: string;
  date?: string;
  /** Set while the report is being written: placeholders are then warnings (document.md). */
  status?: 'draft';
  range: Range;
  /** Problems reading the YAML: a syntax error, or a value a key cannot have (that key is then left out). */
  problems: FrontMatterProblem[];
}

/** A problem of the front matter, at the 0-based line of its key (or of the syntax error). */
export interface FrontMatterProblem {
  key?: string;
  line: number;
  zh: string;
  en: string;
}

export interface Heading {
  level: number;
  /** The heading text after the `#` marks, trimmed. */
  text: string;
  range: Range;
  /** Range of `text` alone. */
  textRange: Range;
  /** Offset of `text` in the document. */
  textOffset: number;
}

/** A block of prose: its raw source text (markdown markers included), one or more lines. */
export interface Paragraph {
  text: string;
  offset: number;
  range: Range;
}

export interface NotesBlock {
  text: string;
  range: Range;
}

export interface Cell {
  /** Cell text, trimmed of the spaces and tabs Markdown ignores (U+3000 and NBSP are kept). */
  text: string;
  range: Range;
  /** Offset of `text` in the document (for an empty cell: where text would go). */
  offset: number;
  /** Everything between the cell's two pipes. */
  span: Range;
}

export interface TableRow {
  line: number;
  cells: Cell[];
  range: Range;
}

/** A GFM pipe table as written: header row and body rows; `delimiterLine` is the `---` row. */
export interface Table {
  header: TableRow;
  delimiterLine: number;
  rows: TableRow[];
  range: Range;
  section?: SectionKey;
}

export interface Section {
  /** Which of the six sections this is, recognised from the heading text. */
  key: SectionKey;
  heading: Heading;
  /** The number the heading carries (`五` in `五、…`), if any. */
  number?: string;
  /** Range of the number prefix (`五、`) if present. */
  numberRange?: Range;
  subheadings: Heading[];
  paragraphs: Paragraph[];
  notes: NotesBlock[];
  tables: Table[];
  /** From the heading line to the line before the next section heading (or the signature). */
  range: Range;
}

export interface Signature {
  agency?: { text: string; range: Range };
  date?: { text: string; range: Range; year?: number };
  range: Range;
}

export interface Report {
  text: string;
  lineOffsets: number[];
  frontMatter?: FrontMatter;
  title?: Heading & { agency?: string; year?: number };
  preamble: Paragraph[];
  /** The recognised sections in document order (a section may appear twice in a broken report). */
  sections: Section[];
  /** Level-2 headings that name no section. */
  otherHeadings: Heading[];
  tables: Table[];
  signature?: Signature;
  /** Agency and year from the front matter, else from the title. */
  agency?: string;
  year?: number;
}

/** Line start offsets of `text` (index = 0-based line). */
export function lineOffsets(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

/** The 0-based position of an offset. */
export function positionAt(offsets: number[], offset: number): Position {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - offsets[lo] };
}

export function offsetAt(offsets: number[], pos: Position): number {
  return (offsets[pos.line] ?? offsets[offsets.length - 1]) + pos.character;
}

export function rangeOf(offsets: number[], start: number, end: number): Range {
  return { start: positionAt(offsets, start), end: positionAt(offsets, end) };
}

/** The whole of lines `first`..`last` (0-based, inclusive), without the final line break. */
export function lineRange(text: string, offsets: number[], first: number, last: number): Range {
  const endLineStart = offsets[last] ?? text.length;
  let endLineEnd = last + 1 < offsets.length ? offsets[last + 1] - 1 : text.length;
  if (endLineEnd > endLineStart && text[endLineEnd - 1] === '\r') endLineEnd--;
  return { start: { line: first, character: 0 }, end: { line: last, character: endLineEnd - endLineStart } };
}
