import type { DraftTarget } from '../drafting';
import type { DraftReview, Session } from './draftReview';
import { loadEngine } from './lazy';

/** How often a streaming draft's tab is refreshed. */
const STREAM_REFRESH_MS = 200;

/**
 * Streams each heading's draft into its review tab as an engine that streams writes it (the tab opens with
 * the first words and is refreshed a few times a second); `stop` ends a heading's (or every) refresh.
 */
export function streamInto(review: DraftReview, session: Session | undefined, text: string) {
  const timers = new Map<DraftTarget, NodeJS.Timeout>();
  const latest = new Map<DraftTarget, string>();
  const show = (target: DraftTarget) => {
    timers.delete(target);
    const paragraphs = (latest.get(target) ?? '')
      .split(/\n{2,}/)
      .flatMap((p) => (p.trim() ? [{ text: p.trim() }] : []));
    if (!session || !paragraphs.length) return;
    const edit = loadEngine().draftEdit(text, target, { paragraphs, missing: [] });
    void review.show(session, target.heading.text, lineOf(target), edit, true);
  };
  return {
    push: (target: DraftTarget, partial: string) => {
      latest.set(target, partial);
      if (session && !timers.has(target))
        timers.set(
          target,
          setTimeout(() => show(target), STREAM_REFRESH_MS),
        );
    },
    stop: (target?: DraftTarget) => {
      for (const [t, timer] of [...timers])
        if (!target || t === target) {
          clearTimeout(timer);
          timers.delete(t);
        }
    },
  };
}

/** A heading's line in the report as drafted (what names a draft within its run). */
const lineOf = (t: DraftTarget) => t.heading.range.start.line;
