import { parse as parseYaml } from 'yaml';
import type { Facts } from './facts';
import { activeFacts, applicationFacts, reviewFacts } from './factLines';
import { PROMPT_TEXTS } from './promptTexts';
import { selfReference } from './vocabulary';
import type { DraftKind, DraftTarget } from './targets';

/** A prompt template of prompts/ (bundled at build time): its version and its text with {{placeholders}}. */
export interface PromptTemplate {
  version: number;
  body: string;
}

const cache = new Map<string, PromptTemplate>();

export function loadPrompt(name: 'system' | DraftKind): PromptTemplate {
  let t = cache.get(name);
  if (!t) {
    const text = PROMPT_TEXTS[name];
    if (text === undefined) throw new Error(`no prompt template ${name} in prompts/`);
    const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
    const meta = (m ? parseYaml(m[1]) : {}) as { version?: number };
    t = { version: meta.version ?? 0, body: m ? text.slice(m[0].length) : text };
    cache.set(name, t);
  }
  return t;
}

/** The table facts a kind of heading needs, one per line, named as in the official tables. */
export function factsText(kind: DraftKind, facts: Facts): string {
  const lines: string[] = [];
  if (kind === 'applications' || kind === 'overview') lines.push(...applicationFacts(facts.applications, facts.tables));
  if (kind === 'review' || kind === 'overview') lines.push(...reviewFacts(facts.review));
  if (kind === 'active' || kind === 'overview') lines.push(...activeFacts(facts.active));
  return lines.length ? lines.map((l) => `- ${l}`).join('\n') : '（本节不需要表格数据）';
}

/** Last year's figures a kind may compare with (同比), and last year's problems for 五. */
function previousText(kind: DraftKind, facts: Facts): string {
  const p = facts.previous;
  if (!p) return '（无上年报告）';
  const lines: string[] = [];
  if (['applications', 'overview'].includes(kind)) {
    const t = p.tables;
    if (t.get('applications')) {
      const v = (k: string) => t.value('applications', k, 'total');
      lines.push(`上年新收申请：${v('R1')}件；上年办结：${v('T')}件；上年结转下年度：${v('R4')}件`);
    }
  }
  if (['fixes', 'problems'].includes(kind))
    lines.push(
      ...(p.problems.length
        ? p.problems.map((x, i) => `上年度报告所列问题${i + 1}：${x}`)
        : ['上年度报告未列出具体问题']),
    );
  return lines.length ? lines.map((l) => `- ${l}`).join('\n') : '（本节不需要上年数据）';
}

const LENGTH: Partial<Record<DraftKind, string>> = {
  overview: '300至500字',
  problems: '250至400字',
};

/** The system and user messages for a target, and the versions of the templates used. */
export function renderPrompt(target: DraftTarget, facts: Facts): { system: string; user: string; version: string } {
  const system = loadPrompt('system');
  const template = loadPrompt(target.kind);
  const vars: Record<string, string> = {
    unit: facts.unit,
    self: selfReference(facts.unit),
    year: String(facts.year),
    heading: target.heading.text,
    notes: target.notes.trim() || '（无）',
    facts: factsText(target.kind, facts),
    previous: previousText(target.kind, facts),
    length: LENGTH[target.kind] ?? '80至200字',
  };
  const fill = (body: string) => body.replace(/\{\{(\w+)\}\}/g, (_, k: string) => vars[k] ?? '').trim();
  return {
    system: fill(system.body),
    user: fill(template.body),
    version: `${target.kind}@${template.version}/system@${system.version}`,
  };
}
