/** A chat model behind an OpenAI-compatible endpoint (the drafting presets), streamed, within one deadline. */

import { NianbaoError } from '../core/errors';
import { checkedBaseURL, hostOf, type ModelConfig } from '../drafting';
import type { ChatMessage, ChatModel } from './types';

type OpenAiModule = typeof import('openai');

async function openai(): Promise<OpenAiModule> {
  // A bundled CommonJS module arrives as the namespace's default export.
  const loaded = (await import('openai')) as unknown as OpenAiModule & { default?: OpenAiModule };
  return typeof loaded.APIConnectionError === 'function' ? loaded : loaded.default!;
}

/** A failure in the writer's words: what happened and where, never the server's text (it may echo the key). */
function failure(error: unknown, config: ModelConfig, signal: AbortSignal | undefined, timedOut: boolean): Error {
  const host = hostOf(config.baseURL);
  const seconds = config.timeoutMs % 1000 ? (config.timeoutMs / 1000).toFixed(1) : String(config.timeoutMs / 1000);
  if (signal?.aborted) return new NianbaoError('cancelled', '已取消', { en: 'Cancelled' });
  if (timedOut)
    return new NianbaoError('timeout', `${host} 在 ${seconds} 秒内没有答完，已停止等待`, {
      en: `${host} did not finish answering within ${seconds} s; stopped waiting`,
    });
  const status = (error as { status?: number }).status;
  if (status)
    return new NianbaoError('model', `模型服务 ${host} 返回错误（HTTP ${status}）`, {
      en: `The model service ${host} answered with an error (HTTP ${status})`,
    });
  return new NianbaoError('model', `无法连接模型服务 ${host}`, { en: `Could not reach the model service ${host}` });
}

/** A ChatModel that streams answers from an OpenAI-compatible endpoint; one deadline covers each answer. */
export function endpointModel(config: ModelConfig): ChatModel & { config: ModelConfig } {
  return {
    config,
    label: `${config.model} @ ${hostOf(config.baseURL)}`,
    async complete(messages: ChatMessage[], options) {
      const api = await openai();
      const baseURL = checkedBaseURL(config.baseURL);
      const client = new api.OpenAI({ baseURL, apiKey: config.apiKey || 'not-needed', maxRetries: 0 });
      const timer = new AbortController();
      const timeout = setTimeout(() => timer.abort(), config.timeoutMs);
      const signal = options.signal ? AbortSignal.any([options.signal, timer.signal]) : timer.signal;
      try {
        const { data, response } = await client.chat.completions
          .create({ model: config.model, messages, stream: true }, { signal })
          .withResponse();
        // An endpoint that ignores `stream` answers with one JSON body: read it whole.
        if (/json/i.test(response.headers.get('content-type') ?? '')) {
          const whole = (await response.json()) as { choices?: Array<{ message?: { content?: string | null } }> };
          const text = whole.choices?.[0]?.message?.content ?? '';
          if (text) options.onText?.(text);
          return text;
        }
        let text = '';
        for await (const chunk of data) {
          const delta = chunk.choices[0]?.delta?.content ?? '';
          if (!delta) continue;
          text += delta;
          options.onText?.(text);
        }
        return text;
      } catch (error) {
        throw failure(error, config, options.signal, timer.signal.aborted);
      } finally {
        clearTimeout(timeout);
      }
    },
  };
}
