import { dirname, resolve } from 'node:path';
import {
  check,
  type Locale,
  decodeText,
  encodeUtf8,
  encodingName,
  isUtf8,
  type Decoded,
  NianbaoError,
  fixAll,
  parseReport,
  type Finding,
  type SeverityOverride,
  LIMITS,
} from '../core';
import { betterImported, importReport, sourceKind } from '../importers';
import { writeFileAtomic } from './atomic';
import type { RulesOff } from './config';
import { internalErrorLine, messageOf } from './fsErrors';
import { readInput } from './fsutil';

export interface CheckFileOptions {
  locale: Locale;
  fix: boolean;
  rules: Record<string, SeverityOverride>;
}

/** The outcome for one file (plain data: it crosses from worker threads). */
export interface FileResult {
  path: string;
  agency?: string;
  year?: number;
  format: '2019' | '2021';
  findings: Finding[];
  /** Edits written by --fix. */
  fixed: number;
  warnings: string[];
  /** Set when the file could not be read or written: one line, in the chosen language. */
  error?: string;
  /** Set when the error is a bug of ours rather than a fault of the file. */
  internal?: boolean;
  /** Set when --fix could not write the fixes (the file was checked as it is). */
  writeError?: string;
  /** With --fix, the codes of the findings whose fixes were left (taking them would raise others). */
  unfixed?: string[];
  /** Set when the file's `.nianbaorc.json` turns rules off (said in the summary). */
  rulesOff?: RulesOff;
}

/** A file's bytes (a regular file within LIMITS); an unreadable file is a NianbaoError('input') naming it. */
export function readBytes(path: string): Buffer {
  return readInput(path);
}

/** A text file as read: its text (see core/encoding.ts), its encoding, and its bytes (to tell a change by). */
export interface ReadText extends Decoded {
  bytes: Uint8Array;
}

/** A text file decoded (UTF-8, UTF-16 with BOM, GB18030/GBK; see core/encoding.ts), without its BOM. */
export function readDecoded(path: string): ReadText {
  const bytes = readBytes(path);
  return { ...decodeText(bytes, path), bytes };
}

/** The text of a text file (see readDecoded). */
export function readText(path: string): string {
  return readDecoded(path).text;
}

/**
 * Refuses to write back a file that was not UTF-8: its text was read faithfully, but a UTF-8 writer
 * would change every byte of it. (A UTF-8 file keeps its BOM: see writeBack.)
 */
export function assertWritable(path: string, decoded: Decoded, locale: Locale, what: string): void {
  if (isUtf8(decoded.encoding)) return;
  const name = encodingName(decoded.encoding);
  throw new NianbaoError(
    'input',
    locale === 'en'
      ? `${path}: encoded in ${name}; ${what} only rewrites UTF-8 files, so the file is ` +
          `untouched (save it as UTF-8 first)`
      : `${path}：文件编码为 ${name}，${what} 只改写 UTF-8 文件，文件未改动（请先另存为 UTF-8）`,
  );
}

/**
 * Writes text back to a UTF-8 file atomically, with the BOM it had, keeping its mode and links; refused
 * when the file changed since it was read.
 */
export function writeBack(path: string, text: string, read: ReadText): void {
  writeFileAtomic(path, encodeUtf8(text, read.encoding), { path, bytes: read.bytes });
}

/** The Markdown of a report file: read as is, or imported in memory from .txt, .html, .docx or .pdf. */
export async function reportText(path: string): Promise<{ text: string; imported: boolean; read?: ReadText }> {
  const kind = sourceKind(path);
  if (!kind) {
    const read = readDecoded(path);
    // A converter's Markdown (no front matter, torn tables) is checked as its import.
    const imported = betterImported(read.text);
    return imported ? { text: imported.markdown, imported: true } : { text: read.text, imported: false, read };
  }
  return { text: (await importReport(kind, readBytes(path), path)).markdown, imported: true };
}

/**
 * A reader of last year's report for check(), the one `previous:` names read beforehand: a regular file
 * relative to the report, Markdown as it is, .txt/.html/.docx/.pdf imported (as the extension does). Why
 * it could not be read is kept in `problems` for the warning.
 */
async function previousReader(path: string, text: string, locale: Locale) {
  const problems = new Map<string, string>();
  const texts = new Map<string, string>();
  const ref = parseReport(text).frontMatter?.previous;
  if (ref)
    try {
      const file = resolve(dirname(path), ref);
      const kind = sourceKind(file);
      texts.set(
        ref,
        kind
          ? (await importReport(kind, readBytes(file), ref)).markdown
          : decodeText(readInput(file, LIMITS.textBytes, ref), ref).text,
      );
    } catch (e) {
      if (!(e instanceof NianbaoError)) throw e;
      problems.set(ref, messageOf(e, locale));
    }
  return { read: (r: string) => texts.get(r), problems };
}

/** The warning for last year's report that could not be read. */
function previousWarning(path: string, ref: string, problem: string | undefined, locale: Locale): string {
  return locale === 'en'
    ? `${path}: last year's report “${ref}” not read, cross-year rules skipped: ${problem ?? 'unreadable'}`
    : `${path}：上年报告「${ref}」未读入，跨年度检查已跳过：${problem ?? '无法读取'}`;
}

/**
 * Checks one report file (and with `fix`, writes the fixes atomically first). Files of other formats
 * are imported in memory; their findings refer to lines of the imported Markdown, and they are never
 * rewritten. A file that cannot be read or written gives an error line; a bug gives one marked internal.
 */
export async function checkFile(path: string, options: CheckFileOptions): Promise<FileResult> {
  try {
    const source = await reportText(path);
    const previous = await previousReader(path, source.text, options.locale);
    const checkOptions = { rules: options.rules, locale: options.locale, readPrevious: previous.read };
    let text = source.text;
    let fixed = 0;
    let writeError: string | undefined;
    const warnings: string[] = [];
    if (options.fix && source.imported)
      warnings.push(
        options.locale === 'en'
          ? `${path}: imported from another format, not rewritten by --fix (nianbao import writes the Markdown)`
          : `${path}：由其他格式导入，--fix 不改写原文件（可先用 nianbao import 转为 Markdown）`,
      );
    else if (options.fix)
      // A file that cannot take the fixes (not UTF-8, changed meanwhile, unwritable) is checked as it is.
      try {
        assertWritable(path, source.read!, options.locale, '--fix');
        const result = fixAll(text, checkOptions);
        if (result.text !== text) {
          writeBack(path, result.text, source.read!);
          text = result.text;
          fixed = result.edits;
        }
      } catch (e) {
        if (!(e instanceof NianbaoError)) throw e;
        writeError = messageOf(e, options.locale);
      }
    const result = check(text, checkOptions);
    const ref = result.previousUnreadable;
    if (ref) warnings.push(previousWarning(path, ref, previous.problems.get(ref), options.locale));
    return {
      path,
      agency: result.report.agency,
      year: result.report.year,
      format: result.format,
      findings: result.findings,
      fixed,
      warnings,
      ...(writeError ? { writeError } : {}),
      ...(options.fix && !source.imported && !writeError
        ? { unfixed: result.findings.filter((f) => f.fix).map((f) => f.code) }
        : {}),
    };
  } catch (e) {
    const failed = { path, format: '2021' as const, findings: [], fixed: 0, warnings: [] };
    if (e instanceof NianbaoError) return { ...failed, error: messageOf(e, options.locale) };
    return { ...failed, error: internalErrorLine(e, options.locale, path), internal: true };
  }
}
