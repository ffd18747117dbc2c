/** Secrets kept out of every message about the model connection: the key, credentials in the URL, tokens. */

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
