// eslint-disable-next-line no-restricted-imports -- until the hosts hand the prompt texts in (issue 11, under way)
import { existsSync, readFileSync } from 'node:fs';
// eslint-disable-next-line no-restricted-imports -- as above
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { DraftKind, DraftTarget, Facts } from './targets';

/** A prompt template of prompts/: its version and its text with {{placeholders}}. */
export interface PromptTemplate {
  version: number;
  body: string;
}

let folder: string | undefined;

/** The prompts/ folder shipped beside the code (found upward from this module: dist/ or out/src/drafting/). */
export function promptsFolder(): string {
  if (folder) return folder;
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'prompts', 'system.md'))) return (folder = join(dir, 'prompts'));
    if (dirname(dir) === dir) throw new Error(`prompts/ not found above ${__dirname}`);
  }
}

const cache = new Map<string, PromptTemplate>();

export function loadPrompt(name: 'system' | DraftKind): PromptTemplate {
  let t = cache.get(name);
  if (!t) {
    const text = readFileSync(join(promptsFolder(), `${name}.md`), 'utf8');
    const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
    const meta = (m ? parseYaml(m[1]) : {}) as { version?: number };
    t = { version: meta.version ?? 0, body: m ? text.slice(m[0].length) : text };
    cache.set(name, t);
  }
  return t;
}

/** The table facts as the prompt states them: one figure per line, named as in the official tables. */
export function factsText(facts: Facts): string {
  const lines: string[] = [];
  const a = facts.applications;
  if (a)
    lines.push(
      `本年新收政府信息公开申请：${a.R1}件`,
      `上年结转政府信息公开申请：${a.R2}件`,
      `本年度办结（答复）：${a.T}件（予以公开${a.A}件、部分公开${a.B}件、不予公开${a.C}件、无法提供${a.D}件、不予处理${a.E}件、其他处理${a.F}件）`,
      `结转下年度继续办理：${a.R4}件`,
    );
  const r = facts.review;
  if (r) lines.push(`行政复议：${r.reconsideration}件；行政诉讼：${r.litigation}件`);
  for (const x of facts.active) lines.push(`${x.caption}·${x.row}·${x.column}：${x.value}`);
  return lines.length ? lines.map((l) => `- ${l}`).join('\n') : '（无）';
}

/** The system and user messages for a target. */
export function renderPrompt(target: DraftTarget, facts: Facts): { system: string; user: string; version: string } {
  const system = loadPrompt('system');
  const template = loadPrompt(target.kind);
  const vars: Record<string, string> = {
    unit: facts.unit,
    year: String(facts.year),
    heading: target.heading.text,
    notes: target.notes.trim() || '（无）',
    facts: factsText(facts),
  };
  const user = template.body.replace(/\{\{(\w+)\}\}/g, (_, k: string) => vars[k] ?? '').trim();
  return { system: system.body.trim(), user, version: `${target.kind}@${template.version}/system@${system.version}` };
}
