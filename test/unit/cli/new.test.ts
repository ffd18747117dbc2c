import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';
import { analyse } from '../../../src/core/check';
import { parseReport } from '../../../src/core/parse';
import { scaffold } from '../../../src/core/scaffold';
import { mutate, readFixture, ROOT, REPORT_2021 } from '../helpers';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env: {} });
  return { code, stdout, stderr };
}

suite('nianbao new (command line)', () => {
  let dir: string;
  setup(() => {
    dir = mkdtempSync(join(tmpdir(), 'nianbao-new-'));
  });
  teardown(() => rmSync(dir, { recursive: true, force: true }));

  test('writes the extension’s scaffold as a draft, and nianbao check passes it with exit 0', async () => {
    const out = join(dir, '年报.md');
    const r = await run(['new', '--agency', '青山市云溪区数据局', '--year', '2024', '-o', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      r.stderr,
      `nianbao：已新建 ${out}（草稿，status: draft）：填写各处【待补充】和落款日期后，删去前置信息中的 status: draft\n`,
    );
    assert.equal(readFileSync(out, 'utf8'), scaffold({ agency: '青山市云溪区数据局', year: 2024 }));
    const checked = await run(['check', out]);
    assert.equal(checked.code, 0, checked.stdout);
    assert.match(checked.stdout, /已检查 1 个文件：错误 0 个，警告 13 个，提示 0 个/);
    assert.deepEqual(readdirSync(dir), ['年报.md'], 'no temporary file is left');
  });

  test('--previous: last year’s figures carried over, the reference relative to the new file', async () => {
    mkdirSync(join(dir, '2021'));
    mkdirSync(join(dir, '2022'));
    writeFileSync(join(dir, '2021', '年报.md'), readFixture(REPORT_2021));
    const out = join(dir, '2022', '年报.md');
    const r = await run([
      'new',
      '--agency',
      '临河县自然资源局',
      '--year',
      '2022',
      '--previous',
      join(dir, '2021', '年报.md'),
      '-o',
      out,
    ]);
    assert.equal(r.code, 0, r.stderr);
    const text = readFileSync(out, 'utf8');
    assert.match(
      text,
      /^---\nagency: 临河县自然资源局\nyear: 2022\nformat: 2021\nprevious: \.\.\/2021\/年报\.md\nstatus: draft\n---/,
    );
    const { tables } = analyse(parseReport(text));
    assert.deepEqual(
      tables.get('applications')!.def.columns.map((c) => tables.number('applications', 'R2', c.key)),
      [2, 0, 0, 0, 1, 0, 3],
    );
    assert.equal(tables.number('item1', 'normativeDocs', 'valid'), 9);
    const checked = await run(['check', out]);
    assert.equal(checked.code, 0, checked.stdout);
  });

  test('never over an existing file without --force; with it the file is replaced', async () => {
    const out = join(dir, '年报.md');
    writeFileSync(out, 'mine');
    const args = ['new', '--agency', '青山市云溪区数据局', '--year', '2024', '-o', out];
    const refused = await run(args);
    assert.equal(refused.code, 2);
    assert.equal(refused.stderr, `nianbao: ${out} 已存在；如需覆盖请加 --force\n`);
    assert.equal(readFileSync(out, 'utf8'), 'mine');
    assert.equal((await run([...args, '--force'])).code, 0);
    assert.match(readFileSync(out, 'utf8'), /^---\nagency: 青山市云溪区数据局/);
  });

  test('usage and input errors exit 2 and write nothing, in the language asked for', async () => {
    const usage = '用法：nianbao new --agency 单位名称 --year 年度 [--previous 上年度报告] [-o 输出.md] [--force]';
    assert.deepEqual(await run(['new', '--agency', '某局']), {
      code: 2,
      stdout: '',
      stderr: `nianbao: 缺少 --year\n${usage}\n`,
    });
    assert.equal((await run(['new'])).stderr, `nianbao: 缺少 --agency、--year\n${usage}\n`);
    const badYear = await run(['new', '--agency', '某局', '--year', '20x4', '--lang', 'en', '-o', join(dir, 'a.md')]);
    assert.equal(badYear.code, 2);
    assert.equal(
      badYear.stderr,
      `nianbao: The report year must be a year from 2008 to ${new Date().getFullYear()}, not “20x4”\n` +
        'Usage: nianbao new --agency <unit> --year <year> [--previous last-year-report] [-o out.md] [--force]\n',
    );
    const blank = await run(['new', '--agency', ' ', '--year', '2024', '-o', join(dir, 'a.md')]);
    assert.equal(blank.stderr, `nianbao: 请填写单位名称\n${usage}\n`);
    const missing = await run([
      'new',
      '--agency',
      '某局',
      '--year',
      '2024',
      '--previous',
      join(dir, 'nope.md'),
      '-o',
      join(dir, 'a.md'),
    ]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^nianbao: 无法读取 .*nope\.md/);
    assert.deepEqual(readdirSync(dir), []);
  });

  test('-o - prints the report; without -o the file is named after the unit and the year', () => {
    const cli = join(ROOT, 'dist', 'cli.js');
    const printed = spawnSync(process.execPath, [cli, 'new', '--agency', '某局', '--year', '2020', '-o', '-'], {
      encoding: 'utf8',
    });
    assert.equal(printed.status, 0, printed.stderr);
    assert.equal(printed.stdout, scaffold({ agency: '某局', year: 2020 }));
    const named = spawnSync(process.execPath, [cli, 'new', '--agency', '某局', '--year', '2020', '--lang', 'en'], {
      cwd: dir,
      encoding: 'utf8',
    });
    assert.equal(named.status, 0, named.stderr);
    assert.deepEqual(readdirSync(dir), ['某局2020年政府信息公开工作年度报告.md']);
    assert.match(named.stderr, /^nianbao: created 某局2020年政府信息公开工作年度报告\.md \(a draft, status: draft\)/);
  });
});

suite('nianbao export of a draft', () => {
  let dir: string;
  setup(() => {
    dir = mkdtempSync(join(tmpdir(), 'nianbao-export-'));
  });
  teardown(() => rmSync(dir, { recursive: true, force: true }));
  const draft = scaffold({ agency: '青山市云溪区数据局', year: 2024 });

  test('a draft with placeholders is exported with a warning that counts them', async () => {
    const p = join(dir, 'draft.md');
    writeFileSync(p, draft);
    const r = await run(['export', p]);
    assert.equal(r.code, 0);
    assert.equal(
      r.stderr,
      `nianbao：注意：${p} 是草稿（status: draft），仍有 13 处占位符未填写（第一处在第 10 行）；仍照常导出，占位符在 Word 文件中以底色标出\n` +
        `nianbao：已导出 ${join(dir, 'draft.docx')}\n`,
    );
    const en = await run(['export', p, '--force', '--lang', 'en']);
    assert.match(
      en.stderr,
      /is a draft \(status: draft\) with 13 placeholders still to fill in \(the first on line 10\)/,
    );
  });

  test('without the marker the placeholders are errors; a draft without placeholders exports quietly', async () => {
    const published = join(dir, 'published.md');
    writeFileSync(published, draft.replace('status: draft\n', ''));
    const r = await run(['export', published, '--lang', 'en']);
    assert.match(
      r.stderr,
      /^nianbao: warning: .*published\.md still has 13 errors \(nianbao check .*\); exporting anyway\n/,
    );
    assert.doesNotMatch(r.stderr, /draft/);
    const filled = join(dir, 'filled.md');
    writeFileSync(filled, mutate(readFixture(REPORT_2021), 'year: 2021\n', 'year: 2021\nstatus: draft\n'));
    const quiet = await run(['export', filled]);
    assert.equal(quiet.stderr, `nianbao：已导出 ${join(dir, 'filled.docx')}\n`);
  });
});
