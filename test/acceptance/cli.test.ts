import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { SHARED } from './helpers';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env: {} });
  return { code, stdout, stderr };
}

/** `nianbao check` and `nianbao import` on the real published reports, as a reviewing office runs them. */
suite('the command line on real published reports', () => {
  let dir: string;
  setup(() => (dir = mkdtempSync(join(tmpdir(), 'nianbao-acceptance-'))));
  teardown(() => rmSync(dir, { recursive: true, force: true }));
  const copy = (f: string) => {
    const path = join(dir, f);
    writeFileSync(path, readFileSync(join(SHARED, 'examples/published', f)));
    return path;
  };

  test('nianbao import of a Word-copied text writes its unit, year and format', async () => {
    const out = join(dir, 'report.md');
    const r = await run(['import', copy('000_e8dd36e3c531cea8.txt'), '-o', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(readFileSync(out, 'utf8'), /^---\nagency: 东营市河口区融媒体中心\nyear: 2021\nformat: 2021\n---\n/);
  });

  test('check reads .txt and .html reports in a folder', async () => {
    for (const f of ['000_e8dd36e3c531cea8.txt', 'shanghai-2019-general-office.html']) copy(f);
    const r = await run(['check', '--format', 'json', dir]);
    const files = JSON.parse(r.stdout).files;
    assert.deepEqual(
      files.map((f: { path: string }) => f.path),
      [join(dir, '000_e8dd36e3c531cea8.txt'), join(dir, 'shanghai-2019-general-office.html')],
    );
    assert.equal(files[1].agency, '上海市人民政府办公厅');
    assert.ok(
      files[1].findings.some((f: { code: string; message: string }) => f.code === 'NB401' && /258/.test(f.message)),
    );
    assert.equal(r.code, 1);
  });
});
