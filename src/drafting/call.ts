/** One HTTP request for one rung of the ladder: streamed where the endpoint streams, whole otherwise. */

import type { OpenAI } from 'openai';
import { sectionDraftJsonSchema } from './schema';

/** The ladder of structured output, from the strictest to plain text. */
export const LADDER = ['json_schema', 'json_object', 'tool', 'text'] as const;
export type Rung = (typeof LADDER)[number];

export type Message = { role: 'system' | 'user' | 'assistant'; content: string };

/** What came back: the answer's text (the tool call's arguments on the tool rung) and why it ended. */
export interface Answer {
  raw?: string;
  finish?: string | null;
}

function requestFor(rung: Rung, messages: Message[], model: string) {
  const base = { model, messages, temperature: 0.3 };
  const schema = sectionDraftJsonSchema();
  switch (rung) {
    case 'json_schema':
      return {
        ...base,
        response_format: {
          type: 'json_schema' as const,
          json_schema: { name: 'section_draft', schema, strict: true },
        },
      };
    case 'json_object':
      return { ...base, response_format: { type: 'json_object' as const } };
    case 'tool':
      return {
        ...base,
        tools: [
          {
            type: 'function' as const,
            function: { name: 'section_draft', description: '本节草稿', parameters: schema },
          },
        ],
        tool_choice: { type: 'function' as const, function: { name: 'section_draft' } },
      };
    default:
      return base;
  }
}

type Completion = {
  choices?: Array<{
    message?: { content?: string | null; tool_calls?: Array<{ function?: { arguments?: string } }> };
    finish_reason?: string | null;
  }>;
};
type Chunk = {
  choices?: Array<{
    delta?: { content?: string | null; tool_calls?: Array<{ function?: { arguments?: string } }> };
    finish_reason?: string | null;
  }>;
};

function whole(rung: Rung, completion: Completion): Answer {
  const choice = completion.choices?.[0];
  const raw = rung === 'tool' ? choice?.message?.tool_calls?.[0]?.function?.arguments : choice?.message?.content;
  return { raw: raw ?? undefined, finish: choice?.finish_reason };
}

/** Options of one request: the deadline's signal, the time left, and a listener for the text so far. */
export interface CallOptions {
  signal: AbortSignal;
  timeoutMs: number;
  stream: boolean;
  onDelta?: (soFar: string) => void;
}

/**
 * Sends one chat completion for a rung. Streamed, the answer is read chunk by chunk and `onDelta`
 * hears the text so far; a server that answers a streamed request with a whole JSON body is read too.
 */
export async function callRung(
  client: OpenAI,
  rung: Rung,
  messages: Message[],
  model: string,
  options: CallOptions,
): Promise<Answer> {
  const request = requestFor(rung, messages, model);
  const requestOptions = { signal: options.signal, timeout: Math.max(1, options.timeoutMs), maxRetries: 0 };
  if (!options.stream) {
    const completion = await client.chat.completions.create(
      { ...request, stream: false } as Parameters<typeof client.chat.completions.create>[0] & { stream: false },
      requestOptions,
    );
    return whole(rung, completion as Completion);
  }
  const { data, response } = await client.chat.completions
    .create({ ...request, stream: true } as Parameters<typeof client.chat.completions.create>[0] & { stream: true }, {
      ...requestOptions,
    })
    .withResponse();
  if (/json/i.test(response.headers.get('content-type') ?? '')) {
    const answer = whole(rung, (await response.json()) as Completion);
    if (answer.raw) options.onDelta?.(answer.raw);
    return answer;
  }
  let raw = '';
  let finish: string | null | undefined;
  for await (const chunk of data as AsyncIterable<Chunk>) {
    const choice = chunk.choices?.[0];
    const piece = rung === 'tool' ? choice?.delta?.tool_calls?.[0]?.function?.arguments : choice?.delta?.content;
    if (piece) {
      raw += piece;
      options.onDelta?.(raw);
    }
    if (choice?.finish_reason) finish = choice.finish_reason;
  }
  return { raw: raw || undefined, finish };
}

/** Whether a 400 names the structured-output feature (the endpoint rejects this rung, not the request). */
export function rejectsRung(error: unknown, rung: Rung): boolean {
  const e = error as { status?: number; message?: string };
  if (e.status !== 400 && e.status !== 422 && e.status !== 501) return false;
  const m = String(e.message ?? '').toLowerCase();
  if (rung === 'tool') return /tool|function/.test(m);
  return /response_format|json_schema|json_object|structured|schema/.test(m);
}

/** Whether a 400 says the endpoint does not stream (then the rung is asked again, unstreamed). */
export function rejectsStream(error: unknown): boolean {
  const e = error as { status?: number; message?: string };
  return (e.status === 400 || e.status === 422 || e.status === 501) && /stream/i.test(String(e.message ?? ''));
}
