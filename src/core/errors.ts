/** What went wrong, for a host to turn into a message and an exit code. */
export type NianbaoErrorCode = 'usage' | 'input' | 'config' | 'output' | 'model' | 'rejected' | 'cancelled';

/** The one error type for expected failures (bad arguments, unreadable files, bad configuration). */
export class NianbaoError extends Error {
  constructor(
    readonly code: NianbaoErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'NianbaoError';
  }
}
