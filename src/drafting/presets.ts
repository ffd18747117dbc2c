import type { Rung } from './client';

/** Known OpenAI-compatible endpoints, with the structured-output rung each is known to accept. */
export interface Preset {
  id: string;
  label: string;
  baseURL: string;
  rung: Rung;
  /** Runs on the user's own machine: no consent needed, no key. */
  local?: boolean;
}

export const PRESETS: readonly Preset[] = [
  { id: 'openai', label: 'OpenAI', baseURL: 'https://api.openai.com/v1', rung: 'json_schema' },
  { id: 'deepseek', label: 'DeepSeek', baseURL: 'https://api.deepseek.com/v1', rung: 'json_object' },
  {
    id: 'qwen',
    label: '通义千问 Qwen（DashScope 兼容模式）',
    baseURL: 'https://dashscope.aliyuncs.com/compatible-mode/v1',
    rung: 'json_object',
  },
  { id: 'glm', label: '智谱 GLM', baseURL: 'https://open.bigmodel.cn/api/paas/v4', rung: 'json_object' },
  { id: 'kimi', label: 'Moonshot Kimi', baseURL: 'https://api.moonshot.cn/v1', rung: 'json_object' },
  { id: 'siliconflow', label: 'SiliconFlow', baseURL: 'https://api.siliconflow.cn/v1', rung: 'json_object' },
  { id: 'ollama', label: 'Ollama（本机）', baseURL: 'http://localhost:11434/v1', rung: 'json_schema', local: true },
  {
    id: 'vllm',
    label: 'vLLM / llama.cpp（本机）',
    baseURL: 'http://localhost:8000/v1',
    rung: 'json_schema',
    local: true,
  },
];

export function presetFor(baseURL: string): Preset | undefined {
  const norm = baseURL.replace(/\/+$/, '');
  return PRESETS.find((p) => p.baseURL === norm);
}

/** An IPv4 address in 127.0.0.0/8, as the URL parser writes it (it turns 0x7f.1 or 2130706433 into dotted form). */
const LOOPBACK_V4 = /^127\.(?:25[0-5]|2[0-4]\d|1?\d?\d)\.(?:25[0-5]|2[0-4]\d|1?\d?\d)\.(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;
/** ::1, and IPv4-mapped loopback (::ffff:127.x.y.z, which the parser writes ::ffff:7fxx:yyzz). */
const LOOPBACK_V6 = /^\[(?:::1|::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4})\]$/;

/**
 * Whether an endpoint is on this machine: `localhost` or a loopback address (127.0.0.0/8, ::1), over
 * http or https. Such endpoints need no consent. Only the parsed host counts: `127.attacker.example`,
 * `localhost.example.com` or `user@localhost` in front of another host are not local.
 */
export function isLocal(baseURL: string): boolean {
  let url: URL;
  try {
    url = new URL(baseURL);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const host = url.hostname.toLowerCase();
  return host === 'localhost' || LOOPBACK_V4.test(host) || LOOPBACK_V6.test(host);
}
