import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the module object itself: its Worker is replaced to count threads
import threads = require('node:worker_threads');
import { checkOutputSchema } from '../../../schemas/checkOutput';
import { importOutputSchema } from '../../../schemas/importOutput';
import { checkAll } from '../../../src/cli/pool';
import { main } from '../../../src/cli/main';
import { RULES } from '../../../src/core/rules';
import { exportDocx } from '../../../src/exporters/docx';
import { answer, FakeModel } from '../drafting/server';
import { mutate, readFixture, ROOT, REPORT_2021, REPORT_2022 } from '../helpers';
import { wordCopyText } from '../shapes';

/** Counts the worker threads started from now on (the pool reads `Worker` from the module when it starts one). */
function countWorkers() {
  const original = threads.Worker;
  const counter = { count: 0, restore: () => (threads.Worker = original) };
  threads.Worker = class extends original {
    constructor(...args: ConstructorParameters<typeof original>) {
      super(...args);
      counter.count++;
    }
  };
  return counter;
}

/** Runs the CLI in-process, capturing what it prints. */
async function run(args: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env });
  return { code, stdout, stderr };
}

suite('nianbao check (command line)', () => {
  let dir: string;
  const clean21 = readFixture(REPORT_2021);
  const brokenTotal = mutate(
    clean21,
    '| （一）予以公开 | 9 | 1 | 0 | 1 | 0 | 0 | 11 |',
    '| （一）予以公开 | 9 | 1 | 0 | 1 | 0 | 0 | 12 |',
  );

  setup(() => {
    dir = mkdtempSync(join(tmpdir(), 'nianbao-cli-'));
  });
  teardown(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  test('exit 0 and a summary for clean reports, with previous read relative to the file', async () => {
    write('linhe-2021.md', clean21);
    const p = write('2022.md', readFixture(REPORT_2022));
    const r = await run(['check', p, join(dir, 'linhe-2021.md')]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /已检查 2 个文件：错误 0 个，警告 0 个/);
    assert.equal(r.stderr, '');
  });

  test('previous may name a web page or a text file: it is imported and the cross-year rules run', async () => {
    write('linhe-2021.html', new MarkdownIt().render(clean21.replace(/^---[\s\S]*?---\n/, '')));
    const carried = mutate(
      mutate(readFixture(REPORT_2022), 'previous: linhe-2021.md', 'previous: linhe-2021.html'),
      '| 二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 1 | 0 | 3 |',
      '| 二、上年结转政府信息公开申请数量 | 3 | 0 | 0 | 0 | 1 | 0 | 4 |',
    );
    const p = write('2022.md', carried);
    const r = await run(['check', '--format', 'json', p]);
    const codes = JSON.parse(r.stdout).files[0].findings.map((f: { code: string }) => f.code);
    assert.ok(codes.includes('NB305'), r.stdout);
    assert.equal(r.stderr, '');
  });

  test('text output: path:line:col  severity  CODE  message, and exit 1 on an error', async () => {
    const p = write('broken.md', brokenTotal);
    const r = await run(['check', p]);
    assert.equal(r.code, 1);
    const lines = r.stdout.trim().split('\n');
    assert.ok(
      lines.includes(
        `${p}:64:37  error    NB301  「（一）予以公开」的总计为12，而自然人与法人或其他组织各列之和为11，相差1`,
      ),
      r.stdout,
    );
    assert.ok(lines.includes(`${p}:23:43  warning  NB401  正文称予以公开11件，表格为12件`), r.stdout);
    assert.equal(
      lines[lines.length - 1],
      '已检查 1 个文件：错误 2 个，警告 2 个，提示 0 个；其中 1 个可用 --fix 自动修复',
    );
  });

  test('English messages with --lang en or NIANBAO_LANG', async () => {
    const p = write('broken.md', brokenTotal);
    const a = await run(['check', '--lang', 'en', p]);
    assert.match(a.stdout, /NB301 {2}“（一）予以公开”: 总计 is 12 but the applicant columns add up to 11/);
    const b = await run(['check', p], { NIANBAO_LANG: 'en' });
    assert.equal(b.stdout, a.stdout);
  });

  test('--format json follows the contract of rules.md exactly', async () => {
    const p = write('broken.md', brokenTotal);
    const r = await run(['check', '--format', 'json', p]);
    assert.equal(r.code, 1);
    const out = checkOutputSchema.parse(JSON.parse(r.stdout));
    assert.equal(out.files[0].agency, '临河县自然资源局');
    assert.equal(out.files[0].year, 2021);
    assert.equal(out.files[0].format, '2021');
    const f = out.files[0].findings.find((x) => x.code === 'NB301')!;
    assert.deepEqual(
      { ...f, message: undefined },
      {
        code: 'NB301',
        name: 'arith.row-total',
        severity: 'error',
        message: undefined,
        line: 64,
        column: 37,
        endLine: 64,
        endColumn: 39,
        fixable: true,
      },
    );
  });

  test('--format sarif writes SARIF 2.1.0 with the rule codes as rule ids', async () => {
    const p = write('broken.md', brokenTotal);
    const r = await run(['check', '--format', 'sarif', p]);
    const sarif = JSON.parse(r.stdout);
    assert.equal(sarif.version, '2.1.0');
    const driver = sarif.runs[0].tool.driver;
    assert.deepEqual(
      driver.rules.map((x: { id: string }) => x.id),
      RULES.map((x) => x.code),
    );
    const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'NB301');
    assert.equal(result.level, 'error');
    assert.equal(driver.rules[result.ruleIndex].id, 'NB301');
    assert.deepEqual(result.locations[0].physicalLocation.region, {
      startLine: 64,
      startColumn: 37,
      endLine: 64,
      endColumn: 39,
    });
    assert.equal(result.relatedLocations[0].physicalLocation.region.startLine, 64);
  });

  test('--fix writes the fixes atomically and re-checks clean', async () => {
    const p = write('broken.md', brokenTotal);
    const r = await run(['check', '--fix', p]);
    assert.equal(r.code, 0, r.stdout);
    assert.equal(readFileSync(p, 'utf8'), clean21);
    assert.match(r.stderr, /已写入 1 处修复/);
    assert.deepEqual(readdirSync(dir), ['broken.md'], 'no temporary file is left behind');
  });

  test('--fix says which fixes it left because they would raise other findings', async () => {
    // The review total 1 against results adding up to 2, and the text saying 1: fixing the total to 2
    // would make the text wrong (NB401), so the file stays and the writer is told.
    const text = mutate(
      mutate(clean21, '| 行政复议 | 1 | 1 | 0 | 0 | 2 |', '| 行政复议 | 1 | 1 | 0 | 0 | 1 |'),
      '被申请行政复议2件',
      '被申请行政复议1件',
    );
    const p = write('review.md', text);
    const r = await run(['check', '--fix', p]);
    assert.equal(r.code, 1);
    assert.equal(readFileSync(p, 'utf8'), text);
    assert.equal(r.stderr, `nianbao：${p} 有 1 处修复未采用（NB304）：采用后会引出其他问题，请人工核对\n`);
    const en = await run(['check', '--fix', '--lang', 'en', p]);
    assert.equal(
      en.stderr,
      `nianbao: ${p}: 1 fix(es) not applied (NB304): applying them would raise other findings; check these by hand\n`,
    );
  });

  test('--fix leaves a file with nothing to fix untouched', async () => {
    const p = write('clean.md', clean21);
    const before = statSync(p).mtimeMs;
    await run(['check', '--fix', p]);
    assert.equal(statSync(p).mtimeMs, before);
  });

  test('.nianbaorc.json found upward: codes and names turn rules off or change severity', async () => {
    const sub = join(dir, 'units', 'a');
    spawnSync('mkdir', ['-p', sub]);
    const p = join(sub, 'broken.md');
    writeFileSync(p, brokenTotal);
    writeFileSync(
      join(dir, '.nianbaorc.json'),
      JSON.stringify({ rules: { NB301: 'off', 'arith.result-total': 'warning', 'text.table-mismatch': 'off' } }),
    );
    const r = await run(['check', '--format', 'json', p]);
    const findings = JSON.parse(r.stdout).files[0].findings;
    assert.deepEqual(
      findings.map((f: { code: string; severity: string }) => `${f.code}:${f.severity}`),
      ['NB302:warning'],
    );
    assert.equal(r.code, 0);
    // A nearer configuration wins.
    writeFileSync(join(sub, '.nianbaorc.json'), JSON.stringify({ rules: {} }));
    const nearer = await run(['check', '--format', 'json', p]);
    assert.ok(JSON.parse(nearer.stdout).files[0].findings.some((f: { code: string }) => f.code === 'NB301'));
  });

  test('a bad configuration is a clear error with exit 2, not a crash', async () => {
    const p = write('r.md', clean21);
    writeFileSync(join(dir, '.nianbaorc.json'), '{"rules": {"NB999": "off"}}');
    let r = await run(['check', p]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\.nianbaorc\.json 有误：没有名为「NB999」的规则/);
    writeFileSync(join(dir, '.nianbaorc.json'), '{"rules": {"NB301": "loud"}}');
    r = await run(['check', p]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /rules\.NB301/);
    writeFileSync(join(dir, '.nianbaorc.json'), '{"rules": ');
    r = await run(['check', p]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /不是有效的 JSON/);
  });

  test('usage and input errors exit 2', async () => {
    assert.equal((await run(['check', join(dir, 'missing.md')])).code, 2);
    const bogus = await run(['check', '--bogus', 'x']);
    assert.equal(bogus.code, 2);
    assert.equal(bogus.stderr, 'nianbao: 未知选项「--bogus」（nianbao --help 查看用法）\n');
    const bogusEn = await run(['check', '--lang', 'en', '--bogus', 'x']);
    assert.equal(bogusEn.stderr, 'nianbao: Unknown option “--bogus” (see nianbao --help)\n');
    assert.equal((await run(['check', '-o'])).stderr, 'nianbao: 选项「-o」缺少值或值不对（nianbao --help 查看用法）\n');
    assert.equal((await run(['check', '--format', 'xml', 'x'])).code, 2);
    assert.equal((await run(['frobnicate'])).code, 2);
    assert.equal(
      (await run(['frobnicate', '--lang', 'en'])).stderr,
      'nianbao: Unknown command “frobnicate” (the commands are new, check, import, export, draft, rules, help)\n',
    );
    assert.equal((await run(['help'])).code, 0);
    const html = await run(['export', join(dir, 'report.html')]);
    assert.equal(
      html.stderr,
      `nianbao: export 导出的是年报的 Markdown 形式，而「${join(dir, 'report.html')}」不是：请先用 nianbao import 转为 Markdown\n`,
    );
    assert.equal((await run(['check'])).code, 2);
    assert.equal((await run(['--help'])).code, 0);
  });

  test('folders are searched for report files; other Markdown is left alone', async () => {
    write('README.md', '# 说明\n\n这不是年报。\n');
    spawnSync('mkdir', ['-p', join(dir, 'sub')]);
    writeFileSync(join(dir, 'sub', 'a.md'), clean21);
    const noFrontMatter = clean21.slice(clean21.indexOf('# '));
    writeFileSync(join(dir, 'sub', 'b.md'), noFrontMatter);
    const r = await run(['check', '--format', 'json', dir]);
    const paths = JSON.parse(r.stdout).files.map((f: { path: string }) => f.path);
    assert.deepEqual(paths, [join(dir, 'sub', 'a.md'), join(dir, 'sub', 'b.md')]);
  });

  test('nianbao rules lists the whole catalogue', async () => {
    const r = await run(['rules', '--format', 'json']);
    const rules = JSON.parse(r.stdout);
    assert.equal(rules.length, 32);
    assert.equal(rules.length, RULES.length);
    assert.deepEqual(rules[0], {
      code: 'NB101',
      name: 'structure.missing-section',
      severity: 'error',
      fixable: true,
      title: '缺少章节',
      description: rules[0].description,
    });
    const text = await run(['rules']);
    assert.match(text.stdout, /NB303 {2}arith\.balance/);
  });

  test('many files are checked on worker threads with the same results as one thread', async () => {
    const files = [];
    for (let i = 0; i < 60; i++) files.push({ path: write(`r${i}.md`, i % 3 ? clean21 : brokenTotal), rules: {} });
    const opts = { locale: 'zh-cn' as const, fix: false };
    const started = countWorkers();
    const single = await checkAll(files, opts, 1);
    assert.equal(started.count, 0, 'one thread: no worker');
    const parallel = await checkAll(files, opts, 2);
    assert.equal(started.count, 1, 'two threads: one worker beside the main thread');
    await checkAll(files.slice(0, 47), opts, 2);
    assert.equal(started.count, 1, 'below the threshold: no worker');
    started.restore();
    assert.equal(parallel.length, 60);
    assert.deepEqual(parallel, single);
    assert.equal(parallel.filter((r) => r.findings.some((f) => f.code === 'NB301')).length, 20);
  });

  test('nianbao import writes the Markdown form, lists what it could not place, and never overwrites without --force', async () => {
    const copied = wordCopyText(clean21);
    const src = write('report.txt', mutate(copied, '\n\t（七）总计\n', '\n\t（八）其他情形\n\t1\n\n\t（七）总计\n'));
    const out = join(dir, 'report.md');
    let r = await run(['import', src, '-o', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(readFileSync(out, 'utf8'), /^---\nagency: 临河县自然资源局\nyear: 2021\nformat: 2021\n---\n/);
    assert.match(r.stderr, /report\.txt:\d+：未能归位「（八）其他情形 1」（第三部分的表格中无法对应到官方表格的内容）/);
    assert.match(readFileSync(out, 'utf8'), /\n（八）其他情形 1\n/, 'what could not be placed is kept as a paragraph');
    r = await run(['import', src, '-o', out]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /已存在；如需覆盖请加 --force/);
    r = await run(['import', src]);
    assert.match(r.stdout, /^---\nagency/);
    assert.equal((await run(['import', join(dir, 'nope.pdf')])).code, 2);
  });

  test('nianbao import --format json prints the placement report of the schema', async () => {
    const src = write('crawled.txt', readFixture('published/songlin-2022-crawled.txt').replace('5200007', '52000007'));
    const out = join(dir, 'crawled.md');
    const r = await run(['import', src, '-o', out, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const report = importOutputSchema.parse(JSON.parse(r.stdout));
    assert.equal(report.output, out);
    assert.equal(report.markdown, undefined);
    assert.equal(report.agency, '松林县商务局');
    assert.deepEqual(
      report.placed.find((c) => c.table === 'applications' && c.row === 'R2' && c.column === 'total'),
      {
        table: 'applications',
        row: 'R2',
        column: 'total',
        value: '1',
        line: 3,
        split: false,
      },
    );
    // 52000007 splits as 5 2 0 0 0 0 7 only if a 0 is dropped: no cut adds up, so nothing is placed.
    assert.deepEqual(
      report.unplaced.map((u) => `${u.line} ${u.code} ${u.text} ${u.reason}`),
      [
        '3 no-split 一、本年新收政府信息公开申请数量 52000007 数字连写，没有一种拆分符合表格关系（本行应有7个数字），未填入',
      ],
    );
    assert.match(
      readFileSync(out, 'utf8'),
      /\n\| 一、本年新收政府信息公开申请数量 \| ？ \| ？ \| ？ \| ？ \| ？ \| ？ \| ？ \|\n/,
    );
    const en = await run(['import', src, '--format', 'json', '--lang', 'en']);
    const report2 = importOutputSchema.parse(JSON.parse(en.stdout));
    assert.match(report2.markdown!, /^---\nagency: 松林县商务局/);
    assert.equal(
      report2.unplaced[0].reason,
      'figures run together; no split fits the table (the row needs 7 figures); not placed',
    );
  });

  test('a converter’s Markdown without front matter is checked as its import, and --fix leaves it alone', async () => {
    const p = write('converted.md', readFixture('published/qingshui-2023-converter.md'));
    const r = await run(['check', '--format', 'json', p]);
    const findings = JSON.parse(r.stdout).files[0].findings.map(
      (f: { code: string; message: string }) => `${f.code} ${f.message}`,
    );
    assert.ok(
      findings.includes('NB202 「4.保护第三方合法杈益」应为官方表述「4.保护第三方合法权益」'),
      findings.join('\n'),
    );
    assert.ok(!findings.some((f: string) => /^NB203/.test(f)), findings.join('\n'));
    const before = readFileSync(p, 'utf8');
    const fix = await run(['check', '--fix', p]);
    assert.match(fix.stderr, /--fix 不改写原文件/);
    assert.equal(readFileSync(p, 'utf8'), before);
  });

  test('check reads .txt and .html reports directly, in folders too', async () => {
    write('linhe-2021.txt', mutate(wordCopyText(clean21), '不予处理1件', '不予处理2件'));
    write('baiyun-2023.html', readFileSync(join(ROOT, 'examples/published/baiyun-2023.html'), 'utf8'));
    write('notes.txt', '随手记的笔记，不是年报。\n');
    const r = await run(['check', '--format', 'json', dir]);
    const files = JSON.parse(r.stdout).files;
    assert.deepEqual(
      files.map((f: { path: string }) => f.path),
      [join(dir, 'baiyun-2023.html'), join(dir, 'linhe-2021.txt')],
    );
    assert.equal(files[0].agency, '白云县应急管理局');
    assert.equal(files[1].agency, '临河县自然资源局');
    assert.deepEqual(
      files[1].findings.map((f: { code: string; message: string }) => `${f.code} ${f.message}`),
      ['NB402 总数为25件，而所列分项11＋2＋3＋7＋2＋1＝26件', 'NB401 正文称不予处理2件，表格为1件'],
    );
    assert.equal(r.code, 1);
    const fix = await run(['check', '--fix', join(dir, 'linhe-2021.txt')]);
    assert.match(fix.stderr, /--fix 不改写原文件/);
  });

  test('nianbao export writes a .docx atomically, warns about errors, never overwrites without --force', async () => {
    const p = write('broken.md', brokenTotal);
    let r = await run(['export', p]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /仍有 2 个错误/);
    const out = join(dir, 'broken.docx');
    assert.equal(readFileSync(out).subarray(0, 2).toString(), 'PK');
    r = await run(['export', p]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /broken\.docx 已存在；如需覆盖请加 --force/);
    assert.equal((await run(['export', p, '--force'])).code, 0);
    assert.deepEqual(readdirSync(dir).sort(), ['broken.docx', 'broken.md']);
    assert.equal((await run(['export', join(dir, 'x.txt')])).code, 2);
  });

  test('the bundled executable reads Word files and drafts through a model (its lazily loaded bundles work)', async () => {
    const cli = join(ROOT, 'dist', 'cli.js');
    const docx = join(dir, 'report.docx');
    writeFileSync(docx, await exportDocx(clean21));
    const checked = spawnSync(process.execPath, [cli, 'check', '--format', 'json', docx], { encoding: 'utf8' });
    assert.equal(checked.status, 0, checked.stderr);
    assert.equal(JSON.parse(checked.stdout).files[0].agency, '临河县自然资源局');
    const server = new FakeModel().then(
      answer(JSON.stringify({ paragraphs: [{ text: '2021年，本局主动公开政府信息412条。' }], missing: [] })),
    );
    const env = { ...process.env, NIANBAO_BASE_URL: await server.start(), NIANBAO_MODEL: 'm' };
    try {
      const out = await new Promise<{ code: number; stdout: string }>((resolve) =>
        execFile(
          process.execPath,
          [cli, 'draft', write('d.md', clean21), '--section', '主动公开'],
          { env, encoding: 'utf8' },
          (e, stdout) => resolve({ code: e ? Number(e.code) : 0, stdout }),
        ),
      );
      assert.equal(out.code, 0);
      assert.equal(out.stdout, '### （一）主动公开\n\n2021年，本局主动公开政府信息412条。\n');
    } finally {
      await server.stop();
    }
  });

  test('the bundled executable runs with exit codes 0 / 1 / 2', () => {
    const cli = join(ROOT, 'dist', 'cli.js');
    const ok = write('ok.md', clean21);
    const bad = write('bad.md', brokenTotal);
    assert.equal(spawnSync(process.execPath, [cli, 'check', ok]).status, 0);
    assert.equal(spawnSync(process.execPath, [cli, 'check', bad]).status, 1);
    const missing = spawnSync(process.execPath, [cli, 'check', join(dir, 'nope.md')], { encoding: 'utf8' });
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /找不到文件或文件夹/);
  });
});
