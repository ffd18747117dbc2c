import { z } from 'zod';

/** A severity override for one rule. */
export const severitySetting = z.enum(['error', 'warning', 'info', 'off']);

const ruleKey = z
  .string()
  .regex(/^([Nn][Bb]\d{3}|[a-z]+\.[a-z0-9-]+)$/, { message: '规则须写作代码（如 NB303）或名称（如 arith.balance）' });

/** `.nianbaorc.json`: rule code or name → severity or `off`. */
export const configSchema = z
  .object({
    $schema: z.string().optional(),
    rules: z.record(ruleKey, severitySetting).default({}),
  })
  .strict();

export type NianbaoConfig = z.infer<typeof configSchema>;
