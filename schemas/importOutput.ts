import { z } from 'zod';

/** Where a figure or a piece of text was read: the 1-based line of the file (of the page, for a PDF). */
const where = { line: z.number().int().min(1), page: z.number().int().min(1).optional() };

/** The placement report of `nianbao import --format json`: what went where, and what did not. */
export const importOutputSchema = z
  .object({
    version: z.literal(1),
    path: z.string(),
    /** The Markdown file written (`-o`), or null when the Markdown is in `markdown`. */
    output: z.string().nullable(),
    agency: z.string().nullable(),
    year: z.number().int().nullable(),
    format: z.enum(['2019', '2021']),
    placed: z.array(
      z
        .object({
          table: z.enum(['item1', 'item5', 'item6', 'item8', 'item9', 'applications', 'review']),
          row: z.string(),
          column: z.string(),
          value: z.string(),
          ...where,
          /** Read by cutting a run of digits that the source wrote together. */
          split: z.boolean(),
        })
        .strict(),
    ),
    unplaced: z.array(
      z
        .object({
          ...where,
          text: z.string(),
          code: z.enum([
            'unknown-text',
            'cell-count',
            'ambiguous-split',
            'no-split',
            'label-only-values',
            'page-furniture',
            'no-title',
          ]),
          reason: z.string(),
        })
        .strict(),
    ),
    markdown: z.string().optional(),
  })
  .strict();

export type ImportOutput = z.infer<typeof importOutputSchema>;
