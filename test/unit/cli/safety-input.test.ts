import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { importDocx } from '../../../src/importers';
import { checkUnpackedSize } from '../../../src/importers/unpacked';
import { readFixture, ROOT, REPORT_2021 } from '../helpers';

const CLI = join(ROOT, 'dist', 'cli.js');
/** Runs the bundled CLI with stdin closed and a time limit (a hang fails the test instead of stalling it). */
function cli(args: string[]) {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.NIANBAO_LANG;
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env, timeout: 15_000, stdio: 'pipe' });
}

/** Sets the uncompressed size of every entry in a zip's central directory (and local headers) to `size`. */
function declareSize(zip: Uint8Array, size: number, headers: 'central' | 'both'): Buffer {
  const out = Buffer.from(zip);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x02014b50) out.writeUInt32LE(size, i + 24);
    if (sig === 0x04034b50 && headers === 'both') out.writeUInt32LE(size, i + 22);
  }
  return out;
}

const zeros = (n: number) => new Uint8Array(n);

suite('hostile input: last year’s report, deep pages, zip bombs (bundled executable)', () => {
  let dir: string;
  setup(() => (dir = mkdtempSync(join(tmpdir(), 'nianbao-input-'))));
  teardown(() => rmSync(dir, { recursive: true, force: true }));

  test('previous: naming /dev/zero, a FIFO, /dev/stdin or a huge file is a warning at once, never read or waited on', () => {
    const fifo = join(dir, 'fifo');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
    const huge = join(dir, 'huge.md');
    writeFileSync(huge, '');
    truncateSync(huge, 11 * 1024 * 1024); // sparse: 11 MB read as size, not written
    const cases: Array<[string, string]> = [
      ['/dev/zero', '/dev/zero：不是普通文件（设备、管道或套接字），未读写'],
      [fifo, `${fifo}：不是普通文件（设备、管道或套接字），未读写`],
      ['/dev/stdin', '/dev/stdin：不是普通文件（设备、管道或套接字），未读写'],
      [huge, `${huge}：文件大小为 11 MB，超过上限 10 MB，未读入（年报文件远小于此；请确认选对了文件）`],
    ];
    const report = join(dir, 'r.md');
    for (const [previous, problem] of cases) {
      writeFileSync(report, readFixture(REPORT_2021).replace(/^year:/m, `previous: ${previous}\nyear:`));
      const r = cli(['check', report]);
      assert.equal(r.error, undefined, `${previous}: ${r.error?.message}`);
      assert.equal(r.stderr, `nianbao: ${report}：上年报告「${previous}」未读入，跨年度检查已跳过：${problem}\n`);
      assert.equal(r.status, 0);
    }
  });

  test('a page nesting 10⁴ or 10⁶ elements is refused in one line (no stack overflow, no minutes of work)', () => {
    for (const n of [10_000, 1_000_000]) {
      const page = join(dir, `deep${n}.html`);
      writeFileSync(page, `<html><body>${'<b>'.repeat(n)}年报${'</b>'.repeat(n)}</body></html>`);
      for (const [lang, message] of [
        ['zh-cn', `nianbao: ${page}：网页中的元素嵌套超过 1000 层（上限），不像已发布的年报，未导入\n`],
        [
          'en',
          `nianbao: ${page}: The page nests elements more than 1000 deep (the limit); not a published report, not imported\n`,
        ],
      ]) {
        const r = cli(['import', '--lang', lang, page, '-o', join(dir, 'out.md')]);
        assert.equal(r.error, undefined, r.error?.message);
        assert.equal(r.stderr, message);
        assert.equal(r.status, 2);
      }
      assert.equal(existsSync(join(dir, 'out.md')), false);
    }
  });

  test('a Word file declaring gigabytes is refused before anything is inflated, in one line', () => {
    const docx = join(dir, 'bomb.docx');
    writeFileSync(docx, declareSize(zipSync({ 'word/document.xml': zeros(1000) }), 0xe0000000, 'central'));
    const r = cli(['import', docx, '-o', join(dir, 'out.md')]);
    assert.equal(
      r.stderr,
      `nianbao: ${docx}：Word 文件解压后为 3.5 GB，超过上限 200 MB，未读入（年报的 Word 文件解压后只有几 MB）\n`,
    );
    assert.equal(r.status, 2);
    const en = cli(['check', '--lang', 'en', docx]);
    assert.match(en.stderr, /The Word file unpacks to 3\.5 GB, over the limit of 200 MB; not read/);
    assert.equal(existsSync(join(dir, 'out.md')), false);
  });
});

suite('zip bombs: the unpacked size is capped while inflating', () => {
  test('a part that declares less than it holds is stopped at the limit, not inflated to the end', () => {
    const lying = declareSize(zipSync({ 'word/document.xml': zeros(3 << 20) }), 100, 'both');
    assert.throws(() => checkUnpackedSize(lying, 1 << 20), {
      message: 'Word 文件解压后超过上限 1 MB，未读入（年报的 Word 文件解压后只有几 MB）',
    });
    assert.doesNotThrow(() => checkUnpackedSize(lying, 4 << 20));
  });

  test('declared sizes add up over the parts; data that is not a zip is said to be so', async () => {
    const parts = zipSync({ a: zeros(600 << 10), b: zeros(600 << 10) });
    assert.throws(() => checkUnpackedSize(parts, 1 << 20), {
      message: 'Word 文件解压后为 1.2 MB，超过上限 1 MB，未读入（年报的 Word 文件解压后只有几 MB）',
    });
    await assert.rejects(importDocx(new TextEncoder().encode('plain text, not a zip')), (e: Error) =>
      e.message.startsWith('无法读取 Word 文件：不是 zip 格式'),
    );
  });
});

suite('a configuration that turns rules off is named (bundled executable)', () => {
  let dir: string;
  setup(() => (dir = mkdtempSync(join(tmpdir(), 'nianbao-rc-'))));
  teardown(() => rmSync(dir, { recursive: true, force: true }));

  test('a .nianbaorc.json in a parent folder: the summary (text and JSON) says which file turned which rules off', () => {
    const config = join(dir, '.nianbaorc.json');
    writeFileSync(config, JSON.stringify({ rules: { NB601: 'off', NB301: 'off', NB302: 'warning' } }));
    mkdirSync(join(dir, 'reports'));
    const reports = ['a.md', 'b.md'].map((name) => join(dir, 'reports', name));
    for (const r of reports) writeFileSync(r, readFixture(REPORT_2021));
    const text = cli(['check', join(dir, 'reports')]);
    assert.deepEqual(text.stdout.trimEnd().split('\n').slice(-2), [
      '已检查 2 个文件：错误 0 个，警告 0 个，提示 0 个',
      `配置文件 ${config} 关闭了规则：NB301、NB601（涉及 2 个文件）`,
    ]);
    const en = cli(['check', '--lang', 'en', reports[0]]);
    assert.equal(en.stdout.trimEnd().split('\n').pop(), `rules turned off by ${config}: NB301, NB601 (for 1 file)`);
    const json = JSON.parse(cli(['check', '--format', 'json', reports[0]]).stdout);
    assert.deepEqual(json.files[0].rulesOff, { config, rules: ['NB301', 'NB601'] });
    writeFileSync(config, JSON.stringify({ rules: { NB302: 'warning' } }));
    const none = cli(['check', '--format', 'json', reports[0]]);
    assert.equal('rulesOff' in JSON.parse(none.stdout).files[0], false);
    assert.equal(cli(['check', reports[0]]).stdout, '已检查 1 个文件：错误 0 个，警告 0 个，提示 0 个\n');
  });
});
