/** Secrets kept out of every message about the model connection: the key, credentials in the URL, tokens. */

import { NianbaoError } from '../core/errors';

/** What a connection may carry that must never be shown: the key, and what the base URL hides in it. */
export interface Secrets {
  baseURL: string;
  apiKey?: string;
}

/** The base URL's own secrets: a user name, a password, the values of its query (…?key=…). */
function urlSecrets(baseURL: string): string[] {
  try {
    const url = new URL(baseURL);
    const out = [url.username, url.password].map(decodeURIComponent);
    for (const value of url.searchParams.values()) out.push(value);
    return out.filter((s) => s.length >= 4);
  } catch {
    return [];
  }
}

/** Strings that look like keys whatever the server calls them (sk-…, Bearer …, key=…). */
const TOKEN_RES = [
  /\b(?:sk|ak|pk|key)-[A-Za-z0-9_-]{8,}/g,
  /\bBearer\s+[A-Za-z0-9._~+/-]{8,}=*/gi,
  /\b((?:api[_-]?)?key|token|access_token|secret)=([^&\s"']{4,})/gi,
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A message with every secret of the connection replaced by `***`. */
export function redact(text: string, secrets: Secrets): string {
  const exact = [secrets.apiKey ?? '', ...urlSecrets(secrets.baseURL)].filter((s) => s.length >= 4);
  let out = text;
  for (const s of new Set([...exact, ...exact.map(encodeURIComponent)]))
    out = out.replace(new RegExp(escape(s), 'g'), '***');
  out = out.replace(TOKEN_RES[0], '***').replace(TOKEN_RES[1], 'Bearer ***');
  return out.replace(TOKEN_RES[2], (_, name: string) => `${name}=***`);
}

/** The host of a base URL as messages name it (no user, password, path or query), or a safe stand-in. */
export function hostOf(baseURL: string): string {
  try {
    return new URL(baseURL).host || '（无效地址）';
  } catch {
    return '（无效地址）';
  }
}

/** A base URL as messages may show it: scheme, host and path, without credentials or query. */
export function shownURL(baseURL: string): string {
  try {
    const url = new URL(baseURL);
    return `${url.protocol}//${url.host}${url.pathname === '/' ? '' : url.pathname}`;
  } catch {
    return '（无效地址）';
  }
}

/**
 * The base URL checked before any request: an http(s) address without credentials. A user name or password
 * in it cannot be sent (the fetch API refuses such URLs) and is a secret in settings; the key belongs in the
 * API key. The error never repeats the URL.
 */
export function checkedBaseURL(baseURL: string): string {
  let url: URL;
  try {
    url = new URL(baseURL);
  } catch {
    throw new NianbaoError('usage', '模型服务地址不是有效的网址（应如 https://api.example.com/v1）', {
      en: 'The model service address is not a valid URL (expected e.g. https://api.example.com/v1)',
    });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new NianbaoError('usage', `模型服务地址应以 http:// 或 https:// 开头，而不是「${url.protocol}」`, {
      en: `The model service address must start with http:// or https://, not “${url.protocol}”`,
    });
  if (url.username || url.password)
    throw new NianbaoError(
      'usage',
      `模型服务地址 ${url.host} 含有用户名或密码：请从地址中删去，把密钥设为 API 密钥（NIANBAO_API_KEY，或扩展的“设置模型密钥”）`,
      {
        en:
          `The model service address ${url.host} contains a user name or password: remove it from the address ` +
          'and give the key as the API key (NIANBAO_API_KEY, or the extension’s “Set Model API Key”)',
      },
    );
  return baseURL;
}
