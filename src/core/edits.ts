import type { TextEdit } from './model';
import { lineOffsets, offsetAt } from './model';

/**
 * Applies edits to a text. Edits are applied as if simultaneously; an edit overlapping one already
 * taken is dropped (returned in `skipped`) so that a second pass can redo it on the new text.
 * Insertions at the same place keep their order.
 */
export function applyEdits(
  text: string,
  edits: readonly TextEdit[],
): { text: string; applied: number; skipped: TextEdit[] } {
  const offsets = lineOffsets(text);
  const spans = edits
    .map((e, index) => ({ e, index, start: offsetAt(offsets, e.range.start), end: offsetAt(offsets, e.range.end) }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.index - b.index);
  const taken: typeof spans = [];
  const skipped: TextEdit[] = [];
  let lastEnd = -1;
  for (const s of spans) {
    if (s.start < lastEnd) {
      skipped.push(s.e);
      continue;
    }
    taken.push(s);
    lastEnd = s.end;
  }
  let out = '';
  let pos = 0;
  for (const s of taken) {
    out += text.slice(pos, s.start) + s.e.newText;
    pos = s.end;
  }
  out += text.slice(pos);
  return { text: out, applied: taken.length, skipped };
}
