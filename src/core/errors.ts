/** What went wrong, for a host to turn into a message and an exit code. */
export type NianbaoErrorCode =
  | 'usage'
  | 'input'
  | 'config'
  | 'output'
  | 'model'
  /** The model did not finish within the time allowed (the whole request, retries included). */
  | 'timeout'
  | 'rejected'
  | 'cancelled';

/**
 * The one error type for expected failures (bad arguments, unreadable files, bad configuration): the
 * message in Chinese, and in English where a host shows it in an English interface.
 */
export class NianbaoError extends Error {
  /** The message in English, when there is one. */
  readonly en?: string;

  constructor(
    readonly code: NianbaoErrorCode,
    message: string,
    options?: { cause?: unknown; en?: string },
  ) {
    super(message, options);
    this.name = 'NianbaoError';
    this.en = options?.en;
  }
}
