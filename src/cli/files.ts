import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { NianbaoError } from '../core/errors';
import { isReportMarkdown, REPORT_FRONT_MATTER_RE, REPORT_NAME_RE } from '../core/text';

/** Extensions `nianbao check` reads as reports (the last four are imported in memory). */
export const REPORT_EXTENSIONS = new Set(['.md', '.markdown', '.txt', '.html', '.htm', '.docx']);
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.vscode-test', 'out', 'dist']);

/**
 * Whether a file found in a folder is a report: Markdown with front matter naming agency or year or a
 * heading naming the report, other text naming the report early on; every Word file (compressed).
 */
export function looksLikeReport(path: string): boolean {
  if (extname(path).toLowerCase() === '.docx') return true;
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(16384);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const head = buf.subarray(0, n).toString('utf8');
    if (/\.(md|markdown)$/i.test(path)) return isReportMarkdown(head);
    return REPORT_FRONT_MATTER_RE.test(head) || REPORT_NAME_RE.test(head);
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
