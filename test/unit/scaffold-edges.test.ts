import * as assert from 'node:assert/strict';
import { analyse } from '../../src/core/check';
import { parseReport } from '../../src/core/parse';
import { previousRef, scaffold, scaffoldInputProblem } from '../../src/core/scaffold';
import { mutate } from './helpers';

/** The preamble of a new report, as the scaffold writes it for a unit, year and basis document. */
function preamble(agency: string, year: number, basis: string): string {
  return (
    `本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》` +
    `${basis}编制，包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼` +
    `情况、存在的主要问题及改进情况、其他需要报告的事项六个部分。本报告中所列数据的统计期限自${year}年1月1日起至` +
    `${year}年12月31日止。如对本报告有疑问，请与${agency}联系（【待补充：联系电话】）。`
  );
}

/** The captions (first header cell) of the tables under each level-1 heading, in order. */
function captionsBySection(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  let section = '';
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const heading = /^## (.)、/.exec(line);
    if (heading) out[(section = heading[1])] = [];
    else if (line.startsWith('| ') && lines[i + 1]?.startsWith('| --- |'))
      out[section].push(line.split(' | ')[0].slice(2));
  });
  return out;
}

/** The table row of a report whose first cell is `label`, as written. */
function rowLine(text: string, label: string): string | undefined {
  return text.split('\n').find((l) => l.startsWith(`| ${label} |`));
}

suite('scaffold: edges of the inputs, the head of the report and what carries over', () => {
  const agency = '青石县档案局';

  test('a year is exactly four digits from 2008; an absent year is no problem', () => {
    assert.equal(scaffoldInputProblem({ agency }, 2025), undefined);
    assert.equal(scaffoldInputProblem({}, 2025), undefined);
    assert.equal(scaffoldInputProblem({ year: '2008' }, 2025), undefined);
    for (const year of ['02024', '2024.0', '2024年', '12024'])
      assert.deepEqual(scaffoldInputProblem({ agency, year }, 2025), {
        zh: `报告年度应为 2008 至 2025 之间的年份，而不是「${year}」`,
        en: `The report year must be a year from 2008 to 2025, not “${year}”`,
      });
  });

  test('the reference to last year always names the file, even from a folder of the same name', () => {
    assert.equal(previousRef('/w/r/new.md', '/w/r'), '../r');
    assert.equal(previousRef('/w/new.md', '/w'), '../w');
    assert.equal(previousRef('/new.md', '/old.md'), 'old.md');
  });

  for (const [year, format, basis] of [
    [2020, 2019, '（国办公开办函〔2019〕60号）'],
    [2024, 2021, '（国办公开办函〔2021〕30号）'],
  ] as const)
    test(`${year}: the front matter, title and preamble exactly (basis ${basis})`, () => {
      const text = scaffold({ agency, year });
      assert.equal(
        text.slice(0, text.indexOf('\n## ')),
        [
          `---\nagency: ${agency}\nyear: ${year}\nformat: ${format}\nstatus: draft\n---`,
          `# ${agency}${year}年政府信息公开工作年度报告`,
          preamble(agency, year, basis),
        ].join('\n\n') + '\n',
      );
      assert.ok(text.endsWith(`\n\n${agency}\n${year + 1}年  月  日\n`), text.slice(-40));
    });

  test('each table under its own section, once; label-only rows left blank', () => {
    assert.deepEqual(captionsBySection(scaffold({ agency, year: 2024 })), {
      一: [],
      二: ['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项'],
      三: ['申请人情况'],
      四: ['行政复议、行政诉讼'],
      五: [],
      六: [],
    });
    const text2020 = scaffold({ agency, year: 2020 });
    assert.deepEqual(captionsBySection(text2020)['二'], [
      '第二十条第（一）项',
      '第二十条第（五）项',
      '第二十条第（六）项',
      '第二十条第（八）项',
      '第二十条第（九）项',
    ]);
    const text = scaffold({ agency, year: 2024 });
    for (const label of ['三、本年度办理结果', '（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理'])
      assert.equal(rowLine(text, label), `| ${label} |  |  |  |  |  |  |  |`);
    // In the 2019 format （六）其他处理 is a row of figures, not a label.
    assert.equal(rowLine(text2020, '（六）其他处理'), '| （六）其他处理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |');
  });

  test('carries over 结转 and only the 现行有效件数 of item 1; a blank valid cell stays 0', () => {
    let last = scaffold({ agency, year: 2023 });
    last = mutate(last, '| 行政规范性文件 | 0 | 0 | 0 |', '| 行政规范性文件 | 3 | 1 | 11 |');
    last = mutate(last, '| 规章 | 0 | 0 | 0 |', '| 规章 | 2 | 0 |  |');
    last = mutate(
      last,
      '| 四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
      '| 四、结转下年度继续办理 | 2 | 1 | 0 | 0 | 0 | 0 | 3 |',
    );
    const text = scaffold({ agency, year: 2024, previous: { markdown: last, ref: 'last.md' } });
    assert.equal(rowLine(text, '行政规范性文件'), '| 行政规范性文件 | 0 | 0 | 11 |');
    assert.equal(rowLine(text, '规章'), '| 规章 | 0 | 0 | 0 |');
    assert.equal(
      rowLine(text, '二、上年结转政府信息公开申请数量'),
      '| 二、上年结转政府信息公开申请数量 | 2 | 1 | 0 | 0 | 0 | 0 | 3 |',
    );
    assert.equal(rowLine(text, '四、结转下年度继续办理'), '| 四、结转下年度继续办理 | 2 | 1 | 0 | 0 | 0 | 0 | 3 |');
    assert.equal(
      rowLine(text, '一、本年新收政府信息公开申请数量'),
      '| 一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    );
    assert.equal(rowLine(text, '行政复议'), '| 行政复议 | 0 | 0 | 0 | 0 | 0 |');
    assert.match(text, /\nprevious: last\.md\n/);
  });

  test('last year’s report without any table: nothing carried over, every figure 0', () => {
    const last = `---\nagency: ${agency}\nyear: 2023\n---\n\n# ${agency}2023年政府信息公开工作年度报告\n\n## 一、总体情况\n\n全年运行平稳。\n`;
    assert.equal(analyse(parseReport(last)).tables.byId.size, 0);
    const text = scaffold({ agency, year: 2024, previous: { markdown: last, ref: 'last.md' } });
    assert.equal(
      text,
      scaffold({ agency, year: 2024 }).replace('\nstatus: draft\n', '\nprevious: last.md\nstatus: draft\n'),
    );
  });
});
