import { FORMATS } from './formats/tables';
import type { FormatVersion, Report } from './model';
import { parseReport } from './parse';
import { RULES } from './rules';
import type { Emitted, Finding, PreviousReport, Rule, RuleContext, Severity, Text } from './rules/types';
import { formatForYear, Tables, versionEvidence } from './tables';
import { Memo, MEMO_LIMITS } from './memo';

export type Locale = 'zh-cn' | 'en';
export type SeverityOverride = Severity | 'off';

export interface CheckOptions {
  /** Rule code or name → severity or `off` (settings and `.nianbaorc.json`). */
  rules?: Record<string, SeverityOverride>;
  /**
   * Reads last year's report named by the front matter's `previous` (a path relative to the report);
   * returns its Markdown text, or undefined when it cannot be read. The host owns the file system.
   */
  readPrevious?: (ref: string) => string | undefined;
  locale?: Locale;
}

export interface CheckResult {
  report: Report;
  format: FormatVersion;
  findings: Finding[];
  /** Set when the front matter names a previous report that the reader could not provide. */
  previousUnreadable?: string;
}

const pick = (t: Text, locale: Locale) => (locale === 'en' ? t.en : t.zh);

/** Builds the context every rule sees: tables matched against the format the report follows. */
export function analyse(report: Report): Omit<RuleContext, 'previous'> {
  const evidence = versionEvidence(report);
  const yearFormat = formatForYear(report.year);
  const declaredFormat = report.frontMatter?.format;
  const versions = new Set(evidence.map((e) => e.version));
  const version: FormatVersion = versions.size === 1 ? evidence[0].version : (declaredFormat ?? yearFormat ?? '2021');
  const format = FORMATS[version];
  return { report, tables: Tables.match(report, format), format, yearFormat, declaredFormat, evidence };
}

/** Checks a report: every rule, with severities from `options.rules`; findings sorted by position. */
export function check(text: string, options: CheckOptions = {}): CheckResult {
  const report = parseReport(text);
  const ctx: RuleContext = analyse(report);
  let previousUnreadable: string | undefined;
  const ref = report.frontMatter?.previous;
  if (ref && options.readPrevious) {
    const prevText = options.readPrevious(ref);
    if (prevText === undefined) previousUnreadable = ref;
    else ctx.previous = analysePrevious(prevText, ref);
  }
  const locale = options.locale ?? 'zh-cn';
  const overrides = normaliseOverrides(options.rules);
  const findings: Finding[] = [];
  const draft = report.frontMatter?.status === 'draft';
  for (const rule of RULES) {
    const configured = overrides.get(rule.code) ?? overrides.get(rule.name) ?? rule.severity;
    if (configured === 'off') continue;
    const severity = draft && rule.draftSeverity ? milder(configured, rule.draftSeverity) : configured;
    runRule(rule, ctx, severity, locale, findings);
  }
  findings.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      a.code.localeCompare(b.code),
  );
  return { report, format: ctx.format.version, findings, previousUnreadable };
}

/**
 * Runs one rule at a severity, adding its findings in `locale`. A rule never throws on bad input; if one
 * does, that is our bug: it becomes an info finding naming the rule, and the findings of the others stand.
 */
export function runRule(rule: Rule, ctx: RuleContext, severity: Severity, locale: Locale, findings: Finding[]): void {
  const emit = (e: Emitted) =>
    findings.push({
      code: rule.code,
      name: rule.name,
      severity,
      message: pick(e.message, locale),
      range: e.range,
      related: (e.related ?? []).map((r) => ({ range: r.range, message: pick(r.message, locale), path: r.path })),
      fix: e.fix ? { title: pick(e.fix.title, locale), edits: e.fix.edits } : undefined,
    });
  try {
    rule.check(ctx, emit);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    findings.push({
      code: rule.code,
      name: rule.name,
      severity: 'info',
      message: pick(
        {
          zh: `内部错误：规则 ${rule.code} 未能完成检查（${why}）`,
          en: `Internal error: rule ${rule.code} could not finish (${why})`,
        },
        locale,
      ),
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      related: [],
    });
  }
}

/** Last year's report changes rarely while this year's is edited: its analysis is remembered. */
const previousMemo = new Memo<string, PreviousReport>(MEMO_LIMITS.previous);
function analysePrevious(text: string, path: string): PreviousReport {
  return previousMemo.get(`${path}\u0000${text}`, () => {
    const { report, tables } = analyse(parseReport(text));
    return { report, tables, path };
  });
}

const WEIGHT: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

/** The milder of two severities. */
function milder(a: Severity, b: Severity): Severity {
  return WEIGHT[a] <= WEIGHT[b] ? a : b;
}

function normaliseOverrides(rules: CheckOptions['rules']): Map<string, SeverityOverride> {
  const out = new Map<string, SeverityOverride>();
  for (const [k, v] of Object.entries(rules ?? {})) out.set(/^nb\d{3}$/i.test(k) ? k.toUpperCase() : k, v);
  return out;
}
