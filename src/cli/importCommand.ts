import type { ImportOutput } from '../../schemas/importOutput';
import { decodeText, type Locale, NianbaoError, REPORT_FRONT_MATTER_RE } from '../core';
import { importReport, sourceKind, type Imported, type Unplaced } from '../importers';
import { prepareOutput, writeFileAtomic } from './atomic';
import { readInput } from './fsutil';
import type { Io } from './main';

/** `path:line`, or for a PDF `path:第p页第l行` (`path:pP:L` in English), of an unplaced item. */
function at(file: string, u: Unplaced, locale: Locale): string {
  if (u.page === undefined) return `${file}:${u.line}`;
  return locale === 'en' ? `${file}:p${u.page}:${u.line}` : `${file}:第${u.page}页第${u.line}行`;
}

/** The placement report as `nianbao import --format json` prints it (schemas/importOutput.ts). */
export function importJson(file: string, output: string | undefined, imported: Imported, locale: Locale): ImportOutput {
  const { placement } = imported;
  return {
    version: 1,
    path: file,
    output: output ?? null,
    agency: imported.agency ?? null,
    year: imported.year ?? null,
    format: imported.format ?? '2021',
    placed: placement.placed.map((c) => ({
      table: c.table,
      row: c.row,
      column: c.column,
      value: c.text,
      line: c.line,
      ...(c.page !== undefined ? { page: c.page } : {}),
      split: c.split ?? false,
    })),
    unplaced: placement.unplaced.map((u) => ({
      line: u.line,
      ...(u.page !== undefined ? { page: u.page } : {}),
      text: u.text,
      code: u.code,
      reason: locale === 'en' ? u.reasonEn : u.reason,
    })),
    ...(output ? {} : { markdown: imported.markdown }),
  };
}

/**
 * `nianbao import <file> [-o out.md] [--force] [--format text|json]`: the report in our Markdown form;
 * what could not be placed on stderr (text), or the whole placement report on stdout (json).
 */
export async function importCommand(
  targets: string[],
  options: { output?: string; force: boolean; format: string },
  locale: Locale,
  io: Io,
): Promise<number> {
  if (targets.length !== 1)
    throw new NianbaoError('usage', '用法：nianbao import <文件.txt|.md|.html|.docx|.pdf> [-o 输出.md]', {
      en: 'Usage: nianbao import <file.txt|.md|.html|.docx|.pdf> [-o output.md]',
    });
  if (!['text', 'json'].includes(options.format))
    throw new NianbaoError('usage', `import 的输出格式只能是 text 或 json，而不是「${options.format}」`, {
      en: `import writes text or json, not “${options.format}”`,
    });
  const [file] = targets;
  // `-o -` is stdout, as for nianbao new.
  const output = options.output === '-' ? undefined : options.output;
  // A Markdown file to import is a converter's (PDF/OCR to Markdown): read as text.
  const kind = sourceKind(file) ?? (/\.(md|markdown)$/i.test(file) ? 'txt' : undefined);
  if (!kind)
    throw new NianbaoError('usage', `只能导入 .txt、.md、.html、.htm、.docx、.pdf 文件，而不是「${file}」`, {
      en: `Only .txt, .md, .html, .htm, .docx and .pdf files are imported, not “${file}”`,
    });
  const target = output ? prepareOutput(output, options.force, [file]) : undefined;
  const bytes = readInput(file);
  if (kind === 'txt' && REPORT_FRONT_MATTER_RE.test(decodeText(bytes, file).text.slice(0, 4000)))
    throw new NianbaoError(
      'usage',
      `「${file}」已是年报的 Markdown 形式（有前置信息），无需导入：可直接 nianbao check`,
      {
        en: `“${file}” is already a report in Markdown (it has front matter); nothing to import: nianbao check it`,
      },
    );
  const imported = await importReport(kind, bytes, file);
  if (output) writeFileAtomic(output, imported.markdown, target);
  if (options.format === 'json') {
    io.stdout(JSON.stringify(importJson(file, output, imported, locale), null, 2) + '\n');
    return 0;
  }
  if (!output) io.stdout(imported.markdown);
  const { unplaced } = imported;
  for (const u of unplaced)
    io.stderr(
      locale === 'en'
        ? `nianbao: ${at(file, u, locale)}: not placed: “${u.text}” (${u.reasonEn})\n`
        : `nianbao：${at(file, u, locale)}：未能归位「${u.text}」（${u.reason}）\n`,
    );
  if (output)
    io.stderr(
      locale === 'en'
        ? `nianbao: wrote ${output}${unplaced.length ? `; ${unplaced.length} item(s) not placed` : ''}\n`
        : `nianbao：已写入 ${output}${unplaced.length ? `；${unplaced.length} 处未能归位` : ''}\n`,
    );
  return 0;
}
