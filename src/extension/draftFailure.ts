import * as vscode from 'vscode';
import { errorText } from './settings';

/** What the writer can do after a draft failed. */
export type FailureAction = 'showDraft' | 'offline' | 'settings' | 'retry';

/** A failed draft as the writer reads it: one whole sentence or two, and what to do next. */
export interface Failure {
  severity: 'error' | 'warning' | 'info';
  message: string;
  actions: FailureAction[];
  /** The text the figure guard refused, when the engine hands it over. */
  refused?: string;
}

/** What the run knew when the draft failed. */
export interface FailureContext {
  heading: string;
  host: string;
  timeoutSeconds: number;
  /** The extension gave up waiting (the model did not answer within the timeout). */
  timedOut: boolean;
}

interface EngineError {
  code?: string;
  message?: string;
  en?: string;
  draft?: unknown;
}

/** Words of the prompt and the protocol, which a message for the writer never shows. */
const PROGRAM_WORDS = /section_draft|json_schema|json_object|写入 ?missing|in(?:to)? ?missing/i;

/** The button titles of the actions. */
export function actionTitle(action: FailureAction): string {
  switch (action) {
    case 'showDraft':
      return vscode.l10n.t('Show the model’s draft');
    case 'offline':
      return vscode.l10n.t('Draft offline instead');
    case 'settings':
      return vscode.l10n.t('Open settings');
    default:
      return vscode.l10n.t('Retry');
  }
}

/** A message ends as a sentence: the engine words its errors as clauses (the CLI adds to them). */
function sentence(text: string): string {
  if (/[。！？.!?]$/.test(text)) return text;
  return /[\u4e00-\u9fff）」]$/.test(text) ? `${text}。` : `${text}.`;
}

/** Turns a drafting error into the writer's message and the actions it offers. */
export function describeFailure(error: unknown, ctx: FailureContext): Failure {
  const e = (error ?? {}) as EngineError;
  // An engine's own sentence may name the heading already (“The draft for … was not used”): not twice.
  const about = (text: string) =>
    sentence(
      text.includes(ctx.heading)
        ? text
        : vscode.l10n.t(
            '“{0}”: {1}',
            ctx.heading,
            text.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase()),
          ),
    );
  if (ctx.timedOut || e.code === 'timeout')
    return {
      severity: 'error',
      message: about(
        vscode.l10n.t('the model service {0} did not answer within {1} seconds.', ctx.host, ctx.timeoutSeconds),
      ),
      actions: ['retry', 'offline', 'settings'],
    };
  if (e.code === 'cancelled')
    return {
      severity: 'info',
      message: vscode.l10n.t('Drafting was cancelled; the report is unchanged.'),
      actions: [],
    };
  if (e.code === 'rejected') {
    const refused = typeof e.draft === 'string' ? e.draft : undefined;
    return {
      severity: 'warning',
      message: about(refusalText(e)),
      actions: [...(refused ? (['showDraft'] as const) : []), 'offline', 'settings', 'retry'],
      refused,
    };
  }
  return {
    severity: 'error',
    message: about(modelText(e, error, ctx.host)),
    actions: ['retry', 'offline', 'settings'],
  };
}

/** The figure guard's refusal: the engine's own words, or (an engine without them) the figures it named. */
function refusalText(e: EngineError): string {
  if (e.en !== undefined && !PROGRAM_WORDS.test(errorText(e))) return errorText(e);
  const figures = /数字[：:]\s*(.+?)[。.]/.exec(e.message ?? '')?.[1];
  return figures
    ? vscode.l10n.t(
        'the model’s draft used figures found neither in the notes nor in the tables ({0}); it was not inserted.',
        figures,
      )
    : vscode.l10n.t(
        'the model’s draft used figures found neither in the notes nor in the tables; it was not inserted.',
      );
}

/**
 * A model failure: the engine's words when it has them in both languages; otherwise (an engine that words
 * it in Chinese only) said from what the service answered, so an English interface reads English.
 */
function modelText(e: EngineError, error: unknown, host: string): string {
  const text = errorText(error);
  if (e.code === 'model' && (PROGRAM_WORDS.test(text) || /^模型两次都没有给出合格的回答/.test(text)))
    return vscode.l10n.t('the model answered twice, but not with a draft Nianbao can use.');
  if (e.en !== undefined || e.code !== 'model') return text;
  return serviceText(error, host) ?? text;
}

/** What the model service answered (its HTTP status), or that it could not be reached. */
function serviceText(error: unknown, host: string): string | undefined {
  const cause = (error as { cause?: { status?: unknown } }).cause;
  if (!cause) return undefined;
  const status = cause.status;
  if (status === 401 || status === 403)
    return vscode.l10n.t('the model service {0} refused access (HTTP {1}): check the API key.', host, status);
  if (status === 429)
    return vscode.l10n.t('the model service {0} had too many requests (HTTP 429), and retrying did not help.', host);
  // The service's own words are left out: some echo the key they were sent.
  if (typeof status === 'number')
    return vscode.l10n.t('the model service {0} answered with an error (HTTP {1}).', host, status);
  return vscode.l10n.t('the model service {0} could not be reached.', host);
}
