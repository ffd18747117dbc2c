/** One deadline for a whole request to the model: every attempt, every wait and a body that trickles. */

/**
 * The time a request may take, as one AbortSignal: aborted when the time is up or when the caller
 * cancels, whichever comes first. `expired` tells the two apart.
 */
export class Deadline {
  readonly signal: AbortSignal;
  private readonly controller = new AbortController();
  private readonly started = Date.now();
  private readonly timer: ReturnType<typeof setTimeout>;
  private timedOut = false;
  private readonly onCancel = () => this.controller.abort();

  constructor(
    readonly ms: number,
    private readonly cancel?: AbortSignal,
  ) {
    this.signal = this.controller.signal;
    this.timer = setTimeout(() => {
      this.timedOut = true;
      this.controller.abort();
    }, ms);
    if (cancel?.aborted) this.controller.abort();
    else cancel?.addEventListener('abort', this.onCancel, { once: true });
  }

  /** Whether the time ran out (rather than the caller cancelling). */
  get expired(): boolean {
    return this.timedOut;
  }

  /** Whether the caller cancelled. */
  get cancelled(): boolean {
    return !this.timedOut && !!this.cancel?.aborted;
  }

  elapsed(): number {
    return Date.now() - this.started;
  }

  remaining(): number {
    return Math.max(0, this.ms - this.elapsed());
  }

  /** Waits `ms`, or less when the deadline or a cancel comes first (then it rejects). */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.signal.aborted) return reject(new Error('aborted'));
      const done = () => {
        clearTimeout(t);
        reject(new Error('aborted'));
      };
      const t = setTimeout(() => {
        this.signal.removeEventListener('abort', done);
        resolve();
      }, ms);
      this.signal.addEventListener('abort', done, { once: true });
    });
  }

  /** Stops the timer and lets go of the caller's signal. */
  dispose(): void {
    clearTimeout(this.timer);
    this.cancel?.removeEventListener('abort', this.onCancel);
  }
}

/** An error whose retry is worth the wait: rate limits, overload, server errors, lost connections. */
export function retryable(error: unknown, connectionError: new (...args: never[]) => Error): boolean {
  const e = error as { status?: number };
  if (e.status === undefined) return error instanceof connectionError;
  return e.status === 408 || e.status === 409 || e.status === 429 || e.status >= 500;
}

/**
 * How long to wait before retry number `retry` (0-based): what the server asks (retry-after-ms,
 * Retry-After in seconds or as a date), else 0.5 s doubling up to 8 s, less up to a quarter at random.
 */
export function retryDelay(error: unknown, retry: number): number {
  const headers = (error as { headers?: { get?(name: string): string | null } }).headers;
  const ms = Number.parseFloat(headers?.get?.('retry-after-ms') ?? '');
  if (Number.isFinite(ms)) return Math.max(0, ms);
  const after = headers?.get?.('retry-after');
  if (after) {
    const seconds = Number.parseFloat(after);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const date = Date.parse(after);
    if (Number.isFinite(date)) return Math.max(0, date - Date.now());
  }
  return Math.min(500 * 2 ** retry, 8000) * (1 - Math.random() * 0.25);
}
