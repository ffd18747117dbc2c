import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { check, type Locale } from '../core/check';
import { NianbaoError } from '../core/errors';
import { fixAll } from '../core/fix';
import type { Finding } from '../core/rules/types';
import type { SeverityOverride } from '../core/check';
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

/** A text file without its BOM; an unreadable file is a NianbaoError('input') naming it. */
export function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8').replace(/^\ufeff/, '');
  } catch (e) {
    throw new NianbaoError('input', `无法读取 ${path}：${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
}

/** The Markdown of a report file: read as is, or imported in memory from .txt, .html or .docx. */
export async function reportText(path: string): Promise<{ text: string; imported: boolean }> {
  const kind = sourceKind(path);
  if (!kind) {
    // A converter's Markdown (no front matter, torn tables) is checked as its import.
    const text = readText(path);
    const imported = betterImported(text);
    return imported ? { text: imported.markdown, imported: true } : { text, imported: false };
  }
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch (e) {
    throw new NianbaoError('input', `无法读取 ${path}：${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  return { text: (await importReport(kind, data)).markdown, imported: true };
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
      const result = fixAll(text, checkOptions);
      if (result.text !== text) {
        writeFileAtomic(path, result.text);
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
