import { parseArgs } from 'node:util';
import { type Locale, NianbaoError, RULES } from '../core';
import { sourceKind } from '../importers';
import { dirname, resolve } from 'node:path';
import { assertWritable, readDecoded, readText, writeBack } from './checkFile';
import { checkCommand } from './checkCommand';
import { messageOf } from './fsErrors';
import type { DraftProgress, ModelConfig } from '../drafting/client';
import { shownURL } from '../drafting/redact';
import { importCommand } from './importCommand';
import { exportCommand } from './exportCommand';
import { newCommand } from './newCommand';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: Record<string, string | undefined>;
}

const defaultIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  env: process.env,
};

const HELP = {
  'zh-cn': `用法：nianbao <命令> [选项]

命令：
  new --agency 单位名称 --year 年度 [--previous 上年度报告] [-o 输出.md] [--force]
                           新建年度报告草稿（与 VS Code 扩展的“新建年度报告”相同：六个部分、全部官方
                           表格、要点块，上年结转取自上年度报告；前置信息写明 status: draft）；
                           默认写入“单位年度年政府信息公开工作年度报告.md”，-o - 输出到 stdout
  check <文件或文件夹…>   检查年度报告（.md，以及导入后检查的 .txt .html .docx .pdf；文件夹中递归查找）
  import <文件> [-o 输出.md] [--force] [--format json]
                           把已发布的报告（.txt .md .html .docx .pdf）转为 Markdown 形式；未能归位的
                           内容列在 stderr，--format json 输出完整的归位报告
  export <年报.md> [-o 输出.docx] [--force]
                           导出为按 GB/T 9704 排版的 Word 文件（仍有错误或草稿仍有占位符时提示后照常导出）
  draft <年报.md> [--section 标题] [--write] [--offline] [--timeout 秒]
                           根据要点（notes）起草叙述；模型由 NIANBAO_BASE_URL、NIANBAO_MODEL、
                           NIANBAO_API_KEY 指定，未配置时离线起草
  rules                    列出全部检查规则

check 的选项：
  --format <text|json|sarif>  输出格式（默认 text）
  --fix                       自动修复可确定的问题并写回文件
  --lang <zh|en>              消息语言（默认中文；也可用环境变量 NIANBAO_LANG）

退出码：0 无错误；1 有错误级别的问题；2 用法或输入错误。
配置：在报告所在文件夹或其上级放置 .nianbaorc.json，如 {"rules": {"NB505": "off"}}。
`,
  en: `Usage: nianbao <command> [options]

Commands:
  new --agency <unit> --year <year> [--previous last-year-report] [-o out.md] [--force]
                              a new report marked status: draft (the extension's New Annual Report:
                              six sections, every official table, notes blocks, carry-over from last
                              year's report); written to “<unit><year>年政府信息公开工作年度报告.md”
                              unless -o names a file (-o - prints it)
  check <files or folders…>   check annual reports (.md, and .txt .html .docx .pdf imported in memory)
  import <file> [-o out.md] [--force] [--format json]
                              turn a published report (.txt .md .html .docx .pdf) into the Markdown
                              form; what could not be placed on stderr, the whole placement report
                              with --format json
  export <report.md> [-o out.docx] [--force]
                              a Word file laid out per GB/T 9704 (exported with a warning when
                              errors or a draft's placeholders remain)
  draft <report.md> [--section heading] [--write] [--offline] [--timeout s]
                              draft the narrative from the notes (model from NIANBAO_BASE_URL,
                              NIANBAO_MODEL, NIANBAO_API_KEY; offline when none is set)
  rules                       list every rule

Options of check:
  --format <text|json|sarif>  output format (default text)
  --fix                       apply the certain fixes and write the files back
  --lang <zh|en>              message language (default Chinese; or NIANBAO_LANG)

Exit code: 0 no error; 1 a finding of severity error; 2 usage or input error.
Configuration: a .nianbaorc.json beside the report or above it, e.g. {"rules": {"NB505": "off"}}.
`,
};

function localeFrom(value: string | undefined, env: Io['env']): Locale {
  const v = (value ?? (env.NIANBAO_LANG || 'zh')).toLowerCase();
  if (v.startsWith('en')) return 'en';
  if (v.startsWith('zh')) return 'zh-cn';
  throw new NianbaoError('usage', `未知的语言「${v}」：可用 zh 或 en`);
}

/** The language of messages before the arguments are parsed: --lang, else NIANBAO_LANG, else Chinese. */
export function earlyLocale(argv: readonly string[], env: Io['env']): Locale {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? env.NIANBAO_LANG : argv[i].includes('=') ? argv[i].slice(7) : argv[i + 1];
  return value?.toLowerCase().startsWith('en') ? 'en' : 'zh-cn';
}

/**
 * Runs the command line; returns the exit code. Prints only through `io`. An expected failure (usage,
 * input, output) is one line and exit 2; anything else is a bug and is thrown to the caller.
 */
export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (e) {
    if (e instanceof NianbaoError) {
      io.stderr(`nianbao: ${messageOf(e, earlyLocale(argv, io.env))}\n`);
      return 2;
    }
    throw e;
  }
}

/** A command line node:util cannot parse, said in both languages (its own message is English only). */
function argumentError(e: unknown): NianbaoError {
  const message = e instanceof Error ? e.message : String(e);
  const option = /'(-[^',]+)/.exec(message)?.[1];
  const code = (e as { code?: string }).code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option)
    return new NianbaoError('usage', `未知选项「${option}」（nianbao --help 查看用法）`, {
      cause: e,
      en: `Unknown option “${option}” (see nianbao --help)`,
    });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option)
    return new NianbaoError('usage', `选项「${option}」缺少值或值不对（nianbao --help 查看用法）`, {
      cause: e,
      en: `Option “${option}” needs a value, or has a wrong one (see nianbao --help)`,
    });
  return new NianbaoError('usage', `命令行参数有误：${message}（nianbao --help 查看用法）`, {
    cause: e,
    en: `${message} (see nianbao --help)`,
  });
}

async function run(argv: readonly string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        agency: { type: 'string' },
        year: { type: 'string' },
        previous: { type: 'string' },
        output: { type: 'string', short: 'o' },
        force: { type: 'boolean', default: false },
        section: { type: 'string' },
        write: { type: 'boolean', default: false },
        offline: { type: 'boolean', default: false },
        timeout: { type: 'string' },
        fix: { type: 'boolean', default: false },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (e) {
    throw argumentError(e);
  }
  const { values, positionals } = parsed;
  const locale = localeFrom(values.lang, io.env);
  const [command, ...targets] = positionals;
  if (values.version) {
    io.stdout('0.1.0\n');
    return 0;
  }
  if (values.help || !command || command === 'help') {
    io.stdout(HELP[locale]);
    return values.help || command === 'help' ? 0 : 2;
  }
  if (command === 'rules') return listRules(values.format ?? 'text', locale, io);
  if (command === 'import')
    return importCommand(
      targets,
      { output: values.output, force: values.force ?? false, format: values.format ?? 'text' },
      locale,
      io,
    );
  if (command === 'new')
    return newCommand(
      {
        agency: values.agency,
        year: values.year,
        previous: values.previous,
        output: values.output,
        force: values.force ?? false,
      },
      locale,
      io,
    );
  if (command === 'export') return exportCommand(targets, values.output, values.force ?? false, locale, io);
  if (command === 'draft')
    return draftCommand(
      targets,
      {
        section: values.section,
        write: values.write ?? false,
        offline: values.offline ?? false,
        timeout: values.timeout,
      },
      locale,
      io,
    );
  if (command !== 'check')
    throw new NianbaoError('usage', `未知的命令「${command}」（可用 new、check、import、export、draft、rules、help）`, {
      en: `Unknown command “${command}” (the commands are new, check, import, export, draft, rules, help)`,
    });
  return checkCommand(targets, { format: values.format ?? 'text', fix: values.fix ?? false }, locale, io);
}

/** The model from the environment: NIANBAO_BASE_URL / NIANBAO_MODEL / NIANBAO_API_KEY (or OPENAI_*). */
function modelFromEnv(env: Io['env'], timeoutMs: number, locale: Locale): ModelConfig | undefined {
  const baseURL = env.NIANBAO_BASE_URL ?? env.OPENAI_BASE_URL;
  if (!baseURL) return undefined;
  const model = env.NIANBAO_MODEL ?? env.OPENAI_MODEL;
  if (!model)
    throw new NianbaoError(
      'usage',
      locale === 'en'
        ? `A model service is set (${shownURL(baseURL)}) but no model name: set NIANBAO_MODEL`
        : `已设置模型服务地址 ${shownURL(baseURL)}，但没有设置 NIANBAO_MODEL（模型名称）`,
    );
  return { baseURL, model, apiKey: env.NIANBAO_API_KEY ?? env.OPENAI_API_KEY, timeoutMs };
}

const PHASES = {
  waiting: { zh: '等待模型回答', en: 'waiting for the model' },
  streaming: { zh: '模型正在写', en: 'the model is writing' },
  checking: { zh: '核对草稿中的数字', en: 'checking the draft’s figures' },
  retrying: { zh: '重试', en: 'retrying' },
};

/** A progress line on each change of heading, attempt or phase (not every second: stderr is a log). */
function progressPrinter(io: Io, locale: Locale): (p: DraftProgress) => void {
  let last = '';
  return (p) => {
    const key = `${p.heading}|${p.attempt}|${p.phase}`;
    if (key === last) return;
    last = key;
    const place = p.total && p.total > 1 ? `（${(p.index ?? 0) + 1}/${p.total}）` : '';
    const phase = PHASES[p.phase];
    io.stderr(
      locale === 'en'
        ? `nianbao: “${p.heading}”${place}: ${phase.en} (request ${p.attempt}, ${(p.elapsedMs / 1000).toFixed(1)} s)\n`
        : `nianbao：「${p.heading}」${place}：${phase.zh}（第 ${p.attempt} 次请求，${(p.elapsedMs / 1000).toFixed(1)} 秒）\n`,
    );
  };
}

/**
 * `nianbao draft <file.md> [--section …] [--write] [--offline] [--timeout s]`: drafts the narrative of
 * the headings with notes. Exit 0 drafted, 1 a draft refused by the figure guard, 2 usage, input or
 * model failure (timeout included); on 1 and 2 the file is untouched.
 */
async function draftCommand(
  targets: string[],
  opts: { section?: string; write: boolean; offline: boolean; timeout?: string },
  locale: Locale,
  io: Io,
): Promise<number> {
  if (targets.length !== 1 || sourceKind(targets[0]))
    throw new NianbaoError(
      'usage',
      '用法：nianbao draft <年报.md> [--section 标题] [--write] [--offline] [--timeout 秒]',
    );
  const seconds = opts.timeout === undefined ? 60 : Number(opts.timeout);
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new NianbaoError('usage', `--timeout 应为正数（秒），而不是「${opts.timeout}」`);
  const [file] = targets;
  const decoded = readDecoded(file);
  if (opts.write) assertWritable(file, decoded, locale, 'draft --write');
  const { text } = decoded;
  const model = opts.offline ? undefined : modelFromEnv(io.env, seconds * 1000, locale);
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  const say = (e: NianbaoError) => (locale === 'en' && e.en ? e.en : e.message);
  try {
    const { draftReport, draftText } = await import('../drafting/index.js');
    const { drafted, text: result } = await draftReport(text, opts.section, {
      model,
      signal: controller.signal,
      onProgress: progressPrinter(io, locale),
      readPrevious: (ref) => {
        try {
          return readText(resolve(dirname(file), ref));
        } catch {
          return undefined;
        }
      },
    });
    if (opts.write) {
      writeBack(file, result, decoded);
      io.stderr(
        locale === 'en'
          ? `nianbao: ${drafted.length} ${drafted.length === 1 ? 'heading' : 'headings'} drafted into ${file}\n`
          : `nianbao：已起草 ${drafted.length} 个标题下的叙述并写入 ${file}\n`,
      );
    } else
      io.stdout(
        drafted
          .map((d) => `${'#'.repeat(d.target.heading.level)} ${d.target.heading.text}\n\n${draftText(d.draft)}\n`)
          .join('\n'),
      );
    if (!model)
      io.stderr(
        locale === 'en' ? 'nianbao: drafted offline (no model configured)\n' : 'nianbao：未配置模型，已用离线起草\n',
      );
    return 0;
  } catch (e) {
    if (!(e instanceof NianbaoError) || !['rejected', 'model', 'timeout', 'cancelled'].includes(e.code)) throw e;
    const untouched = locale === 'en' ? 'the file is untouched' : '文件未改动';
    io.stderr(`nianbao：${say(e)}${locale === 'en' ? '; ' : '；'}${untouched}\n`);
    const refused = (e as { draft?: unknown }).draft;
    if (typeof refused === 'string')
      io.stderr(`${locale === 'en' ? 'The refused draft:' : '未采用的草稿：'}\n${refused}\n`);
    return e.code === 'rejected' ? 1 : 2;
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
}

function listRules(format: string, locale: Locale, io: Io): number {
  if (format === 'json') {
    const rules = RULES.map((r) => ({
      code: r.code,
      name: r.name,
      severity: r.severity,
      fixable: r.fixable,
      title: locale === 'en' ? r.title.en : r.title.zh,
      description: locale === 'en' ? r.description.en : r.description.zh,
    }));
    io.stdout(JSON.stringify(rules, null, 2) + '\n');
    return 0;
  }
  if (format !== 'text') throw new NianbaoError('usage', `rules 的输出格式只能是 text 或 json，而不是「${format}」`);
  for (const r of RULES) {
    const title = locale === 'en' ? r.title.en : r.title.zh;
    const description = locale === 'en' ? r.description.en : r.description.zh;
    io.stdout(
      `${r.code}  ${r.name.padEnd(30)}  ${r.severity.padEnd(7)}  ` +
        `${r.fixable ? (locale === 'en' ? 'fix' : '可修复') : '     '}  ${title}\n        ` +
        `${description}\n`,
    );
  }
  return 0;
}
