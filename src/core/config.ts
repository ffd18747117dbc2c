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
    const reason = e instanceof Error ? e.message : String(e);
    throw new NianbaoError('config', `配置文件 ${path} 不是有效的 JSON：${reason}`, {
      cause: e,
      en: `The configuration ${path} is not valid JSON: ${reason}`,
    });
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = (root: string, colon: string) =>
      parsed.error.issues.map((i) => `${i.path.join('.') || root}${colon}${i.message}`);
    throw new NianbaoError('config', `配置文件 ${path} 有误：${issues('(根)', '：').join('；')}`, {
      en: `The configuration ${path} is wrong: ${issues('(root)', ': ').join('; ')}`,
    });
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
        { en: `The configuration ${where} is wrong: there is no rule “${key}” (nianbao rules lists them all)` },
      );
  }
  return rules;
}
