/** The guard as the drafting run applies it to one heading: the reading's context, the sources, the refusal. */

import type { SectionDraft } from '../../schemas/sectionDraft';
import type { ReadingContext } from '../core/sentences';
import { PLAN_HEADING } from '../core/sentences/tense';
import { draftText } from './apply';
import type { Refusal } from './client';
import type { Facts } from './facts';
import { unsourcedFigures } from './guard';
import { DraftRejectedError, type UnsourcedFigure } from './rejected';
import { sourcesFor, type Sources } from './sources';
import type { DraftTarget } from './targets';

/** How the sentence reading reads a heading's draft: its topic, the report year, whether it plans. */
export function contextOf(target: DraftTarget, year: number): ReadingContext {
  const topic =
    target.kind === 'applications' ? 'applications' : target.kind === 'review' ? ('review' as const) : undefined;
  return { topic, year, plan: target.kind === 'measures' || PLAN_HEADING.test(target.heading.text) };
}

/** The sources of a heading's draft. */
export function sourcesOf(target: DraftTarget, facts: Facts): Sources {
  return sourcesFor({
    year: facts.year,
    notes: target.notes,
    reportText: facts.reportText,
    tables: facts.tables,
    previous: facts.previous,
  });
}

/** Every figure of a draft (its paragraphs and what it says is missing) that has no source. */
export function unsourcedIn(
  draft: SectionDraft,
  target: DraftTarget,
  facts: Facts,
  sources = sourcesOf(target, facts),
) {
  const context = contextOf(target, facts.year);
  const out: UnsourcedFigure[] = [];
  for (const text of [...draft.paragraphs.map((p) => p.text), ...draft.missing])
    out.push(...unsourcedFigures(text, context, sources));
  return out;
}

/** The guard for one heading: undefined when every figure has a source, else the complaint and the error. */
export function guardFor(target: DraftTarget, facts: Facts): (draft: SectionDraft) => Refusal | undefined {
  const sources = sourcesOf(target, facts);
  return (draft) => {
    const figures = unsourcedIn(draft, target, facts, sources);
    if (!figures.length) return undefined;
    const listed = figures.map((f) => `「${f.written}」${f.zh}`).join('；');
    return {
      complaint: `草稿中这些数字找不到依据：${listed}。只能使用要点、表格数据和上年报告中的数字，每个数字写在它所计的事项旁边；要点没有给出的事实不要写数字，写入 missing。`,
      error: () => new DraftRejectedError(target.heading.text, draftText(draft), figures),
    };
  };
}
