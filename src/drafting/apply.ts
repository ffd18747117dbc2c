import type { SectionDraft } from '../../schemas/sectionDraft';
import type { TextEdit } from '../core/model';
import { lineOffsets, positionAt } from '../core/model';
import type { DraftTarget } from './targets';

/** The narrative a draft becomes: its paragraphs, each missing fact marked 【待核实：…】 at the end. */
export function draftText(draft: SectionDraft): string {
  const paragraphs = draft.paragraphs.map((p) => p.text.trim().replace(/\n+/g, ''));
  const marks = draft.missing.map((m) => `【待核实：${m.replace(/^【?待核实[：:]?|】$/g, '')}】`).join('');
  if (marks) paragraphs[paragraphs.length - 1] += marks;
  return paragraphs.join('\n\n');
}

/** The edit that puts a draft in place of a heading's narrative (between its notes and what follows). */
export function draftEdit(markdown: string, target: DraftTarget, draft: SectionDraft): TextEdit {
  const offsets = lineOffsets(markdown);
  const start = offsets[target.first] ?? markdown.length;
  const end = offsets[target.end] ?? markdown.length;
  const atEnd = end >= markdown.length;
  const newText = `\n${draftText(draft)}\n${atEnd ? '' : '\n'}`;
  return { range: { start: positionAt(offsets, start), end: positionAt(offsets, end) }, newText };
}
