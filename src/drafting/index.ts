/**
 * Drafting: bullet notes under a heading become the narrative that follows them, through a model or
 * offline, every figure checked by the guard. Nothing is applied here: the hosts apply `edit`.
 *
 * The contract with the hosts (the CLI and the VS Code extension):
 * - `draftReport(markdown, section?, options)` drafts every heading with written notes (or those
 *   `section` names) and returns `{ drafted, text }`; `draftOne(markdown, target, facts, options)` one
 *   heading (targets and facts from `planDrafts(markdown, readPrevious?)`). `draftText(draft)` is
 *   the text a draft becomes; `PRESETS`, `presetFor`, `isLocal` describe endpoints.
 * - `options.onProgress(p)` hears `{ attempt, elapsedMs, rung?, phase, heading?, index?, total? }` on
 *   every change and at least once a second while a model is asked (`phase`: waiting, streaming,
 *   checking, retrying); `options.onText(partial, heading?)` the draft's whole text so far as it
 *   streams; `options.readPrevious(ref)` last year's report named by `previous:`.
 * - Every failure is a `NianbaoError` whose `code` says what happened — `model` (the service failed),
 *   `timeout` (the whole request, retries included, outran `timeoutMs`), `rejected` (the figure guard
 *   refused the draft: a `DraftRejectedError`, with `draft` the refused text and `figures` the figures
 *   without a source), `cancelled`, `usage` — with `message` (Chinese) and `en` (English) in the
 *   writer's words: never prompt internals, never a key.
 */

import type { SectionDraft } from '../../schemas/sectionDraft';
import { applyEdits } from '../core/edits';
import { NianbaoError } from '../core/errors';
import type { TextEdit } from '../core/model';
import { draftEdit } from './apply';
import { requestDraft, type DraftProgress, type ModelConfig, type Rung } from './client';
import { planDrafts, type Facts } from './facts';
import { finishDraft } from './finish';
import { offlineDraft } from './offline';
import { renderPrompt } from './prompts';
import { guardFor } from './review';
import { selectTargets, writtenTargets, type DraftTarget } from './targets';

export { draftText } from './apply';
export { PRESETS, isLocal, presetFor } from './presets';
export { checkedBaseURL, hostOf } from './redact';
export type { DraftProgress, ModelConfig, Rung } from './client';
export { DraftRejectedError, type UnsourcedFigure } from './rejected';
export { planDrafts, type Facts } from './facts';
export { selectTargets, type DraftTarget } from './targets';
export { guardFor } from './review';

export interface DraftOptions {
  /** The model to ask; without one the offline drafter writes the draft. */
  model?: ModelConfig;
  signal?: AbortSignal;
  /** Where the request stands: on each change, and at least every second while waiting for a model. */
  onProgress?(p: DraftProgress): void;
  /** The draft's whole text so far as it streams in (a model only), and the heading it is for. */
  onText?(partial: string, heading?: string): void;
  /** Reads last year's report named by the front matter's `previous` (the host owns the file system). */
  readPrevious?: (ref: string) => string | undefined;
}

export interface Drafted {
  target: DraftTarget;
  draft: SectionDraft;
  edit: TextEdit;
  source: 'offline' | 'model';
  rung?: Rung;
}

/** Drafts one heading's narrative: through the model when one is configured, else offline. */
export async function draftOne(
  markdown: string,
  target: DraftTarget,
  facts: Facts,
  options: DraftOptions = {},
  place: { index?: number; total?: number } = {},
): Promise<Drafted> {
  const review = guardFor(target, facts);
  if (!options.model) {
    const draft = finishDraft(offlineDraft(target, facts), target, facts);
    const refusal = review(draft);
    if (refusal) throw refusal.error(true);
    return { target, draft, edit: draftEdit(markdown, target, draft), source: 'offline' };
  }
  const heading = target.heading.text;
  const { system, user } = renderPrompt(target, facts);
  const { draft, rung } = await requestDraft(
    options.model,
    { system, user },
    {
      signal: options.signal,
      onProgress: (p) => options.onProgress?.({ ...p, heading, ...place }),
      onText: (partial) => options.onText?.(partial, heading),
      review,
    },
  );
  const finished = finishDraft(draft, target, facts);
  return { target, draft: finished, edit: draftEdit(markdown, target, finished), source: 'model', rung };
}

/**
 * Drafts the headings of a report that have written notes (all, or those `section` names) and returns
 * the drafts with the text they make. Any failure fails the whole run: nothing is half-applied.
 */
export async function draftReport(
  markdown: string,
  section: string | undefined,
  options: DraftOptions = {},
): Promise<{ drafted: Drafted[]; text: string }> {
  const { targets, facts } = planDrafts(markdown, options.readPrevious);
  const chosen = chooseTargets(targets, section);
  const drafted: Drafted[] = [];
  for (const [index, target] of chosen.entries()) {
    if (options.signal?.aborted) throw new NianbaoError('cancelled', '已取消起草', { en: 'Drafting was cancelled' });
    drafted.push(await draftOne(markdown, target, facts, options, { index, total: chosen.length }));
  }
  return {
    drafted,
    text: applyEdits(
      markdown,
      drafted.map((d) => d.edit),
    ).text,
  };
}

/** The targets to draft, or a usage error saying why there are none. */
function chooseTargets(targets: DraftTarget[], section: string | undefined): DraftTarget[] {
  const named = section ? selectTargets(targets, section) : targets;
  const written = writtenTargets(named);
  if (written.length) return written;
  if (section && named.length)
    throw new NianbaoError(
      'usage',
      `「${named[0].heading.text}」的要点还是新建报告时的提示：请先在 notes 块中写下本节的要点`,
      {
        en:
          `The notes of “${named[0].heading.text}” are still the new report’s hints: write ` +
          `this heading’s notes first`,
      },
    );
  if (section) {
    const known = writtenTargets(targets).map((t) => t.heading.text);
    throw new NianbaoError(
      'usage',
      `没有找到带要点（notes）的标题「${section}」` +
        (known.length ? `；写有要点的标题：${known.join('、')}` : '；报告中还没有写好要点的标题'),
      {
        en:
          `No heading “${section}” with notes was found` +
          (known.length ? `; headings with notes: ${known.join(', ')}` : '; no heading has written notes yet'),
      },
    );
  }
  throw new NianbaoError('usage', '报告中没有写好要点（notes）的标题：请在标题下的 ```notes 块中写下要点', {
    en: 'No heading of the report has written notes: write notes in a ```notes block under a heading',
  });
}
