import type { SectionDraft } from '../../schemas/sectionDraft';
import type { Facts } from './facts';
import { missingRequired } from './required';
import { contextOf } from './review';
import type { DraftTarget } from './targets';

/** A draft that passed the guard, with what its heading must state and it leaves out added as missing. */
export function finishDraft(draft: SectionDraft, target: DraftTarget, facts: Facts): SectionDraft {
  const text = draft.paragraphs.map((p) => p.text).join('\n');
  const context = contextOf(target, facts.year);
  const required = missingRequired(target.kind, text, context, facts, target.heading.level);
  const missing = [...draft.missing, ...required.filter((r) => !draft.missing.includes(r))];
  return { paragraphs: draft.paragraphs, missing };
}
