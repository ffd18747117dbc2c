import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { NianbaoError, parseConfig, type SeverityOverride } from '../core';

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
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new NianbaoError('config', `无法读取配置文件 ${path}：${e instanceof Error ? e.message : String(e)}`, {
      cause: e,
    });
  }
  return { path, rules: parseConfig(text, path) };
}
