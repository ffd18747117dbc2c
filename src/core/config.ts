import { configSchema } from '../../schemas/config';
import type { SeverityOverride } from './check';
import { NianbaoError } from './errors';
import { findRule } from './rules';

/** Reads the text of a `.nianbaorc.json`; every problem is a NianbaoError('config') naming the file. */
export function parseConfig(text: string, path: string): Record<string, SeverityOverride> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new NianbaoError(
      'config',
      `配置文件 ${path} 不是有效的 JSON：${e instanceof Error ? e.message : String(e)}`,
      { cause: e },
    );
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(根)'}：${i.message}`).join('；');
    throw new NianbaoError('config', `配置文件 ${path} 有误：${issues}`);
  }
  return validateRuleKeys(parsed.data.rules, path);
}

/** Checks that every key names a rule (by code or name); the message says where the key came from. */
export function validateRuleKeys(
  rules: Record<string, SeverityOverride>,
  where: string,
): Record<string, SeverityOverride> {
  for (const key of Object.keys(rules)) {
    if (!findRule(key))
      throw new NianbaoError(
        'config',
        `配置文件 ${where} 有误：没有名为「${key}」的规则（可用 nianbao rules 查看全部规则）`,
      );
  }
  return rules;
}
