import type { SectionDraft } from '../../schemas/sectionDraft';
import { applyEdits } from '../core/edits';
import { NianbaoError } from '../core/errors';
import type { TextEdit } from '../core/model';
import { draftEdit } from './apply';
import { requestDraft, type ModelConfig, type Rung } from './client';
import { allowedFigures, inventedFigures } from './guard';
import { offlineDraft } from './offline';
import { renderPrompt } from './prompts';
import { planDrafts, selectTargets, type DraftTarget, type Facts } from './targets';

export { draftText } from './apply';
export { PRESETS, isLocal, presetFor } from './presets';
export type { ModelConfig, Rung } from './client';
export { planDrafts, selectTargets, type DraftTarget } from './targets';

export interface DraftOptions {
  /** The model to ask; without one the offline drafter writes the draft. */
  model?: ModelConfig;
  signal?: AbortSignal;
  onProgress?: (message: string) => void;
}

export interface Drafted {
  target: DraftTarget;
  draft: SectionDraft;
  edit: TextEdit;
  source: 'offline' | 'model';
  rung?: Rung;
}

/** The figure guard as a complaint for the model, or undefined when every figure is allowed. */
function guard(target: DraftTarget, facts: Facts): (draft: SectionDraft) => string | undefined {
  const allowed = allowedFigures(target.notes, facts);
  return (draft) => {
    const text = [...draft.paragraphs.map((p) => p.text), ...draft.missing].join('\n');
    const invented = inventedFigures(text, allowed);
    return invented.length
      ? `草稿中出现了要点和表格都没有的数字：${invented.join('、')}。只能使用要点和表格数据中的数字，缺少的事实写入 missing。`
      : undefined;
  };
}

/** Drafts one heading's narrative: through the model when one is configured, else offline. */
export async function draftOne(
  markdown: string,
  target: DraftTarget,
  facts: Facts,
  options: DraftOptions = {},
): Promise<Drafted> {
  const review = guard(target, facts);
  if (!options.model) {
    const draft = offlineDraft(target, facts);
    const complaint = review(draft);
    if (complaint) throw new NianbaoError('rejected', complaint);
    return { target, draft, edit: draftEdit(markdown, target, draft), source: 'offline' };
  }
  const { system, user } = renderPrompt(target, facts);
  const { draft, rung } = await requestDraft(
    options.model,
    { system, user },
    { signal: options.signal, onProgress: options.onProgress, review },
  );
  return { target, draft, edit: draftEdit(markdown, target, draft), source: 'model', rung };
}

/**
 * Drafts the headings of a report that have notes (all, or those `section` names) and returns the
 * drafts with the text they make. Any rejected draft fails the whole run: nothing is half-applied.
 */
export async function draftReport(
  markdown: string,
  section: string | undefined,
  options: DraftOptions = {},
): Promise<{ drafted: Drafted[]; text: string }> {
  const { targets, facts } = planDrafts(markdown);
  const chosen = section ? selectTargets(targets, section) : targets;
  if (!chosen.length)
    throw new NianbaoError(
      'usage',
      section
        ? `没有找到带要点（notes）的标题「${section}」`
        : '报告中没有带要点（notes）的标题：请在标题下写一个 ```notes 块',
    );
  const drafted: Drafted[] = [];
  for (const target of chosen) {
    if (options.signal?.aborted) throw new NianbaoError('cancelled', '已取消起草');
    options.onProgress?.(`起草「${target.heading.text}」…`);
    drafted.push(await draftOne(markdown, target, facts, options));
  }
  return {
    drafted,
    text: applyEdits(
      markdown,
      drafted.map((d) => d.edit),
    ).text,
  };
}
