import type { OpenAI } from 'openai';
import type { SectionDraft } from '../../schemas/sectionDraft';
import { NianbaoError } from '../core/errors';
import { callRung, LADDER, rejectsRung, rejectsStream, type Answer, type Message, type Rung } from './call';
import { Deadline, retryable, retryDelay } from './deadline';
import { describeFailure, timeoutError } from './failures';
import { presetFor } from './presets';
import { checkedBaseURL } from './redact';
import { partialText, readAnswer, sectionDraftJsonSchema } from './schema';

export { LADDER, type Rung } from './call';

type OpenAiModule = typeof import('openai');

export interface ModelConfig {
  baseURL: string;
  model: string;
  /** From SecretStorage or the environment; never logged, never in a message. */
  apiKey?: string;
  /** The whole request: every attempt, every wait between them, and the answer's body to its end. */
  timeoutMs: number;
  /** Retries of 429, 5xx and lost connections within the time allowed (default 2), honouring Retry-After. */
  maxRetries?: number;
}

export interface Messages {
  system: string;
  user: string;
}

/** Where a request stands, for a progress display: called on each change and at least every second. */
export interface DraftProgress {
  /** The HTTP request being made or waited for, from 1 (retries and corrections count). */
  attempt: number;
  /** Since the request for this heading began. */
  elapsedMs: number;
  rung?: Rung;
  phase: 'waiting' | 'streaming' | 'checking' | 'retrying';
  /** The heading being drafted, and its place among those of the run (set by draftReport). */
  heading?: string;
  index?: number;
  total?: number;
}

/** A refusal of a valid draft: the complaint sent back to the model once, and the error if it persists. */
export interface Refusal {
  complaint: string;
  /** The error for the writer; `offline` when the draft was the offline drafter's (no model to retry). */
  error: (offline?: boolean) => Error;
}

export interface RequestOptions {
  signal?: AbortSignal;
  onProgress?: (p: DraftProgress) => void;
  /** The draft's text so far (paragraphs joined), as it streams in. */
  onText?: (partial: string) => void;
  /** Checks a valid draft (the figure guard): a refusal, or undefined to accept it. */
  review?: (draft: SectionDraft) => Refusal | undefined;
}

/** The rung each endpoint accepts, and the endpoints (per rung) that refuse to stream, for this process. */
const rungByEndpoint = new Map<string, Rung>();
const unstreamed = new Set<string>();

export function rememberedRung(baseURL: string): Rung | undefined {
  return rungByEndpoint.get(baseURL.replace(/\/+$/, ''));
}

export function forgetRungs(): void {
  rungByEndpoint.clear();
  unstreamed.clear();
}

async function openai(): Promise<OpenAiModule> {
  // A bundled CommonJS module arrives as the namespace's default export.
  const loaded = (await import('openai')) as unknown as OpenAiModule & { default?: OpenAiModule };
  return typeof loaded.APIConnectionError === 'function' ? loaded : loaded.default!;
}

/**
 * Asks an OpenAI-compatible endpoint for one `section_draft`, streamed where the endpoint streams:
 * down the ladder from the endpoint's remembered (or known) rung whenever it rejects one; every answer
 * validated with zod, and one correction that sends the problem — or the guard's complaint — back.
 * One deadline covers it all; every failure is a NianbaoError with no secret in its messages.
 */
export async function requestDraft(
  config: ModelConfig,
  messages: Messages,
  options: RequestOptions = {},
): Promise<{ draft: SectionDraft; rung: Rung }> {
  const api = await openai();
  const baseURL = checkedBaseURL(config.baseURL);
  const client = new api.OpenAI({ baseURL, apiKey: config.apiKey || 'not-needed', maxRetries: 0 });
  const deadline = new Deadline(config.timeoutMs, options.signal);
  const state = { attempt: 0, phase: 'waiting' as DraftProgress['phase'], rung: undefined as Rung | undefined };
  const report = () =>
    options.onProgress?.({
      attempt: state.attempt,
      elapsedMs: deadline.elapsed(),
      rung: state.rung,
      phase: state.phase,
    });
  const ticker = setInterval(report, 1000);
  try {
    return await ladder(client, api, config, messages, options, deadline, state, report);
  } catch (error) {
    if (deadline.expired) throw timeoutError(config, deadline.ms, state.attempt);
    if (deadline.cancelled) throw new NianbaoError('cancelled', '已取消起草', { en: 'Drafting was cancelled' });
    if (error instanceof NianbaoError) throw error;
    throw describeFailure(error, config, api);
  } finally {
    clearInterval(ticker);
    deadline.dispose();
  }
}

type State = { attempt: number; phase: DraftProgress['phase']; rung?: Rung };

async function ladder(
  client: OpenAI,
  api: OpenAiModule,
  config: ModelConfig,
  messages: Messages,
  options: RequestOptions,
  deadline: Deadline,
  state: State,
  report: () => void,
): Promise<{ draft: SectionDraft; rung: Rung }> {
  const key = config.baseURL.replace(/\/+$/, '');
  let index = LADDER.indexOf(rungByEndpoint.get(key) ?? presetFor(key)?.rung ?? 'json_schema');
  const schemaNote = `\n\n返回的 JSON 必须符合以下 JSON Schema（section_draft）：\n${JSON.stringify(sectionDraftJsonSchema())}`;
  for (;;) {
    const rung = LADDER[index];
    state.rung = rung;
    const history: Message[] = [
      { role: 'system', content: messages.system },
      { role: 'user', content: rung === 'json_schema' || rung === 'tool' ? messages.user : messages.user + schemaNote },
    ];
    try {
      for (let round = 0; ; round++) {
        const answer = await withRetries(client, api, config, rung, history, options, deadline, state, report);
        rungByEndpoint.set(key, rung);
        state.phase = 'checking';
        report();
        const reading = readAnswer(answer.raw, answer.finish, rung === 'text');
        const refusal = reading.draft ? options.review?.(reading.draft) : undefined;
        if (reading.draft && !refusal) return { draft: reading.draft, rung };
        if (round >= 1) {
          if (refusal) throw refusal.error();
          throw new NianbaoError('model', '模型两次都没有给出可用的草稿（回答的格式不对）：请重试，或改用离线起草', {
            en:
              'The model twice gave no usable draft (its answer was not in the expected form): ' +
              'try again, or draft offline',
            cause: new Error(reading.problem),
          });
        }
        state.phase = 'retrying';
        report();
        history.push(
          { role: 'assistant', content: answer.raw ?? '' },
          {
            role: 'user',
            content: `${refusal?.complaint ?? reading.problem}请重新回答，只返回符合 section_draft 结构的 JSON。`,
          },
        );
      }
    } catch (error) {
      if (!rejectsRung(error, rung) || index >= LADDER.length - 1 || deadline.signal.aborted) throw error;
      index++;
      rungByEndpoint.set(key, LADDER[index]);
    }
  }
}

/** One answer for a rung: retried after 429, 5xx and lost connections while the deadline allows. */
async function withRetries(
  client: OpenAI,
  api: OpenAiModule,
  config: ModelConfig,
  rung: Rung,
  history: Message[],
  options: RequestOptions,
  deadline: Deadline,
  state: State,
  report: () => void,
): Promise<Answer> {
  const key = `${config.baseURL.replace(/\/+$/, '')}|${rung}`;
  for (let retry = 0; ; retry++) {
    state.attempt++;
    state.phase = 'waiting';
    report();
    options.onText?.('');
    try {
      return await callRung(client, rung, history, config.model, {
        signal: deadline.signal,
        timeoutMs: deadline.remaining() + 1000,
        stream: !unstreamed.has(key),
        onDelta: (soFar) => {
          if (state.phase !== 'streaming') {
            state.phase = 'streaming';
            report();
          }
          options.onText?.(partialText(soFar, rung === 'text'));
        },
      });
    } catch (error) {
      if (deadline.signal.aborted) throw error;
      if (rejectsStream(error) && !unstreamed.has(key)) {
        unstreamed.add(key);
        retry--;
        continue;
      }
      const wait = retryDelay(error, retry);
      if (!retryable(error, api.APIConnectionError) || retry >= (config.maxRetries ?? 2)) throw error;
      if (wait >= deadline.remaining()) throw error;
      state.phase = 'retrying';
      report();
      await deadline.sleep(wait);
    }
  }
}
