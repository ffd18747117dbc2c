/** Proposals: a passage's replacement, checked by the drafting figure guard before the writer sees it. */

import type { SectionDraft } from '../../schemas/sectionDraft';
import { lineOffsets, offsetAt, rangeOf, type SectionKey } from '../core/model';
import { guardFor, type DraftTarget, type UnsourcedFigure } from '../drafting';
import type { ReportContext } from './context';
import type { ChatDocument, Proposal } from './types';

/** The passage a /revise works on: the selection, else the narrative of the heading at the cursor. */
export interface Passage {
  start: number;
  end: number;
  text: string;
  target: DraftTarget;
}

const KIND_BY_SECTION: Partial<Record<SectionKey, DraftTarget['kind']>> = { 三: 'applications', 四: 'review' };

/** The heading's drafting target (its notes), or one made for a heading without notes. */
function targetAt(ctx: ReportContext, line: number): DraftTarget | undefined {
  const heading = ctx.heading;
  if (!heading || !ctx.section) return undefined;
  const own = ctx.targets.find((t) => t.heading.range.start.line === heading.range.start.line);
  if (own) return own;
  return {
    section: ctx.section,
    heading,
    kind: KIND_BY_SECTION[ctx.section] ?? 'other',
    notes: '',
    first: line,
    end: line,
  };
}

/** The passage to revise, or undefined when the cursor is under no heading with a narrative to revise. */
export function passageOf(ctx: ReportContext, doc: ChatDocument): Passage | undefined {
  const offsets = lineOffsets(doc.text);
  const line = rangeOf(offsets, doc.cursor, doc.cursor).start.line;
  const target = targetAt(ctx, line);
  if (!target) return undefined;
  if (doc.selection && doc.selection.end > doc.selection.start) {
    const { start, end } = doc.selection;
    return { start, end, text: doc.text.slice(start, end), target };
  }
  if (target.end <= target.first) return undefined;
  const start = offsetAt(offsets, { line: target.first, character: 0 });
  const end = offsetAt(offsets, { line: target.end, character: 0 });
  const raw = doc.text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  return text ? { start: start + lead, end: start + lead + text.length, text, target } : undefined;
}

/** A model's rewrite as prose: code fences and surrounding blank lines taken off. */
export function cleanRewrite(answer: string): string {
  return answer
    .replace(/^\s*```[^\n]*\n([\s\S]*?)\n```\s*$/, '$1')
    .trim()
    .replace(/\n{3,}/g, '\n\n');
}

/** The figures of a replacement that have no source (tables, notes, last year, or the passage it replaces). */
export function unsourcedIn(ctx: ReportContext, passage: Passage, newText: string): readonly UnsourcedFigure[] {
  const target = { ...passage.target, notes: [passage.target.notes, passage.text].filter(Boolean).join('\n') };
  const paragraphs = newText
    .split(/\n\s*\n/)
    .map((t) => ({ text: t.trim() }))
    .filter((p) => p.text);
  const draft: SectionDraft = { paragraphs: paragraphs.length ? paragraphs : [{ text: newText }], missing: [] };
  const refusal = guardFor(target, ctx.facts)(draft);
  if (!refusal) return [];
  const error = refusal.error() as Error & { figures?: readonly UnsourcedFigure[] };
  return error.figures ?? [];
}

/** The proposal replacing a passage with new text. */
export function proposalFor(
  doc: ChatDocument,
  passage: Passage,
  newText: string,
  source: Proposal['source'],
): Proposal {
  return {
    heading: passage.target.heading.text,
    range: rangeOf(lineOffsets(doc.text), passage.start, passage.end),
    oldText: passage.text,
    newText,
    source,
  };
}
