import { sectionOfTitle } from '../core/parse';
import { trimAscii, type SourceItem } from './source';

/** A row of a pipe table as a converter writes it (`| a | b |`), and its delimiter row (`|---|--:|`). */
const PIPE_ROW = /^\s*\|.*\|\s*$/;
const PIPE_DELIMITER = /^\s*\|?(\s*:?-{3,}:?\s*\|)+\s*(:?-{3,}:?\s*)?$/;

/** The cells of a pipe row (`\|` is no separator; `<br>` inside a cell is a line break of the label). */
function pipeCells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => trimAscii(c.replace(/\\\|/g, '|').replace(/<br\s*\/?>/gi, '')));
}

/** A Markdown heading or an emphasised line of a converter, as plain text. */
function plain(line: string): string {
  return line
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/\s+#+\s*$/, '')
    .replace(/^(\*\*|__)(.+)\1$/, '$2');
}

/**
 * Plain text as copied out of a web page or a Word file, or Markdown written by a PDF/OCR converter.
 * Every non-empty line is an item. Lines indented with a tab are table cells (a tab alone is an
 * empty cell), and so are the fields of a tab-separated row and the cells of a pipe row; the first
 * cell after a blank line or of a pipe row starts a table row. A short unindented line after a text
 * cell continues that cell (header cells broken across lines: `结果` / `维持`), unless it is a
 * section heading.
 */
export function readText(text: string): SourceItem[] {
  const items: SourceItem[] = [];
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  let rowStart = true;
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (!raw.trim()) {
      rowStart = true;
      return;
    }
    if (PIPE_DELIMITER.test(raw)) return;
    if (PIPE_ROW.test(raw)) {
      pipeCells(raw).forEach((c, k) => items.push({ kind: 'cell', text: c, line, rowStart: k === 0 }));
      rowStart = true;
      return;
    }
    if (raw.startsWith('\t')) {
      items.push({ kind: 'cell', text: trimAscii(raw), line, rowStart });
      rowStart = false;
      return;
    }
    // A tab-separated row (copied from a spreadsheet or a Word table): one cell per field.
    if (/\S\t/.test(raw) && !/[。！？]/.test(raw)) {
      raw
        .split('\t')
        .forEach((field, k) => items.push({ kind: 'cell', text: trimAscii(field), line, rowStart: k === 0 }));
      rowStart = true;
      return;
    }
    const text = trimAscii(plain(raw));
    if (!text) return;
    const prev = items[items.length - 1];
    if (
      prev?.kind === 'cell' &&
      prev.text &&
      !/^[\d\s\u00a0\u3000.]+$/.test(prev.text) &&
      text.length <= 12 &&
      !/[。，；]/.test(text) &&
      !/^[一二三四五六][、.．]/.test(text) &&
      !sectionOfTitle(text)
    ) {
      prev.text += text;
      return;
    }
    items.push({ kind: 'line', text, line });
    rowStart = true;
  });
  return items;
}
