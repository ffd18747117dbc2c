// The extension's figures from a real VS Code (the integration suite prints them), and the .vsix size.
import { execSync, spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';

execSync('node scripts/install-code-server.mjs', { stdio: 'inherit' });
const run = spawnSync(process.execPath, ['scripts/test-vscode.mjs'], { encoding: 'utf8' });
const line = (re) => (run.stdout.match(re) ?? [])[0] ?? '(not reported)';
console.log(
  '\nthe extension in a real VS Code (code-server 4.100.3)   targets: activation < 50 ms, edit → diagnostics < 50 ms after the debounce',
);
console.log(`  ${line(/nianbao activation: .*/)}`);
console.log(`  ${line(/nianbao edit → diagnostics: .*/)}`);
execSync(
  'npx vsce package --no-dependencies --allow-missing-repository --no-rewrite-relative-links --out nianbao.vsix',
  { stdio: 'ignore' },
);
console.log(`  nianbao.vsix: ${(statSync('nianbao.vsix').size / 1024).toFixed(0)} KiB (target < 3 MiB)`);
