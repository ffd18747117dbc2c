import { resolve } from 'node:path';
import { type Locale, NianbaoError, previousRef, reportFileName, scaffold, scaffoldInputProblem } from '../core';
import { reportText } from './checkFile';
import { prepareOutput, writeFileAtomic } from './atomic';
import type { Io } from './main';

/** What `nianbao new` takes from the command line. */
export interface NewOptions {
  agency?: string;
  year?: string;
  previous?: string;
  output?: string;
  force: boolean;
}

const USAGE = {
  'zh-cn': '用法：nianbao new --agency 单位名称 --year 年度 [--previous 上年度报告] [-o 输出.md] [--force]',
  en: 'Usage: nianbao new --agency <unit> --year <year> [--previous last-year-report] [-o out.md] [--force]',
};

/**
 * `nianbao new`: the same scaffold as the extension's command 新建年度报告 (core/scaffold.ts), marked
 * `status: draft`, written atomically; an existing file is replaced only with --force. `-o -` prints it.
 */
export async function newCommand(opts: NewOptions, locale: Locale, io: Io): Promise<number> {
  const say = (zh: string, en: string) => (locale === 'en' ? en : zh);
  if (opts.agency === undefined || opts.year === undefined) {
    const missing = [opts.agency === undefined && '--agency', opts.year === undefined && '--year'].filter(Boolean);
    const said = say(`缺少 ${missing.join('、')}`, `missing ${missing.join(' and ')}`);
    throw new NianbaoError('usage', `${said}\n${USAGE[locale]}`);
  }
  const problem = scaffoldInputProblem({ agency: opts.agency, year: opts.year }, new Date().getFullYear());
  if (problem) throw new NianbaoError('usage', `${locale === 'en' ? problem.en : problem.zh}\n${USAGE[locale]}`);
  const agency = opts.agency.trim();
  const year = Number(opts.year.trim());
  const output = opts.output ?? reportFileName(agency, year);
  const toStdout = output === '-';
  const target = toStdout ? undefined : prepareOutput(output, opts.force, opts.previous ? [opts.previous] : []);
  const previous = opts.previous
    ? {
        markdown: (await reportText(opts.previous)).text,
        ref: toStdout ? opts.previous.replace(/\\/g, '/') : previousRef(resolve(output), resolve(opts.previous)),
      }
    : undefined;
  const text = scaffold({ agency, year, previous });
  if (toStdout) {
    io.stdout(text);
    return 0;
  }
  writeFileAtomic(output, text, target);
  io.stderr(
    say(
      `nianbao：已新建 ${output}（草稿，status: draft）：填写各处【待补充】和落款日期后，删去前置信息中的 status: draft\n`,
      `nianbao: created ${output} (a draft, status: draft): fill in every 【待补充】 and ` +
        `the date, then remove status: draft from the front matter\n`,
    ),
  );
  return 0;
}
