import { z } from 'zod';
import { sectionDraftSchema, type SectionDraft } from '../../schemas/sectionDraft';
import { NianbaoError } from '../core/errors';
import { presetFor } from './presets';

type OpenAiModule = typeof import('openai');

/** The ladder of structured output, from the strictest to plain text. */
export const LADDER = ['json_schema', 'json_object', 'tool', 'text'] as const;
export type Rung = (typeof LADDER)[number];

export interface ModelConfig {
  baseURL: string;
  model: string;
  /** From SecretStorage or the environment; never logged, never in a message. */
  apiKey?: string;
  timeoutMs: number;
  /** Retries of 429, 5xx and connection errors (the openai client's, honouring Retry-After). */
  maxRetries?: number;
}

export interface Messages {
  system: string;
  user: string;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** Called while waiting: what is happening, for a progress display. */
  onProgress?: (message: string) => void;
  /** Checks a valid draft (the figure guard); returns a complaint to send back once, or undefined. */
  review?: (draft: SectionDraft) => string | undefined;
}

/** The JSON schema sent as `section_draft`. */
export const SECTION_DRAFT_JSON_SCHEMA = z.toJSONSchema(sectionDraftSchema, { target: 'draft-7' }) as Record<
  string,
  unknown
>;

/** The rung each endpoint was last found to accept (per base URL, for this process). */
const rungByEndpoint = new Map<string, Rung>();

export function rememberedRung(baseURL: string): Rung | undefined {
  return rungByEndpoint.get(baseURL.replace(/\/+$/, ''));
}

export function forgetRungs(): void {
  rungByEndpoint.clear();
}

/** Whether a 400 names the structured-output feature (so the endpoint rejects this rung, not the request). */
function rejectsRung(error: unknown, rung: Rung): boolean {
  const e = error as { status?: number; message?: string };
  if (e.status !== 400 && e.status !== 422 && e.status !== 501) return false;
  const m = String(e.message ?? '').toLowerCase();
  if (rung === 'tool') return /tool|function/.test(m);
  return /response_format|json_schema|json_object|structured|schema/.test(m);
}

function requestFor(
  rung: Rung,
  messages: Array<{ role: 'system' | 'user' | 'assistant'; content: string }>,
  model: string,
) {
  const base = { model, messages, temperature: 0.3 };
  switch (rung) {
    case 'json_schema':
      return {
        ...base,
        response_format: {
          type: 'json_schema' as const,
          json_schema: { name: 'section_draft', schema: SECTION_DRAFT_JSON_SCHEMA, strict: true },
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
            function: { name: 'section_draft', description: '本节草稿', parameters: SECTION_DRAFT_JSON_SCHEMA },
          },
        ],
        tool_choice: { type: 'function' as const, function: { name: 'section_draft' } },
      };
    default:
      return base;
  }
}

/** The JSON object in an answer (plain-text rung: the first {...} block, code fences allowed). */
function extractJson(text: string): string {
  const fenced = /```(?:json)?\s*([\s\S]*?)```/.exec(text);
  const body = fenced ? fenced[1] : text;
  const start = body.indexOf('{');
  const end = body.lastIndexOf('}');
  return start >= 0 && end > start ? body.slice(start, end + 1) : body;
}

/**
 * Asks an OpenAI-compatible endpoint for one `section_draft`: down the ladder from the endpoint's
 * remembered (or known) rung whenever it rejects one; every answer validated with zod, and one retry
 * that sends the validation error — or the figure guard's complaint — back.
 */
export async function requestDraft(
  config: ModelConfig,
  messages: Messages,
  options: CallOptions = {},
): Promise<{ draft: SectionDraft; rung: Rung }> {
  // The openai module (a bundled CommonJS module arrives as the namespace's default export).
  const loaded = (await import('openai')) as unknown as OpenAiModule & { default?: OpenAiModule };
  const api = typeof loaded.APIConnectionError === 'function' ? loaded : loaded.default!;
  const OpenAI = api.OpenAI;
  const client = new OpenAI({
    baseURL: config.baseURL,
    apiKey: config.apiKey || 'not-needed',
    timeout: config.timeoutMs,
    maxRetries: config.maxRetries ?? 2,
  });
  const key = config.baseURL.replace(/\/+$/, '');
  let index = LADDER.indexOf(rungByEndpoint.get(key) ?? presetFor(key)?.rung ?? 'json_schema');
  const schemaNote = `\n\n返回的 JSON 必须符合以下 JSON Schema（section_draft）：\n${JSON.stringify(SECTION_DRAFT_JSON_SCHEMA)}`;

  for (;;) {
    const rung = LADDER[index];
    const history: Array<{ role: 'system' | 'user' | 'assistant'; content: string }> = [
      { role: 'system', content: messages.system },
      { role: 'user', content: rung === 'json_schema' || rung === 'tool' ? messages.user : messages.user + schemaNote },
    ];
    try {
      for (let attempt = 0; ; attempt++) {
        options.onProgress?.(attempt === 0 ? `等待模型回答（${rung}）…` : '模型回答不合要求，已请其修正…');
        const completion = await client.chat.completions.create(
          requestFor(rung, history, config.model) as Parameters<typeof client.chat.completions.create>[0] & {
            stream?: false;
          },
          { signal: options.signal },
        );
        rungByEndpoint.set(key, rung);
        const choice = completion.choices[0];
        const raw =
          rung === 'tool'
            ? (choice?.message?.tool_calls?.[0] as { function?: { arguments?: string } } | undefined)?.function
                ?.arguments
            : choice?.message?.content;
        let problem: string | undefined;
        let draft: SectionDraft | undefined;
        if (choice?.finish_reason === 'length') problem = '回答因长度限制被截断，请写得更简短。';
        else if (!raw) problem = '回答为空。';
        else {
          let parsed: unknown;
          try {
            parsed = JSON.parse(rung === 'text' ? extractJson(raw) : raw);
          } catch (e) {
            problem = `回答不是有效的 JSON：${e instanceof Error ? e.message : String(e)}`;
          }
          if (!problem) {
            const result = sectionDraftSchema.safeParse(parsed);
            if (result.success) draft = result.data;
            else
              problem = `回答不符合 section_draft 结构：${result.error.issues.map((i) => `${i.path.join('.') || '(根)'} ${i.message}`).join('；')}`;
          }
        }
        if (draft) {
          const complaint = options.review?.(draft);
          if (!complaint) return { draft, rung };
          if (attempt >= 1) throw new NianbaoError('rejected', complaint);
          problem = complaint;
        } else if (attempt >= 1) throw new NianbaoError('model', `模型两次都没有给出合格的回答：${problem}`);
        history.push(
          { role: 'assistant', content: raw ?? '' },
          { role: 'user', content: `${problem}请重新回答，只返回符合 section_draft 结构的 JSON。` },
        );
      }
    } catch (error) {
      if (error instanceof NianbaoError) throw error;
      if (options.signal?.aborted) throw new NianbaoError('cancelled', '已取消起草', { cause: error });
      if (rejectsRung(error, rung) && index < LADDER.length - 1) {
        index++;
        rungByEndpoint.set(key, LADDER[index]);
        options.onProgress?.(`该模型服务不支持 ${rung}，改用 ${LADDER[index]}…`);
        continue;
      }
      throw new NianbaoError('model', describe(error, config, api), { cause: error });
    }
  }
}

/** A model failure in words the writer can act on (never the key). */
function describe(error: unknown, config: ModelConfig, api: OpenAiModule): string {
  const e = error as { status?: number; name?: string; message?: string };
  const host = (() => {
    try {
      return new URL(config.baseURL).host;
    } catch {
      return config.baseURL;
    }
  })();
  if (error instanceof api.APIConnectionTimeoutError)
    return `模型服务 ${host} 在 ${Math.round(config.timeoutMs / 1000)} 秒内没有回答`;
  if (error instanceof api.APIConnectionError) return `无法连接模型服务 ${host}`;
  if (e.status === 401 || e.status === 403) return `模型服务 ${host} 拒绝了访问（HTTP ${e.status}）：请检查 API 密钥`;
  if (e.status === 429) return `模型服务 ${host} 的请求过于频繁（HTTP 429），重试后仍未成功`;
  if (e.status) return `模型服务 ${host} 返回错误（HTTP ${e.status}）：${String(e.message ?? '').slice(0, 200)}`;
  return `调用模型服务 ${host} 失败：${e.message ?? String(error)}`;
}
