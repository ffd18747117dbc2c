import { z } from 'zod';

/**
 * What the model must return for one heading (the public contract `section_draft`): plain Chinese
 * prose paragraphs, and the facts the notes did not give.
 */
export const sectionDraftSchema = z
  .object({
    paragraphs: z
      .array(
        z
          .object({
            text: z
              .string()
              .trim()
              .min(1)
              .refine((t) => !/^\s*#{1,6}\s/m.test(t), { message: '段落中不得包含 Markdown 标题（#）' }),
          })
          .strict(),
      )
      .min(1),
    missing: z.array(z.string().trim().min(1)),
  })
  .strict();

export type SectionDraft = z.infer<typeof sectionDraftSchema>;
