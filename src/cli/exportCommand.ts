import { check, type CheckResult, type Locale, NianbaoError } from '../core';
import { sourceKind } from '../importers';
import { readText } from './checkFile';
import { ConfigResolver } from './config';
import { prepareOutput, writeFileAtomic } from './atomic';
import type { Io } from './main';

/**
 * What the export says before it writes: the errors left, and in a draft (`status: draft`) the
 * placeholders left, which are warnings there and so not among the errors. The export goes on: the Word
 * file highlights the placeholders, and a script that exports a draft on purpose is not stopped.
 */
export function exportWarnings(file: string, result: CheckResult, locale: Locale): string[] {
  const out: string[] = [];
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  if (errors)
    out.push(
      locale === 'en'
        ? `nianbao: warning: ${file} still has ` +
            `${errors === 1 ? '1 error' : `${errors} errors`} (nianbao check ${file}); ` +
            `exporting anyway\n`
        : `nianbao：注意：${file} 仍有 ${errors} 个错误（可运行 nianbao check ${file} 查看），仍照常导出\n`,
    );
  const placeholders = result.findings.filter((f) => f.code === 'NB404' && f.severity !== 'error');
  if (result.report.frontMatter?.status === 'draft' && placeholders.length) {
    const first = placeholders[0].range.start.line + 1;
    const n = placeholders.length;
    out.push(
      locale === 'en'
        ? `nianbao: warning: ${file} is a draft (status: draft) with ` +
            `${n === 1 ? '1 placeholder' : `${n} placeholders`} still to fill in (the first ` +
            `on line ${first}); exporting anyway, the placeholders highlighted in the Word ` +
            `file\n`
        : `nianbao：注意：${file} 是草稿（status: draft），仍有 ${n} 处占位符未填写（第一处在第 ${first} 行）；仍照常导出，占位符在 Word 文件中以底色标出\n`,
    );
  }
  return out;
}

/** `nianbao export <file.md> [-o out.docx] [--force]`: the Word file, laid out per GB/T 9704. */
export async function exportCommand(
  targets: string[],
  output: string | undefined,
  force: boolean,
  locale: Locale,
  io: Io,
): Promise<number> {
  if (targets.length !== 1)
    throw new NianbaoError('usage', '用法：nianbao export <年报.md> [-o 输出.docx] [--force]', {
      en: 'Usage: nianbao export <report.md> [-o output.docx] [--force]',
    });
  if (sourceKind(targets[0]))
    throw new NianbaoError(
      'usage',
      `export 导出的是年报的 Markdown 形式，而「${targets[0]}」不是：请先用 nianbao import 转为 Markdown`,
      { en: `export takes a report in Markdown, and “${targets[0]}” is not one: nianbao import it first` },
    );
  const [file] = targets;
  const text = readText(file);
  const out = output ?? file.replace(/\.(md|markdown)$/i, '') + '.docx';
  const target = prepareOutput(out, force, [file]);
  const rules = new ConfigResolver().forFile(file).rules;
  for (const warning of exportWarnings(file, check(text, { locale, rules }), locale)) io.stderr(warning);
  const { exportDocx } = await import('../exporters/docx.js');
  writeFileAtomic(out, await exportDocx(text), target);
  io.stderr(locale === 'en' ? `nianbao: wrote ${out}\n` : `nianbao：已导出 ${out}\n`);
  return 0;
}
