import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';

/**
 * `npm run test:electron`: the same integration suite in desktop VS Code, downloaded by
 * @vscode/test-electron (needs access to VS Code's update servers, which these machines lack; here
 * the suite runs in code-server instead, see scripts/test-vscode.mjs).
 */
async function main(): Promise<void> {
  const root = resolve(__dirname, '../../..');
  const workspace = join(mkdtempSync(join(tmpdir(), 'nianbao-electron-')), 'workspace');
  cpSync(join(root, 'examples'), workspace, { recursive: true });
  await runTests({
    version: '1.95.0',
    extensionDevelopmentPath: root,
    extensionTestsPath: join(__dirname, 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
