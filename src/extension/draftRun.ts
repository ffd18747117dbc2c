import * as vscode from 'vscode';
import type { DraftTarget } from '../drafting';
import { HeadingProgress, type EngineProgress } from './draftProgress';
import { loadEngine } from './lazy';
import type { Ui } from './ui';

type Engine = ReturnType<typeof loadEngine>;
type DraftOptions = NonNullable<Parameters<Engine['draftOne']>[3]>;
/** One heading drafted by the engine. */
export type Drafted = Awaited<ReturnType<Engine['draftOne']>>;

/** What the run tells its host as it goes. */
export interface RunHooks {
  /** A heading's draft is done (valid, its figures checked). */
  drafted(d: Drafted): Promise<void>;
  /** The draft so far, while an engine that streams writes it. */
  streamed(target: DraftTarget, partial: string): void;
  /** A step, in the writer's language (for the output channel). */
  log(line: string): void;
}

/** Where a run stopped: the heading that failed, its error, and whether the wait was given up. */
export interface RunFailure {
  target: DraftTarget;
  /** This heading and those after it, not drafted. */
  left: DraftTarget[];
  error: unknown;
  timedOut: boolean;
}

/** The options of a streaming engine (DraftOptions.onText), for engines that have it. */
interface Streaming {
  onText?: (partial: string) => void;
}

/**
 * Drafts the chosen headings one after another under a cancellable progress notification that says,
 * per heading, what is happening, which attempt it is and for how many seconds; stops at the first
 * failure (the drafts made before it are kept) and returns it.
 */
export async function runDrafts(
  ui: Ui,
  text: string,
  targets: DraftTarget[],
  model: DraftOptions['model'],
  hooks: RunHooks,
): Promise<RunFailure | undefined> {
  const engine = loadEngine();
  const { facts } = engine.planDrafts(text);
  const title =
    targets.length === 1
      ? vscode.l10n.t('Drafting “{0}”', targets[0].heading.text)
      : vscode.l10n.t('Drafting {0} headings', targets.length);
  return ui.withProgress(title, async (report, token) => {
    for (const [i, target] of targets.entries()) {
      const heading = target.heading.text;
      const say = (m: string) =>
        report(targets.length === 1 ? m : vscode.l10n.t('({0}/{1}) “{2}”: {3}', i + 1, targets.length, heading, m));
      const controller = new AbortController();
      const cancel = token.onCancellationRequested(() => controller.abort());
      const progress = new HeadingProgress(
        say,
        model?.timeoutMs ?? 0,
        () => controller.abort(),
        (line) => hooks.log(vscode.l10n.t('“{0}”: {1}', heading, line)),
      );
      const options: DraftOptions & Streaming = {
        model,
        signal: controller.signal,
        onProgress: (p: EngineProgress | string) => progress.update(p),
        onText: (partial) => hooks.streamed(target, partial),
      };
      try {
        if (token.isCancellationRequested) throw new engine.NianbaoError('cancelled', '已取消起草');
        await hooks.drafted(await engine.draftOne(text, target, facts, options));
      } catch (error) {
        return { target, left: targets.slice(i), error, timedOut: progress.timedOut };
      } finally {
        progress.dispose();
        cancel.dispose();
      }
    }
    return undefined;
  });
}
