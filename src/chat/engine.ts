/** The answers the engine gives without a model: /check, /explain and /compare. */

import type { Locale } from '../core/check';
import { lineOffsets, offsetAt, positionAt, SECTION_KEYS } from '../core/model';
import { narrative, similarity } from '../core/rules/content';
import { ruleCatalogue } from '../core/rules';
import type { Finding, RuleMeta } from '../core/rules/types';
import type { Tables } from '../core/tables';
import type { ReportContext } from './context';
import type { Writer } from './writer';

const SEVERITY = { error: '错误', warning: '警告', info: '提示' } as const;
/** NB505 calls a section copied from 85 % on; from this share on the chat warns that it is at risk. */
export const AT_RISK = 0.6;

const title = (rule: RuleMeta | undefined, locale: Locale) =>
  rule ? (locale === 'en' ? rule.title.en : rule.title.zh) : '';
const lineTitle = (f: { range: Finding['range'] }) => `第${f.range.start.line + 1}行`;

/** /check: the report's findings grouped by rule, each with a link to its place. */
export function answerCheck(ctx: ReportContext, out: Writer, locale: Locale = 'zh-cn'): void {
  if (!ctx.findings.length) {
    out.markdown('检查完毕：没有发现问题。\n');
    return;
  }
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of ctx.findings) counts[f.severity]++;
  out.markdown(
    `检查发现 ${ctx.findings.length} 处问题（错误 ${counts.error}、警告 ${counts.warning}、提示 ${counts.info}）。\n`,
  );
  const catalogue = new Map(ruleCatalogue().map((r) => [r.code, r]));
  const codes = [...new Set(ctx.findings.map((f) => f.code))].sort();
  for (const code of codes) {
    const group = ctx.findings.filter((f) => f.code === code);
    out.markdown(
      `\n**${code} ${title(catalogue.get(code), locale)}**（${SEVERITY[group[0].severity]}，${group.length} 处）\n\n`,
    );
    for (const f of group) {
      out.markdown('- ');
      out.anchor(f.range, lineTitle(f));
      out.markdown(`：${f.message}\n`);
    }
  }
}

/** The findings a /explain asks about: by rule code or name in the prompt, else those on the cursor's line. */
function findingsAsked(ctx: ReportContext, prompt: string, cursor: number): { code?: string; findings: Finding[] } {
  const code = /\bNB\d{3}\b/i.exec(prompt)?.[0].toUpperCase();
  const rule = ruleCatalogue().find((r) => r.code === code || (prompt.trim() && prompt.includes(r.name)));
  if (rule) return { code: rule.code, findings: ctx.findings.filter((f) => f.code === rule.code) };
  const line = positionAt(lineOffsets(ctx.text), cursor).line;
  const here = ctx.findings.filter((f) => f.range.start.line <= line && f.range.end.line >= line);
  return { code: here[0]?.code, findings: here };
}

/** /explain: a rule (named in the prompt, or of the finding at the cursor) with the figures involved. */
export function answerExplain(ctx: ReportContext, prompt: string, cursor: number, out: Writer, locale: Locale): void {
  const { code, findings } = findingsAsked(ctx, prompt, cursor);
  const rule = ruleCatalogue().find((r) => r.code === code);
  if (!rule) {
    out.markdown('请写出要解释的规则编号（如 NB301），或把光标放在有问题的那一行再用 /explain。\n');
    return;
  }
  out.markdown(`**${rule.code} ${title(rule, locale)}**（${rule.name}）\n\n`);
  out.markdown(`${locale === 'en' ? rule.description.en : rule.description.zh}\n`);
  if (!findings.length) {
    out.markdown('\n本报告没有这一规则的问题。\n');
    return;
  }
  const offsets = lineOffsets(ctx.text);
  const textAt = (r: Finding['range']) => ctx.text.slice(offsetAt(offsets, r.start), offsetAt(offsets, r.end)).trim();
  for (const f of findings) {
    out.markdown('\n- ');
    out.anchor(f.range, lineTitle(f));
    out.markdown(`：${f.message}（所在处：「${textAt(f.range)}」）\n`);
    for (const r of f.related.filter((x) => !x.path))
      out.markdown(`  - ${r.message}：「${textAt(r.range)}」（${lineTitle(r)}）\n`);
    for (const r of f.related.filter((x) => x.path)) out.markdown(`  - ${r.message}（${r.path} ${lineTitle(r)}）\n`);
  }
}

/** Every figure of the tables that differs from last year's, as `caption · row · column: before → now`. */
export function changedFigures(now: Tables, before: Tables): string[] {
  const out: string[] = [];
  for (const [id, table] of now.byId)
    for (const row of table.def.rows)
      for (const col of table.def.columns) {
        const a = before.number(id, row.key, col.key);
        const b = now.number(id, row.key, col.key);
        if (a === undefined || b === undefined || a === b) continue;
        const d = b - a;
        out.push(
          `${table.def.caption} · ${row.label} · ${col.label}：上年 ${a} → 本年 ${b}（${d > 0 ? '+' : ''}${d}）`,
        );
      }
  return out;
}

/** The sections whose narrative is this share or more the same as last year's (figures aside). */
export function similarSections(ctx: ReportContext): Array<{ heading: string; share: number }> {
  const previous = ctx.facts.previous?.report;
  if (!previous) return [];
  const out: Array<{ heading: string; share: number }> = [];
  for (const key of SECTION_KEYS) {
    const now = narrative(ctx.report, key);
    const before = narrative(previous, key);
    if (now.length < 20 || before.length < 20) continue;
    const share = similarity(now, before);
    const section = ctx.report.sections.find((s) => s.key === key)!;
    if (share >= AT_RISK) out.push({ heading: section.heading.text, share });
  }
  return out;
}

/** /compare: the figures that changed since last year and the sections at risk of 内容雷同. */
export function answerCompare(ctx: ReportContext, out: Writer): boolean {
  const previous = ctx.facts.previous;
  if (!previous) {
    out.markdown(
      ctx.previousRef
        ? `读不到上年报告「${ctx.previousRef}」：请确认 previous: 指向的文件存在。\n`
        : '报告的开头（front matter）没有写 previous:，不知道上年报告在哪里。请加上一行 `previous: 上年报告.md`。\n',
    );
    return false;
  }
  const changed = changedFigures(ctx.facts.tables, previous.tables);
  out.markdown(`**与上年报告（${ctx.previousRef}）相比，表格中有 ${changed.length} 个数字变化**\n\n`);
  for (const line of changed) out.markdown(`- ${line}\n`);
  const similar = similarSections(ctx);
  out.markdown(`\n**可能内容雷同的部分（叙述与上年相同 ${Math.round(AT_RISK * 100)}% 以上，数字不计）**\n\n`);
  if (!similar.length) out.markdown('- 没有\n');
  for (const s of similar)
    out.markdown(
      `- 「${s.heading}」与上年 ${Math.round(s.share * 100)}% 相同${s.share >= 0.85 ? '（已达 NB505 的标准）' : ''}\n`,
    );
  return true;
}
