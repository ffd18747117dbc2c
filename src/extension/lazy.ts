import { isReportMarkdown } from '../core/text';
import type * as Engine from './engine';

let engine: typeof Engine | undefined;

/** The engine, loaded on first use (a separate bundle: activation does not pay for it). */
export function loadEngine(): typeof Engine {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deliberate lazy load of the engine bundle
  engine ??= require('./engine') as typeof Engine;
  return engine;
}

/** Whether a Markdown document is a report: front matter naming agency or year, or the report title. */
export function looksLikeReport(text: string): boolean {
  return isReportMarkdown(text.slice(0, 4000));
}
