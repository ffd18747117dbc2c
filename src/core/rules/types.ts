import type { FormatDef } from '../formats/types';
import type { FormatVersion, Range, Report, TextEdit } from '../model';
import type { Tables, VersionEvidence } from '../tables';

export type Severity = 'error' | 'warning' | 'info';

/** A message in Chinese with its English translation. */
export interface Text {
  zh: string;
  en: string;
}

export interface RelatedLocation {
  range: Range;
  message: Text;
  /** Set when the location is in another file (last year's report). */
  path?: string;
}

export interface Fix {
  title: Text;
  edits: TextEdit[];
}

/** What a rule reports; the engine adds code, name and severity. */
export interface Emitted {
  range: Range;
  message: Text;
  related?: RelatedLocation[];
  fix?: Fix;
}

export interface Finding {
  code: string;
  name: string;
  severity: Severity;
  message: string;
  range: Range;
  related: Array<{ range: Range; message: string; path?: string }>;
  fix?: { title: string; edits: TextEdit[] };
}

/** Last year's report, parsed, with where it came from. */
export interface PreviousReport {
  report: Report;
  tables: Tables;
  path: string;
}

/** What every rule sees: the report, its tables matched to the format in use, last year's report. */
export interface RuleContext {
  report: Report;
  tables: Tables;
  format: FormatDef;
  /** The format the report's year calls for, and the one its front matter declares. */
  yearFormat?: FormatVersion;
  declaredFormat?: FormatVersion;
  evidence: VersionEvidence[];
  previous?: PreviousReport;
}

export interface RuleMeta {
  code: string;
  name: string;
  severity: Severity;
  /** At most this severity while the front matter says `status: draft` (a report still being written). */
  draftSeverity?: Severity;
  fixable: boolean;
  title: Text;
  description: Text;
}

export interface Rule extends RuleMeta {
  check(ctx: RuleContext, emit: (e: Emitted) => void): void;
}

/** Declares a rule (a small object: metadata and one function that reports). */
export function defineRule(rule: Rule): Rule {
  return rule;
}
