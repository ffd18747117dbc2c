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

/** Whether an endpoint is on this machine (loopback): such endpoints need no consent. */
export function isLocal(baseURL: string): boolean {
  try {
    const host = new URL(baseURL).hostname.replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127\./.test(host);
  } catch {
    return false;
  }
}
