import type { Cell, TableRow } from '../model';

/**
 * Splits one pipe-table line into cells with their positions (`\|` is not a separator). The line is
 * `line` (0-based), starting at document offset `lineStart`.
 */
export function splitRow(text: string, line: number, lineStart: number, lineEnd: number): TableRow {
  let end = lineEnd;
  if (end > lineStart && text.charCodeAt(end - 1) === 13) end--;
  const isBlank = (k: number) => text[k] === ' ' || text[k] === '\t';
  let i = lineStart;
  while (i < end && isBlank(i)) i++;
  if (text[i] === '|') i++;
  let last = end;
  while (last > i && isBlank(last - 1)) last--;
  if (last > i && text[last - 1] === '|' && text[last - 2] !== '\\') last--;
  const pos = (offset: number) => ({ line, character: offset - lineStart });
  const cells: Cell[] = [];
  let cellStart = i;
  for (let j = i; j <= last; j++) {
    if (j < last && !(text[j] === '|' && text[j - 1] !== '\\')) continue;
    let s = cellStart;
    let e = j;
    while (s < e && isBlank(s)) s++;
    while (e > s && isBlank(e - 1)) e--;
    // An empty cell points at the middle of its blank space, where a value would be typed.
    const at = s === e ? Math.min(cellStart + 1, j) : s;
    const raw = text.slice(s, e);
    cells.push({
      text: raw.includes('\\|') ? raw.replace(/\\\|/g, '|') : raw,
      offset: at,
      range: { start: pos(at), end: pos(s === e ? at : e) },
      span: { start: pos(cellStart), end: pos(j) },
    });
    cellStart = j + 1;
  }
  return { line, cells, range: { start: pos(lineStart), end: pos(end) } };
}
