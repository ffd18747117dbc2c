import * as vscode from 'vscode';

/** A step of one draft as the engine reports it. */
export type DraftPhase = 'waiting' | 'streaming' | 'checking' | 'retrying';

/** What the engine reports while it drafts a heading (DraftOptions.onProgress). */
export interface EngineProgress {
  attempt: number;
  elapsedMs: number;
  rung?: string;
  phase: DraftPhase;
}

/** Extra time the engine gets to report a timeout of its own before the extension gives up the wait. */
const ENGINE_GRACE_MS = 2000;

/**
 * An engine that reports a line of Chinese instead of an EngineProgress: read as a phase, never shown
 * (its words are the program's, not the writer's). Each request to the model is an attempt.
 */
export function readLine(line: string, attempt: number): { phase: DraftPhase; attempt: number } | undefined {
  if (line.startsWith('等待模型回答')) return { phase: 'waiting', attempt: attempt + 1 };
  if (line.startsWith('模型回答不合要求')) return { phase: 'retrying', attempt: attempt + 1 };
  return undefined;
}

/** The progress message of a phase: attempt and seconds since the attempt began. */
export function phaseMessage(phase: DraftPhase | undefined, attempt: number, seconds: number): string {
  switch (phase) {
    case 'waiting':
      return vscode.l10n.t('Waiting for the model… (attempt {0}, {1} s)', attempt, seconds);
    case 'retrying':
      return vscode.l10n.t(
        'The answer was not usable; asked the model to correct it… (attempt {0}, {1} s)',
        attempt,
        seconds,
      );
    case 'streaming':
      return vscode.l10n.t('The model is writing the draft… (attempt {0}, {1} s)', attempt, seconds);
    case 'checking':
      return vscode.l10n.t('Checking the draft’s figures… (attempt {0})', attempt);
    default:
      return vscode.l10n.t('Drafting…');
  }
}

/**
 * The progress of one heading in the writer's words, refreshed every second, and the time limit: an
 * attempt still waiting for the model's first word after the configured timeout is given up (`giveUp`),
 * so a silent server ends the run after the timeout once, whatever retries the client would make.
 */
export class HeadingProgress implements vscode.Disposable {
  private phase: DraftPhase | undefined;
  private attempt = 0;
  private since = Date.now();
  private readonly ticker = setInterval(() => this.render(), 1000);
  private watchdog?: NodeJS.Timeout;
  /** Whether the wait was given up because the model did not answer in time. */
  timedOut = false;

  constructor(
    private readonly show: (message: string) => void,
    private readonly timeoutMs: number,
    private readonly giveUp: () => void,
    private readonly log: (message: string) => void,
  ) {
    this.render();
  }

  /** The attempt under way (0 before the first request). */
  get attempts(): number {
    return this.attempt;
  }

  /** An engine report (an EngineProgress, or an older engine's line). */
  update(report: EngineProgress | string): void {
    const next = typeof report === 'string' ? readLine(report, this.attempt) : report;
    if (!next || (next.attempt === this.attempt && next.phase === this.phase)) return;
    if (next.attempt !== this.attempt) this.since = Date.now();
    const waitBegins = next.attempt !== this.attempt || !this.waiting();
    this.attempt = next.attempt;
    this.phase = next.phase;
    if (!this.waiting()) clearTimeout(this.watchdog);
    else if (waitBegins) this.arm(typeof report === 'string' ? 0 : ENGINE_GRACE_MS);
    this.log(phaseMessage(this.phase, this.attempt, 0));
    this.render();
  }

  private waiting(): boolean {
    return this.phase === 'waiting' || this.phase === 'retrying';
  }

  private arm(graceMs: number): void {
    clearTimeout(this.watchdog);
    this.watchdog = setTimeout(() => {
      this.timedOut = true;
      this.giveUp();
    }, this.timeoutMs + graceMs);
  }

  private render(): void {
    this.show(phaseMessage(this.phase, this.attempt, Math.floor((Date.now() - this.since) / 1000)));
  }

  dispose(): void {
    clearInterval(this.ticker);
    clearTimeout(this.watchdog);
  }
}
