import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { configSchema } from '../../schemas/config';
import { NianbaoError } from '../core/errors';
import { findRule } from '../core/rules';
import type { SeverityOverride } from '../core/check';

export const CONFIG_FILE = '.nianbaorc.json';

export interface LoadedConfig {
  path?: string;
  rules: Record<string, SeverityOverride>;
}

/** Finds and validates the `.nianbaorc.json` nearest above a file; caches per folder. */
export class ConfigResolver {
  private readonly byDir = new Map<string, LoadedConfig>();

  forFile(file: string): LoadedConfig {
    return this.forDir(dirname(resolve(file)));
  }

  private forDir(dir: string): LoadedConfig {
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    const candidate = join(dir, CONFIG_FILE);
    let config: LoadedConfig;
    if (existsSync(candidate)) config = loadConfig(candidate);
    else {
      const parent = dirname(dir);
      config = parent === dir ? { rules: {} } : this.forDir(parent);
    }
    this.byDir.set(dir, config);
    return config;
  }
}

/** Reads one configuration file; every problem is a NianbaoError('config') naming the file. */
export function loadConfig(path: string): LoadedConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new NianbaoError('config', `配置文件 ${path} 不是有效的 JSON：${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(根)'}：${i.message}`).join('；');
    throw new NianbaoError('config', `配置文件 ${path} 有误：${issues}`);
  }
  for (const key of Object.keys(parsed.data.rules)) {
    if (!findRule(key)) throw new NianbaoError('config', `配置文件 ${path} 有误：没有名为「${key}」的规则（可用 nianbao rules 查看全部规则）`);
  }
  return { path, rules: parsed.data.rules };
}
