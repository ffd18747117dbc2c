/**
 * The engine's public surface: the hosts (the CLI, the extension's engine bundle) import the core
 * through this module only (the lint enforces it). The extension's activation code imports
 * `core/text` alone, which depends on nothing, so activating the extension does not load the engine.
 */
export { check, analyse, type CheckOptions, type CheckResult, type Locale, type SeverityOverride } from './check';
export { parseConfig } from './config';
export { applyEdits } from './edits';
export { decodeText, encodeUtf8, encodingName, isUtf8, type Decoded } from './encoding';
export { NianbaoError, type NianbaoErrorCode } from './errors';
export { fixAll } from './fix';
export type { Report, Range, Position, TextEdit, FormatVersion } from './model';
export { parseReport } from './parse';
export { RULES, ruleCatalogue, findRule } from './rules';
export type { Finding, Severity, RuleMeta } from './rules/types';
export { previousRef, reportFileName, scaffold, scaffoldInputProblem } from './scaffold';
export { isReportMarkdown, REPORT_FRONT_MATTER_RE, REPORT_NAME_RE } from './text';
