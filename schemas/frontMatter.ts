import { z } from 'zod';

/** The YAML front matter of a report file (document.md). Unknown keys are allowed and ignored. */
export const frontMatterSchema = z.object({
  agency: z.string().trim().min(1).optional(),
  year: z.coerce.number().int().min(2008).max(2100).optional(),
  format: z
    .union([z.literal(2019), z.literal(2021), z.literal('2019'), z.literal('2021')])
    .transform((v) => String(v) as '2019' | '2021')
    .optional(),
  previous: z.string().trim().min(1).optional(),
  date: z
    .union([z.string(), z.date().transform((d) => `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`)])
    .optional(),
  /** `draft` (or 草稿) while the report is being written; any other value is ignored (the report is final). */
  status: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(['draft', '草稿']))
    .transform(() => 'draft' as const)
    .optional()
    .catch(undefined),
});

export type FrontMatterInput = z.infer<typeof frontMatterSchema>;
