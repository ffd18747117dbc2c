/** Model failures in the writer's words, in Chinese and English, with every secret taken out. */

import { NianbaoError } from '../core/errors';
import { hostOf, redact, type Secrets } from './redact';

type OpenAiModule = typeof import('openai');

/** The request did not finish in time: said once, with the time allowed and the requests made. */
export function timeoutError(config: Secrets, ms: number, attempts: number): NianbaoError {
  const host = hostOf(config.baseURL);
  const seconds = Math.round(ms / 100) / 10;
  return new NianbaoError(
    'timeout',
    `模型服务 ${host} 在 ${seconds} 秒内没有写完草稿（共请求 ${attempts} 次）：可稍后重试、延长超时时间，或改用离线起草`,
    {
      en:
        `The model service ${host} did not finish the draft within ${seconds} s ` +
        `(${attempts} request${attempts === 1 ? '' : 's'}): try again later, allow more ` +
        `time, or draft offline`,
    },
  );
}

/** The server's own words, shortened and without secrets (it may echo the key it was sent). */
function serverWords(error: { message?: string }, config: Secrets): string {
  const text = redact(String(error.message ?? ''), config)
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
}

/** A failure of the HTTP exchange as a NianbaoError (code `model`); its cause keeps no secret either. */
export function describeFailure(error: unknown, config: Secrets, api: OpenAiModule): NianbaoError {
  const e = error as { status?: number; message?: string };
  const host = hostOf(config.baseURL);
  const said = serverWords(e, config);
  const cause = new Error(said);
  let zh: string;
  let en: string;
  if (error instanceof api.APIConnectionError) {
    zh = `无法连接模型服务 ${host}：请检查网络和服务地址`;
    en = `Cannot reach the model service ${host}: check the network and the address`;
  } else if (e.status === 401 || e.status === 403) {
    zh = `模型服务 ${host} 拒绝了访问（HTTP ${e.status}）：请检查 API 密钥`;
    en = `The model service ${host} refused access (HTTP ${e.status}): check the API key`;
  } else if (e.status === 404) {
    zh = `模型服务 ${host} 找不到所请求的地址或模型（HTTP 404）：请检查服务地址和模型名称`;
    en = `The model service ${host} found no such address or model (HTTP 404): check the address and the model name`;
  } else if (e.status === 429) {
    zh = `模型服务 ${host} 表示请求过于频繁（HTTP 429），重试后仍未成功：请稍后再试`;
    en = `The model service ${host} says there are too many requests (HTTP 429), and retrying did not help: try later`;
  } else if (e.status) {
    zh = `模型服务 ${host} 返回错误（HTTP ${e.status}）${said ? `：${said}` : ''}`;
    en = `The model service ${host} answered with an error (HTTP ${e.status})${said ? `: ${said}` : ''}`;
  } else {
    zh = `调用模型服务 ${host} 失败${said ? `：${said}` : ''}`;
    en = `The request to the model service ${host} failed${said ? `: ${said}` : ''}`;
  }
  return new NianbaoError('model', zh, { en, cause });
}
