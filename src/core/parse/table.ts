import type { Cell, TableRow } from '../model';
import { positionAt } from '../model';

/** Splits one pipe-table line into cells with their document offsets (`\|` is not a separator). */
export function splitRow(text: string, lineStart: number, lineEnd: number, offsets: number[]): TableRow {
  const line = positionAt(offsets, lineStart).line;
  let end = lineEnd;
  if (end > lineStart && text[end - 1] === '\r') end--;
  let i = lineStart;
  while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
  if (text[i] === '|') i++;
  let last = end;
  while (last > i && (text[last - 1] === ' ' || text[last - 1] === '\t')) last--;
  if (last > i && text[last - 1] === '|' && text[last - 2] !== '\\') last--;
  const cells: Cell[] = [];
  let cellStart = i;
  for (let j = i; j <= last; j++) {
    if (j < last && !(text[j] === '|' && text[j - 1] !== '\\')) continue;
    let s = cellStart;
    let e = j;
    while (s < e && (text[s] === ' ' || text[s] === '\t')) s++;
    while (e > s && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
    // An empty cell points at the middle of its blank space, where a value would be typed.
    const at = s === e ? Math.min(cellStart + 1, j) : s;
    cells.push({
      text: text.slice(s, e).replace(/\\\|/g, '|'),
      offset: at,
      range: { start: positionAt(offsets, at), end: positionAt(offsets, s === e ? at : e) },
      span: { start: positionAt(offsets, cellStart), end: positionAt(offsets, j) },
    });
    cellStart = j + 1;
  }
  return { line, cells, range: { start: { line, character: 0 }, end: { line, character: end - lineStart } } };
}
