import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers';
import { CASES } from './guard-cases';
import { answer, FakeModel } from './server';

/** The bundled command line, run as its user runs it (asynchronously: the model server lives in this process). */
const CLI = join(ROOT, 'dist', 'cli.js');
function cli(args: string[], env: Record<string, string>): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { env: { ...process.env, ...env } }, (error, _stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? -1) : 0, stderr }),
    );
  });
}

/** The paragraph inserted into `before` to make `after` (a whole line and its blank line), or undefined. */
function inserted(before: string, after: string): string | undefined {
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  start = before.lastIndexOf('\n', start - 1) + 1;
  const added = after.length - before.length;
  if (after.slice(0, start) + after.slice(start + added) !== before) return undefined;
  return after.slice(start, start + added);
}

suite('the figure guard through `node dist/cli.js draft --write`, against a local model server', () => {
  let dir: string;
  let server: FakeModel;
  let env: Record<string, string>;
  const fixture = (name: string) => join(ROOT, 'test/fixtures/drafting', name);

  suiteSetup(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nianbao-guard-'));
    copyFileSync(fixture('qingshan-2022.md'), join(dir, 'qingshan-2022.md'));
    server = new FakeModel();
    env = { NIANBAO_BASE_URL: await server.start(), NIANBAO_MODEL: 'test-model', NIANBAO_LANG: 'zh' };
  });
  suiteTeardown(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test(`${CASES.length} candidate sentences: ${CASES.filter((c) => c[2]).length} legitimate, ${CASES.filter((c) => !c[2]).length} invented`, () => {
    assert.ok(CASES.filter((c) => c[2]).length >= 30 && CASES.filter((c) => !c[2]).length >= 30);
    assert.equal(new Set(CASES.map((c) => c[1])).size, CASES.length, 'no sentence twice');
  });

  for (const [heading, sentence, legitimate] of CASES)
    test(`${legitimate ? 'written' : 'refused'} (${heading}): ${sentence}`, async () => {
      const file = join(dir, 'qingshan-2023.md');
      copyFileSync(fixture('qingshan-2023.md'), file);
      const before = readFileSync(file, 'utf8');
      const draft = answer(JSON.stringify({ paragraphs: [{ text: sentence }], missing: [] }));
      server.reset();
      server.then(draft, draft);
      const { code, stderr } = await cli(['draft', file, '--section', heading, '--write'], env);
      const after = readFileSync(file, 'utf8');
      const asked = server.requests.length;
      server.reset();
      if (legitimate) {
        assert.equal(code, 0, stderr);
        assert.equal(asked, 1, 'accepted at once');
        // Written as the model wrote it; only the figures the heading must state may follow as 【待核实】.
        const paragraph = inserted(before, after);
        assert.ok(paragraph !== undefined, after);
        assert.ok(paragraph.startsWith(sentence), paragraph);
        assert.match(paragraph.slice(sentence.length), /^(?:【待核实：[^】]+】)*\n\n$/);
        assert.ok(stderr.endsWith(`nianbao：已起草 1 个标题下的叙述并写入 ${file}\n`), stderr);
      } else {
        assert.equal(code, 1, stderr);
        assert.equal(asked, 2, 'one correction asked for');
        assert.equal(after, before, 'the file is untouched');
        assert.match(stderr, /的草稿未采用：其中的数字找不到依据——「[^」]+」.*；文件未改动\n/);
        assert.ok(stderr.endsWith(`未采用的草稿：\n${sentence}\n`), stderr);
      }
    });
});
