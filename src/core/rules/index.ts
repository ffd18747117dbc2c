import { arithRules } from './arith';
import { contentRules } from './content';
import { structureRules } from './structure';
import { tableRules } from './tables';
import { textRules } from './text';
import { typoRules } from './typo';
import type { Rule, RuleMeta } from './types';

/** Every rule, in catalogue order (NB101 … NB603). */
export const RULES: readonly Rule[] = [
  ...structureRules,
  ...tableRules,
  ...arithRules,
  ...textRules,
  ...contentRules,
  ...typoRules,
];

/** The public catalogue: metadata only. */
export function ruleCatalogue(): RuleMeta[] {
  return RULES.map(({ code, name, severity, fixable, title, description }) => ({
    code,
    name,
    severity,
    fixable,
    title,
    description,
  }));
}

/** Looks a rule up by code (`NB303`) or name (`arith.balance`). */
export function findRule(codeOrName: string): Rule | undefined {
  const key = codeOrName.trim();
  return RULES.find((r) => r.code === key.toUpperCase() || r.name === key);
}
