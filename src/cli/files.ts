import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { NianbaoError, isReportMarkdown, REPORT_FRONT_MATTER_RE, REPORT_NAME_RE } from '../core';

/** Extensions `nianbao check` reads as reports (all but Markdown are imported in memory). */
export const REPORT_EXTENSIONS = new Set(['.md', '.markdown', '.txt', '.html', '.htm', '.docx', '.pdf']);
/** A PDF found in a folder is checked when its name says it is a report (a folder holds other PDFs too). */
const PDF_REPORT_NAME_RE = /年报|年度报告|信息公开/;
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.vscode-test', 'out', 'dist']);

/**
 * Whether a file found in a folder is a report: Markdown with front matter naming agency or year or a
 * heading naming the report; other text naming the report early on (read as UTF-8, UTF-16 or
 * GB18030); every Word file (its text is compressed); a PDF whose name says 年报, 年度报告 or 信息公开
 * (reading each would be slow).
 */
export function looksLikeReport(path: string): boolean {
  const ext = extname(path).toLowerCase();
  if (ext === '.docx') return true;
  if (ext === '.pdf') return PDF_REPORT_NAME_RE.test(basename(path));
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(16384);
    const head = buf.subarray(0, readSync(fd, buf, 0, buf.length, 0));
    const utf16 =
      head[0] === 0xff && head[1] === 0xfe ? 'utf-16le' : head[0] === 0xfe && head[1] === 0xff ? 'utf-16be' : '';
    return (utf16 ? [utf16] : ['utf-8', 'gb18030']).some((encoding) => {
      const text = new TextDecoder(encoding).decode(head);
      if (/\.(md|markdown)$/i.test(path)) return isReportMarkdown(text);
      return REPORT_FRONT_MATTER_RE.test(text) || REPORT_NAME_RE.test(text);
    });
  } finally {
    closeSync(fd);
  }
}

/** The report files named by the arguments: files as given, folders searched recursively. */
export function collectFiles(targets: readonly string[]): string[] {
  const out: string[] = [];
  for (const target of targets) {
    let stat;
    try {
      stat = statSync(target);
    } catch (e) {
      throw new NianbaoError('input', `找不到文件或文件夹：${target}`, { cause: e });
    }
    if (stat.isFile()) out.push(target);
    else if (stat.isDirectory()) walk(target, out);
  }
  return out;
}

function walk(dir: string, out: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIPPED_DIRS.has(e.name) && !e.name.startsWith('.')) walk(path, out);
    } else if (e.isFile() && REPORT_EXTENSIONS.has(extname(e.name).toLowerCase()) && looksLikeReport(path))
      out.push(path);
  }
}
