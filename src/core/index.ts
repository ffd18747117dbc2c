/** The engine's public surface, used by every host. */
export { check, analyse, type CheckOptions, type CheckResult, type Locale, type SeverityOverride } from './check';
export { applyEdits } from './edits';
export { parseReport } from './parse';
export { RULES, ruleCatalogue, findRule } from './rules';
export type { Finding, Severity, RuleMeta } from './rules/types';
export type { Report, Range, Position, TextEdit, FormatVersion } from './model';
export { fixAll } from './fix';
export { NianbaoError, type NianbaoErrorCode } from './errors';
