/**
 * Everything the extension uses from the engine, in one module that esbuild bundles apart
 * (dist/engine.js) and the extension loads on first use, so that activation stays light.
 */
export { check, type CheckOptions, type Locale } from '../core';
export { fixAll } from '../core';
export { parseConfig } from '../core';
export { scaffold, scaffoldInputProblem, reportFileName, previousRef } from '../core';
export { parseReport, lineOffsets, offsetAt } from '../core';
export type { TextEdit } from '../core';
export { NianbaoError } from '../core';
export { decodeText, sizeLimit, formatBytes } from '../core';
export type { Finding } from '../core';
export { importReport, sourceKind, type Imported } from '../importers';

/** The Word export; its module (and the docx library) loads on the first export only. */
export async function exportDocx(markdown: string): Promise<Uint8Array> {
  return (await import('../exporters/docx.js')).exportDocx(markdown);
}

/** Drafting (the openai client inside loads on the first request to a model). */
export {
  draftOne,
  draftReport,
  draftText,
  planDrafts,
  selectTargets,
  PRESETS,
  isLocal,
  checkedBaseURL,
} from '../drafting';
export { draftEdit } from '../drafting/apply';

/** The conversation behind @nianbao and the language-model tools. */
export { answer as chatAnswer, endpointModel, toolCheck, toolFacts, toolRules, userLine } from '../chat';
