// The acceptance suite: the real published reports and the specification's examples in ../shared (or
// NIANBAO_SHARED). They are not part of the repository; where they are absent the suite says it was
// skipped and passes, so that a clone with nothing beside it still runs `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.NIANBAO_SHARED ?? resolve(root, '../shared');
if (!existsSync(resolve(shared, 'examples'))) {
  console.log(`acceptance suite SKIPPED: ${shared} not found (set NIANBAO_SHARED to the shared folder to run it)`);
  process.exit(0);
}
console.log(`acceptance suite on ${shared}`);
const mocha = resolve(root, 'node_modules/mocha/bin/mocha.js');
const run = spawnSync(process.execPath, [mocha, '--config', '.mocharc.acceptance.json'], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
