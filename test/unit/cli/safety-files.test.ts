import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { prepareOutput, writeFileAtomic } from '../../../src/cli/atomic';
import { checkFile } from '../../../src/cli/checkFile';
import { answer, FakeModel } from '../drafting/server';
import { mutate, readFixture, ROOT, REPORT_2021 } from '../helpers';

const CLI = join(ROOT, 'dist', 'cli.js');
let forUser: string | undefined;
/**
 * The bundled CLI where an unprivileged user can run it: the checkout may lie in a folder only root
 * can enter (a clone in a `mktemp -d` folder), so dist/ is copied into a world-readable one once.
 */
function userCli(): string {
  if (!forUser) {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-dist-'));
    chmodSync(dir, 0o755);
    cpSync(join(ROOT, 'dist'), dir, { recursive: true });
    forUser = join(dir, 'cli.js');
  }
  return forUser;
}

suiteTeardown(() => {
  if (forUser) rmSync(dirname(forUser), { recursive: true, force: true });
});

/** Runs the bundled CLI; `asUser` runs it as an unprivileged user when the tests run as root (permissions). */
function cli(args: string[], opts: { asUser?: boolean; env?: Record<string, string> } = {}) {
  const asUser = opts.asUser && process.getuid?.() === 0;
  const drop = asUser ? { uid: 65534, gid: 65534 } : {};
  const env: Record<string, string | undefined> = { ...process.env, ...opts.env };
  delete env.NIANBAO_LANG;
  return spawnSync(process.execPath, [asUser ? userCli() : CLI, ...args], { encoding: 'utf8', env, ...drop });
}

const clean = readFixture(REPORT_2021);
/** A report with one certain fix (a row total one too high). */
const fixable = mutate(
  clean,
  '| （一）予以公开 | 9 | 1 | 0 | 1 | 0 | 0 | 11 |',
  '| （一）予以公开 | 9 | 1 | 0 | 1 | 0 | 0 | 12 |',
);
const FIXED_ROW = '| （一）予以公开 | 9 | 1 | 0 | 1 | 0 | 0 | 11 |';

suite('files written safely: mode, links, changes meanwhile, outputs (bundled executable)', () => {
  let dir: string;
  setup(() => {
    dir = mkdtempSync(join(tmpdir(), 'nianbao-safety-'));
    chmodSync(dir, 0o777); // the unprivileged runs write here too
  });
  teardown(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string, mode?: number) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    if (mode !== undefined) chmodSync(path, mode);
    return path;
  };
  const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);

  test('--fix keeps the mode of the file it rewrites (0600 stays 0600, 0640 stays 0640)', () => {
    for (const m of [0o600, 0o640]) {
      const p = write(`m${m.toString(8)}.md`, fixable, m);
      const r = cli(['check', '--fix', p]);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stderr, `nianbao：${p} 已写入 1 处修复\n`);
      assert.ok(readFileSync(p, 'utf8').includes(FIXED_ROW));
      assert.equal(mode(p), m.toString(8));
    }
    assert.deepEqual(readdirSync(dir).sort(), ['m600.md', 'm640.md']);
  });

  test('--fix refuses a read-only file (0444) in one line, still lists its findings, exit 2', () => {
    const p = write('ro.md', fixable, 0o444);
    const r = cli(['check', '--fix', p]);
    assert.equal(r.status, 2);
    assert.equal(
      r.stderr,
      `nianbao: ${p}：这是只读文件（权限 0444），未写入；如确需修改，请先取消只读（chmod u+w ${p}）\n`,
    );
    assert.match(r.stdout, /NB301/);
    assert.match(r.stdout, /已检查 1 个文件：错误 2 个/);
    assert.equal(readFileSync(p, 'utf8'), fixable);
    assert.equal(mode(p), '444');
    const en = cli(['check', '--fix', '--lang', 'en', p]);
    assert.equal(
      en.stderr,
      `nianbao: ${p}: a read-only file (mode 0444); not written. To change it, make it writable first (chmod u+w ${p})\n`,
    );
  });

  test('--fix through a symbolic link writes its target and keeps the link (a chain of two links too)', () => {
    const target = write('target.md', fixable);
    symlinkSync('target.md', join(dir, 'link.md'));
    symlinkSync(join(dir, 'link.md'), join(dir, 'link2.md'));
    const r = cli(['check', '--fix', join(dir, 'link2.md')]);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(lstatSync(join(dir, 'link2.md')).isSymbolicLink());
    assert.ok(lstatSync(join(dir, 'link.md')).isSymbolicLink());
    assert.equal(readlinkSync(join(dir, 'link.md')), 'target.md');
    assert.ok(readFileSync(target, 'utf8').includes(FIXED_ROW));
    assert.deepEqual(readdirSync(dir).sort(), ['link.md', 'link2.md', 'target.md']);
  });

  test('--fix refuses a file with two hard links and leaves both names one file', () => {
    const a = write('a.md', fixable);
    linkSync(a, join(dir, 'b.md'));
    const r = cli(['check', '--fix', a]);
    assert.equal(r.status, 2);
    assert.ok(r.stderr.startsWith(`nianbao: ${a}：该文件有 2 个硬链接，改名写入会把它与其他链接拆开`), r.stderr);
    assert.equal(r.stderr.split('\n').length, 2);
    assert.equal(statSync(a).nlink, 2);
    assert.equal(statSync(a).ino, statSync(join(dir, 'b.md')).ino);
    assert.equal(readFileSync(a, 'utf8'), fixable);
  });

  test('import -o through a dangling link creates the target and keeps the link', () => {
    const src = write('src.html', readFileSync(join(ROOT, 'examples/published/baiyun-2023.html'), 'utf8'));
    symlinkSync('real.md', join(dir, 'out.md'));
    const r = cli(['import', src, '-o', join(dir, 'out.md')]);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(lstatSync(join(dir, 'out.md')).isSymbolicLink());
    assert.match(readFileSync(join(dir, 'real.md'), 'utf8'), /^---\nagency: 白云县应急管理局/);
  });

  test('draft --write refuses when the file was edited while the model drafted; the edit is kept', async () => {
    const p = write('d.md', clean);
    const edited = clean.replace('临河县自然资源局', '临河县自然资源局（已改）');
    const server = new FakeModel().then((body, res, req) => {
      writeFileSync(p, edited); // the writer saves an edit while the draft is under way
      answer(JSON.stringify({ paragraphs: [{ text: '2021年，本局主动公开政府信息412条。' }], missing: [] }))(
        body,
        res,
        req,
      );
    });
    const env: NodeJS.ProcessEnv = { ...process.env, NIANBAO_BASE_URL: await server.start(), NIANBAO_MODEL: 'm' };
    delete env.NIANBAO_LANG;
    try {
      const r = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [CLI, 'draft', p, '--section', '主动公开', '--write'], { env });
        let stderr = '';
        child.stderr.on('data', (d) => (stderr += d));
        child.on('close', (code) => resolve({ code, stderr }));
      });
      assert.equal(r.code, 2);
      assert.equal(
        r.stderr.split('\n').at(-2),
        `nianbao: ${p} 在本次运行期间被修改过，为保留那次修改，未写入；请重新运行`,
      );
      assert.equal(readFileSync(p, 'utf8'), edited);
      assert.deepEqual(readdirSync(dir), ['d.md']);
    } finally {
      await server.stop();
    }
  });

  test('an output that appeared or changed after the command looked at it is not overwritten', () => {
    const out = join(dir, 'out.md');
    const appeared = prepareOutput(out, false, []);
    writeFileSync(out, 'written by someone else meanwhile');
    assert.throws(() => writeFileAtomic(out, 'ours', appeared), {
      message: `${out} 在本次运行期间被修改过，为保留那次修改，未写入；请重新运行`,
    });
    const before = prepareOutput(out, true, []);
    writeFileSync(out, 'edited again, same size!!!!!!!!!');
    assert.throws(() => writeFileAtomic(out, 'ours', before), /在本次运行期间被修改过/);
    assert.equal(readFileSync(out, 'utf8'), 'edited again, same size!!!!!!!!!');
    writeFileAtomic(out, 'ours', prepareOutput(out, true, []));
    assert.equal(readFileSync(out, 'utf8'), 'ours');
    assert.deepEqual(readdirSync(dir), ['out.md']);
  });

  test('a command whose output is its input is refused: export, import and new, by name or through a link', () => {
    const a = write('a.md', clean);
    symlinkSync('a.md', join(dir, 'alias.md'));
    const refused = (r: ReturnType<typeof cli>, output: string, input: string) => {
      assert.equal(r.status, 2);
      assert.equal(
        r.stderr,
        `nianbao: 输出文件 ${output} 就是输入文件 ${input}（同一个文件），未写入，以免覆盖原文件；请用 -o 指定另一个文件\n`,
      );
    };
    refused(cli(['export', a, '-o', a, '--force']), a, a);
    refused(cli(['export', a, '-o', join(dir, 'alias.md'), '--force']), join(dir, 'alias.md'), a);
    refused(cli(['import', a, '-o', join(dir, 'alias.md'), '--force']), join(dir, 'alias.md'), a);
    const previous = ['new', '--agency', '临河县自然资源局', '--year', '2022', '--previous', a];
    refused(cli([...previous, '-o', join(dir, 'alias.md'), '--force']), join(dir, 'alias.md'), a);
    assert.equal(readFileSync(a, 'utf8'), clean);
    assert.deepEqual(readdirSync(dir).sort(), ['a.md', 'alias.md']);
  });

  test('-o into a missing folder, onto a folder, with a too long name: one line each, exit 2, nothing written', () => {
    const a = write('a.md', clean);
    const cases: Array<[string[], string]> = [
      [
        ['export', a, '-o', join(dir, 'no', 'x.docx')],
        `nianbao: 无法写入 ${join(dir, 'no', 'x.docx')}：所在文件夹 ${join(dir, 'no')} 不存在（ENOENT）\n`,
      ],
      [['import', a, '-o', dir, '--force'], `nianbao: ${dir}：这是文件夹，不是文件\n`],
      [['export', a, '-o', dir], `nianbao: ${dir}：这是文件夹，不是文件\n`],
      [
        ['new', '--agency', '临河县自然资源局', '--year', '2022', '-o', join(dir, `${'年'.repeat(90)}.md`)],
        `nianbao: 无法写入 ${join(dir, `${'年'.repeat(90)}.md`)}：文件名或路径过长（ENAMETOOLONG）\n`,
      ],
      [
        ['export', '--lang', 'en', a, '-o', join(dir, 'no', 'x.docx')],
        `nianbao: cannot write ${join(dir, 'no', 'x.docx')}: its folder ${join(dir, 'no')} does not exist (ENOENT)\n`,
      ],
    ];
    for (const [args, stderr] of cases) {
      const r = cli(args);
      assert.equal(r.status, 2, args.join(' '));
      assert.equal(r.stderr, stderr);
    }
    assert.deepEqual(readdirSync(dir), ['a.md']);
  });

  test('-o where writing is not permitted: one line, exit 2', function () {
    const locked = join(dir, 'locked');
    mkdirSync(locked, 0o555);
    // A converter's Markdown (no front matter: ours is not imported again).
    const r = cli(['import', write('a.md', clean.replace(/^---[\s\S]*?---\n/, '')), '-o', join(locked, 'x.md')], {
      asUser: true,
    });
    assert.equal(r.status, 2);
    assert.equal(r.stderr, `nianbao: 无法写入 ${join(locked, 'x.md')}：没有权限（EACCES）\n`);
    assert.equal(existsSync(join(locked, 'x.md')), false);
  });
});

suite('a batch goes on past what it cannot read (bundled executable)', () => {
  let dir: string;
  setup(() => {
    dir = mkdtempSync(join(tmpdir(), 'nianbao-batch-'));
    chmodSync(dir, 0o777);
  });
  teardown(() => rmSync(dir, { recursive: true, force: true }));

  test('missing, unreadable and special targets are one line each; the others get their results; exit 2', () => {
    const good = join(dir, 'good.md');
    writeFileSync(good, clean);
    const secret = join(dir, 'secret.md');
    writeFileSync(secret, clean);
    chmodSync(secret, 0o000);
    const closed = join(dir, 'closed');
    mkdirSync(closed, 0o000);
    const inFolder = join(dir, 'folder');
    mkdirSync(inFolder, 0o755);
    writeFileSync(join(inFolder, 'b.md'), fixable);
    writeFileSync(join(inFolder, 'locked.md'), clean);
    chmodSync(join(inFolder, 'locked.md'), 0o000);
    const r = cli(['check', join(dir, 'nope.md'), secret, closed, '/dev/null', inFolder, good], { asUser: true });
    assert.equal(r.status, 2);
    assert.deepEqual(r.stderr.trimEnd().split('\n'), [
      `nianbao: 找不到文件或文件夹：${join(dir, 'nope.md')}`,
      `nianbao: 无法读取 ${secret}：没有权限（EACCES）`,
      `nianbao: 无法列出文件夹 ${closed}：没有权限（EACCES）`,
      'nianbao: /dev/null：不是普通文件（设备、管道或套接字），未读写',
      `nianbao: 无法读取 ${join(inFolder, 'locked.md')}：没有权限（EACCES）`,
    ]);
    const lines = r.stdout.trimEnd().split('\n');
    assert.ok(
      lines.some((l) => l.startsWith(`${join(inFolder, 'b.md')}:`) && l.includes('NB301')),
      r.stdout,
    );
    assert.equal(
      lines[lines.length - 1],
      '已检查 2 个文件：错误 2 个，警告 2 个，提示 0 个；其中 1 个可用 --fix 自动修复',
    );
  });

  test('a reader that goes away (| head) ends the run quietly, status 141', async () => {
    const p = join(dir, 'many.md');
    // Enough findings that the output outgrows a pipe's buffer.
    writeFileSync(p, clean + '\n本局全年共收到政府信息公开申请99件。\n'.repeat(4000));
    const r = await new Promise<{ code: number | null; stderr: string; first: string }>((resolve) => {
      const child = spawn(process.execPath, [CLI, 'check', p]);
      let stderr = '';
      let first = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.stdout.once('data', (d: Buffer) => {
        first = d.toString().split('\n')[0];
        child.stdout.destroy();
      });
      child.on('close', (code) => resolve({ code, stderr, first }));
    });
    assert.match(r.first, /^.+many\.md:\d+:\d+ {2}warning {2}NB4\d\d {2}/);
    assert.equal(r.stderr, '');
    assert.equal(r.code, 141);
  });

  test('a bug is reported as an internal error, not as a fault of the file', async () => {
    const p = join(dir, 'ok.md');
    writeFileSync(p, clean);
    const rules = new Proxy(
      {},
      {
        get() {
          throw new TypeError('boom');
        },
        ownKeys() {
          throw new TypeError('boom');
        },
      },
    );
    const r = await checkFile(p, { locale: 'zh-cn', fix: false, rules });
    assert.equal(r.internal, true);
    assert.equal(r.error, `内部错误（这是 nianbao 的缺陷，不是文件的问题，请报告）：${p}: TypeError: boom`);
  });
});
