import { readFileSync } from 'node:fs';
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
  type Finding,
  type SeverityOverride,
} from '../core';
import { betterImported, importReport, sourceKind } from '../importers';
import { writeFileAtomic } from './fsutil';

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
  /** Set when the file could not be read or written. */
  error?: string;
}

/** A file's bytes; an unreadable file is a NianbaoError('input') naming it. */
export function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    throw new NianbaoError('input', `无法读取 ${path}：${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
}

/** A text file decoded (UTF-8, UTF-16 with BOM, GB18030/GBK; see core/encoding.ts), without its BOM. */
export function readDecoded(path: string): Decoded {
  return decodeText(readBytes(path), path);
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
      ? `${path}: encoded in ${name}; ${what} only rewrites UTF-8 files, so the file is untouched (save it as UTF-8 first)`
      : `${path}：文件编码为 ${name}，${what} 只改写 UTF-8 文件，文件未改动（请先另存为 UTF-8）`,
  );
}

/** Writes text back to a UTF-8 file atomically, with the BOM it had. */
export function writeBack(path: string, text: string, decoded: Decoded): void {
  writeFileAtomic(path, encodeUtf8(text, decoded.encoding));
}

/** The Markdown of a report file: read as is, or imported in memory from .txt, .html, .docx or .pdf. */
export async function reportText(path: string): Promise<{ text: string; imported: boolean; decoded?: Decoded }> {
  const kind = sourceKind(path);
  if (!kind) {
    const decoded = readDecoded(path);
    // A converter's Markdown (no front matter, torn tables) is checked as its import.
    const imported = betterImported(decoded.text);
    return imported ? { text: imported.markdown, imported: true } : { text: decoded.text, imported: false, decoded };
  }
  return { text: (await importReport(kind, readBytes(path), path)).markdown, imported: true };
}

/**
 * Checks one report file (and with `fix`, writes the fixes atomically first). Files of other formats
 * are imported in memory; their findings refer to lines of the imported Markdown, and they are never
 * rewritten.
 */
export async function checkFile(path: string, options: CheckFileOptions): Promise<FileResult> {
  try {
    const readPrevious = (ref: string) => {
      try {
        return readText(resolve(dirname(path), ref));
      } catch {
        return undefined;
      }
    };
    const checkOptions = { rules: options.rules, locale: options.locale, readPrevious };
    const source = await reportText(path);
    let text = source.text;
    let fixed = 0;
    const warnings: string[] = [];
    if (options.fix && source.imported)
      warnings.push(
        options.locale === 'en'
          ? `${path}: imported from another format, not rewritten by --fix (nianbao import writes the Markdown)`
          : `${path}：由其他格式导入，--fix 不改写原文件（可先用 nianbao import 转为 Markdown）`,
      );
    else if (options.fix) {
      assertWritable(path, source.decoded!, options.locale, '--fix');
      const result = fixAll(text, checkOptions);
      if (result.text !== text) {
        writeBack(path, result.text, source.decoded!);
        text = result.text;
        fixed = result.edits;
      }
    }
    const result = check(text, checkOptions);
    if (result.previousUnreadable)
      warnings.push(
        options.locale === 'en'
          ? `${path}: cannot read last year's report “${result.previousUnreadable}”; cross-year rules skipped`
          : `${path}：无法读取上年报告「${result.previousUnreadable}」，跨年度检查已跳过`,
      );
    return {
      path,
      agency: result.report.agency,
      year: result.report.year,
      format: result.format,
      findings: result.findings,
      fixed,
      warnings,
    };
  } catch (e) {
    return {
      path,
      format: '2021',
      findings: [],
      fixed: 0,
      warnings: [],
      error: e instanceof Error ? e.message : String(e),
    };
  }
}
