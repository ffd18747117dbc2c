/** What the language-model tools return: the engine's findings, the table facts, the rule catalogue. */

import { check, type Locale } from '../core/check';
import { ruleCatalogue } from '../core/rules';
import { planDrafts } from '../drafting';
import { changedFigures } from './engine';

type ReadPrevious = (ref: string) => string | undefined;

/** nianbao_check: the report's findings, one line each (code, 1-based line and column, severity, message). */
export function toolCheck(text: string, readPrevious?: ReadPrevious, locale: Locale = 'zh-cn'): string {
  const { findings, format } = check(text, { readPrevious, locale });
  const head = `${findings.length} findings (format ${format})`;
  const lines = findings.map(
    (f) => `${f.code} ${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.message}`,
  );
  return [head, ...lines].join('\n');
}

/** Every figure of a table: `caption · row · column: value`. */
function tableLines(tables: ReturnType<typeof planDrafts>['facts']['tables']): string[] {
  const out: string[] = [];
  for (const [id, table] of tables.byId)
    for (const row of table.def.rows)
      for (const col of table.def.columns) {
        const n = tables.number(id, row.key, col.key);
        if (n !== undefined) out.push(`${table.def.caption} · ${row.label} · ${col.label}: ${n}`);
      }
  return out;
}

/** nianbao_facts: the unit, the year, every table figure, and last year's figures that changed. */
export function toolFacts(text: string, readPrevious?: ReadPrevious): string {
  const { facts, report } = planDrafts(text, readPrevious);
  const out = [`unit: ${facts.unit}`, `year: ${facts.year}`, '', '## tables', ...tableLines(facts.tables)];
  const ref = report.frontMatter?.previous;
  if (facts.previous)
    out.push('', `## last year (${ref}): changed figures`, ...changedFigures(facts.tables, facts.previous.tables));
  else if (ref) out.push('', `## last year: ${ref} could not be read`);
  return out.join('\n');
}

/** nianbao_rules: the rule catalogue (or the rules a code or name picks), one rule per paragraph. */
export function toolRules(query?: string, locale: Locale = 'zh-cn'): string {
  const q = query?.trim().toLowerCase();
  const rules = ruleCatalogue().filter((r) => !q || r.code.toLowerCase() === q || r.name.toLowerCase().includes(q));
  if (!rules.length) return `No rule matches “${query}”.`;
  const pick = (t: { zh: string; en: string }) => (locale === 'en' ? t.en : t.zh);
  return rules
    .map(
      (r) =>
        `${r.code} ${r.name} (${r.severity}${r.fixable ? ', fixable' : ''}): ${pick(r.title)}\n${pick(r.description)}`,
    )
    .join('\n\n');
}
