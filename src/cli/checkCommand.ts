import { NianbaoError, type Locale } from '../core';
import type { CheckFileOptions, FileResult } from './checkFile';
import { ConfigResolver, rulesOff, type RulesOff } from './config';
import { collectFiles } from './files';
import { messageOf } from './fsErrors';
import type { Io } from './main';
import { formatText, toJson, toSarif } from './output';
import { checkAll } from './pool';

/**
 * `nianbao check <files or folders…> [--format text|json|sarif] [--fix]`: exit 0 clean, 1 a finding of
 * severity error, 2 a file that could not be read or written (the others are checked all the same).
 */
export async function checkCommand(
  targets: string[],
  options: { format: string; fix: boolean },
  locale: Locale,
  io: Io,
): Promise<number> {
  if (!['text', 'json', 'sarif'].includes(options.format))
    throw new NianbaoError('usage', `未知的输出格式「${options.format}」：可用 text、json、sarif`);
  if (!targets.length) throw new NianbaoError('usage', '请给出要检查的文件或文件夹，如：nianbao check 年报.md');

  const results = await checkTargets(targets, locale, options.fix);
  let inputError = false;
  for (const r of results) {
    for (const line of [r.error, r.writeError])
      if (line) {
        io.stderr(`nianbao: ${line}\n`);
        inputError = true;
      }
    for (const w of r.warnings) io.stderr(`nianbao: ${w}\n`);
    if (r.fixed)
      io.stderr(
        locale === 'en'
          ? `nianbao: ${r.path}: ${r.fixed} fix(es) written\n`
          : `nianbao：${r.path} 已写入 ${r.fixed} 处修复\n`,
      );
    // Fixes fixAll left because taking them would raise another finding (the text says otherwise).
    const left = r.unfixed ?? [];
    if (left.length) {
      const codes = [...new Set(left)].join(', ');
      io.stderr(
        locale === 'en'
          ? `nianbao: ${r.path}: ${left.length} fix(es) not applied (${codes}): applying them would raise ` +
              `other findings; check these by hand\n`
          : `nianbao：${r.path} 有 ${left.length} 处修复未采用（${codes}）：采用后会引出其他问题，请人工核对\n`,
      );
    }
  }
  if (options.format === 'json') io.stdout(JSON.stringify(toJson(results), null, 2) + '\n');
  else if (options.format === 'sarif') io.stdout(JSON.stringify(toSarif(results, locale), null, 2) + '\n');
  else io.stdout(formatText(results, locale));
  if (inputError) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

/**
 * Checks every report the targets name. A target or file that cannot be read, or whose configuration
 * is wrong, gets its error in its place; the others are checked all the same.
 */
async function checkTargets(targets: string[], locale: Locale, fix: boolean): Promise<FileResult[]> {
  const configs = new ConfigResolver();
  const failed = (path: string, e: NianbaoError): FileResult => ({
    path,
    format: '2021',
    findings: [],
    fixed: 0,
    warnings: [],
    error: messageOf(e, locale),
  });
  type Job = { path: string; rules: CheckFileOptions['rules']; off?: RulesOff };
  const slots: Array<FileResult | Job> = [];
  for (const { path, error } of collectFiles(targets)) {
    if (error) {
      slots.push(failed(path, error));
      continue;
    }
    try {
      const config = configs.forFile(path);
      slots.push({ path, rules: config.rules, off: rulesOff(config) });
    } catch (e) {
      if (!(e instanceof NianbaoError)) throw e;
      slots.push(failed(path, e));
    }
  }
  const jobs = slots.filter((s): s is Job => 'rules' in s);
  const checked = await checkAll(
    jobs.map(({ path, rules }) => ({ path, rules })),
    { locale, fix },
  );
  let k = 0;
  return slots.map((s) => ('rules' in s ? { ...checked[k++], ...(s.off && { rulesOff: s.off }) } : s));
}
