import { z } from 'zod';

/** The contract of `nianbao check --format json` (rules.md, end). Lines and columns are 1-based. */
export const jsonFinding = z
  .object({
    code: z.string().regex(/^NB\d{3}$/),
    name: z.string(),
    severity: z.enum(['error', 'warning', 'info']),
    message: z.string(),
    line: z.number().int().min(1),
    column: z.number().int().min(1),
    endLine: z.number().int().min(1),
    endColumn: z.number().int().min(1),
    fixable: z.boolean(),
  })
  .strict();

export const jsonFile = z
  .object({
    path: z.string(),
    agency: z.string().nullable(),
    year: z.number().int().nullable(),
    format: z.enum(['2019', '2021']),
    findings: z.array(jsonFinding),
    /** Present when a `.nianbaorc.json` (the nearest above the file) turns rules off: which file, which rules. */
    rulesOff: z
      .object({ config: z.string(), rules: z.array(z.string()) })
      .strict()
      .optional(),
  })
  .strict();

export const checkOutputSchema = z.object({ version: z.literal(1), files: z.array(jsonFile) }).strict();

export type CheckOutput = z.infer<typeof checkOutputSchema>;
