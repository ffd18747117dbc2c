/** The `section_draft` contract with the model: its JSON Schema, and reading an answer against it. */

import { parse as parsePartial } from 'partial-json';
import { z } from 'zod';
import { sectionDraftSchema, type SectionDraft } from '../../schemas/sectionDraft';

let schema: Record<string, unknown> | undefined;

/** The JSON schema sent as `section_draft` (made once, on the first request). */
export function sectionDraftJsonSchema(): Record<string, unknown> {
  schema ??= z.toJSONSchema(sectionDraftSchema, { target: 'draft-7' }) as Record<string, unknown>;
  return schema;
}

/** The JSON object in an answer (plain-text rung: the first {...} block, code fences allowed). */
export function extractJson(text: string): string {
  const fenced = /```(?:json)?\s*([\s\S]*?)```/.exec(text);
  const body = fenced ? fenced[1] : text;
  const start = body.indexOf('{');
  const end = body.lastIndexOf('}');
  return start >= 0 && end > start ? body.slice(start, end + 1) : body;
}

/** What is wrong with an answer, for the model (zh) — or the draft it holds. */
export type Reading = { draft: SectionDraft; problem?: undefined } | { draft?: undefined; problem: string };

/** Reads an answer: JSON (out of the text on the plain-text rung), then the schema, checked by zod. */
export function readAnswer(raw: string | undefined, finish: string | null | undefined, plain: boolean): Reading {
  if (finish === 'length') return { problem: '回答因长度限制被截断，请写得更简短。' };
  if (!raw) return { problem: '回答为空。' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(plain ? extractJson(raw) : raw);
  } catch (e) {
    return { problem: `回答不是有效的 JSON：${e instanceof Error ? e.message : String(e)}` };
  }
  const result = sectionDraftSchema.safeParse(parsed);
  if (result.success) return { draft: result.data };
  const issues = result.error.issues.map((i) => `${i.path.join('.') || '(根)'} ${i.message}`).join('；');
  return { problem: `回答不符合 section_draft 结构：${issues}` };
}

/**
 * The paragraphs of an answer still being written, as far as they go: the JSON read leniently (an
 * unfinished string is kept), the text joined as the draft will be.
 */
export function partialText(raw: string, plain: boolean): string {
  const start = raw.indexOf('{');
  if (start < 0) return '';
  const body = plain ? raw.slice(start).replace(/```\s*$/, '') : raw.slice(start);
  let value: unknown;
  try {
    value = parsePartial(body);
  } catch {
    return '';
  }
  const paragraphs = (value as { paragraphs?: unknown })?.paragraphs;
  if (!Array.isArray(paragraphs)) return '';
  return paragraphs
    .map((p) => (typeof (p as { text?: unknown })?.text === 'string' ? (p as { text: string }).text.trim() : ''))
    .filter(Boolean)
    .join('\n\n');
}
