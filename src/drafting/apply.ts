import type { SectionDraft } from '../../schemas/sectionDraft';
import type { TextEdit } from '../core/model';
import { lineOffsets, positionAt } from '../core/model';
import type { DraftTarget } from './targets';

const mark = (m: string) => `【待核实：${m.replace(/^【?待核实[：:]?|】$/g, '')}】`;
const grams = (s: string) => new Set([...s].slice(0, -1).map((c, i) => c + s[i + 1]));

/** The paragraph a missing fact belongs to: the one sharing most words with it (the last on a tie). */
function paragraphFor(missing: string, paragraphs: readonly string[]): number {
  const wanted = grams(missing.replace(/[（）()【】：:，。]/g, ''));
  let best = paragraphs.length - 1;
  let score = 0;
  paragraphs.forEach((p, i) => {
    const shared = [...grams(p)].filter((g) => wanted.has(g)).length;
    if (shared > score) [best, score] = [i, shared];
  });
  return best;
}

/**
 * The narrative a draft becomes: its paragraphs as written (line breaks inside one taken out), each
 * missing fact marked 【待核实：…】 at the end of the paragraph it belongs to.
 */
export function draftText(draft: SectionDraft): string {
  const paragraphs = draft.paragraphs.map((p) => p.text.trim().replace(/\n+/g, ''));
  for (const m of draft.missing) paragraphs[paragraphFor(m, paragraphs)] += mark(m);
  return paragraphs.join('\n\n');
}

/** 【待补充…】 markers of the narrative a draft replaces: they stay until the writer removes them. */
export function keptMarkers(narrative: string): string[] {
  return [...narrative.matchAll(/【\s*待(?:补充|填写|完善)[^】]*】/g)].map((m) => m[0]);
}

/** The edit that puts a draft in place of a heading's narrative (between its notes and what follows). */
export function draftEdit(markdown: string, target: DraftTarget, draft: SectionDraft): TextEdit {
  const offsets = lineOffsets(markdown);
  const start = offsets[target.first] ?? markdown.length;
  const end = offsets[target.end] ?? markdown.length;
  const atEnd = end >= markdown.length;
  const kept = keptMarkers(markdown.slice(start, end));
  const body = [draftText(draft), ...(kept.length ? [kept.join('')] : [])].join('\n\n');
  const newText = `\n${body}\n${atEnd ? '' : '\n'}`;
  return { range: { start: positionAt(offsets, start), end: positionAt(offsets, end) }, newText };
}
