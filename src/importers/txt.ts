import { sectionOfTitle } from '../core/parse';
import { trimAscii, type SourceItem } from './source';

/**
 * Plain text as copied out of a web page or a Word file. Every non-empty line is an item. Lines
 * indented with a tab are table cells (a tab alone is an empty cell), and so are the fields of a
 * tab-separated row; a short unindented line after
 * a text cell continues that cell (header cells broken across lines: `结果` / `维持`), unless it is a
 * section heading.
 */
export function readText(text: string): SourceItem[] {
  const items: SourceItem[] = [];
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.startsWith('\t')) {
      items.push({ kind: 'cell', text: trimAscii(raw), line });
      return;
    }
    // A tab-separated row (copied from a spreadsheet or a Word table): one cell per field.
    if (/\S\t/.test(raw) && !/[。！？]/.test(raw)) {
      raw
        .split('\t')
        .forEach((field, k) => items.push({ kind: 'cell', text: trimAscii(field), line, rowStart: k === 0 }));
      return;
    }
    const text = trimAscii(raw);
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
  });
  return items;
}
