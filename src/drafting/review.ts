/** The guard as the drafting run applies it to one heading: the reading's context, the sources, the refusal. */

import type { SectionDraft } from '../../schemas/sectionDraft';
import type { ReadingContext } from '../core/sentences';
import { PLAN_HEADING } from '../core/sentences/tense';
import { applyEdits } from '../core/edits';
import { parseReport } from '../core/parse';
import { COPIED, copiedShare } from '../core/rules/content';
import { draftEdit, draftText } from './apply';
import type { Refusal } from './client';
import type { Facts } from './facts';
import { unsourcedFigures } from './guard';
import { DraftCopiedError, DraftRejectedError, type UnsourcedFigure } from './rejected';
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

/**
 * A draft that would make its section 内容雷同 with last year's (NB505's measure, and more so than the
 * report already is): the complaint for the model and the error. Undefined otherwise.
 */
function copiedRefusal(draft: SectionDraft, target: DraftTarget, facts: Facts, before: number): Refusal | undefined {
  const previous = facts.previous?.report;
  if (!previous) return undefined;
  const edited = applyEdits(facts.reportText, [draftEdit(facts.reportText, target, draft)]).text;
  const after = copiedShare(parseReport(edited), previous, target.section);
  if (after === undefined || after * 100 < COPIED.percent || after <= before) return undefined;
  const percent = Math.round(after * 100);
  return {
    complaint: `采用这份草稿后，本部分的叙述与上年报告${percent}%相同（内容雷同）。请按本年的要点重新组织语言，不要沿用上年报告的句子。`,
    error: (offline) => new DraftCopiedError(target.heading.text, draftText(draft), percent, offline),
  };
}

/** The guard for one heading: undefined when every figure has a source, else the complaint and the error. */
export function guardFor(target: DraftTarget, facts: Facts): (draft: SectionDraft) => Refusal | undefined {
  const sources = sourcesOf(target, facts);
  const previous = facts.previous?.report;
  // How much the section is last year's already, before any draft (read once per heading).
  const before = previous ? (copiedShare(parseReport(facts.reportText), previous, target.section) ?? 0) : 0;
  return (draft) => {
    const figures = unsourcedIn(draft, target, facts, sources);
    if (!figures.length) return copiedRefusal(draft, target, facts, before);
    const listed = figures.map((f) => `「${f.written}」${f.zh}`).join('；');
    return {
      complaint: `草稿中这些数字找不到依据：${listed}。只能使用要点、表格数据和上年报告中的数字，每个数字写在它所计的事项旁边；要点没有给出的事实不要写数字，写入 missing。`,
      error: (offline) => new DraftRejectedError(target.heading.text, draftText(draft), figures, offline),
    };
  };
}
