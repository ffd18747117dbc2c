// Installs code-server 4.100.3 (VS Code 1.100.3's server and web client) into .vscode-test/code-server
// without its network-bound install scripts (shared/design/vscode-tests.md). Idempotent: a marker
// file records a finished install. Needs Debian's ripgrep and libkrb5-dev (see .ci/run).
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const VERSION = '4.100.3';
const root = resolve('.vscode-test/code-server');
const marker = join(root, `.installed-${VERSION}`);
if (existsSync(marker)) process.exit(0);

const sh = (cmd, cwd) =>
  execSync(cmd, { cwd, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, npm_config_yes: 'true' } });
const link = (target, path) => {
  rmSync(path, { force: true, recursive: true });
  symlinkSync(target, path);
};

console.log(`installing code-server ${VERSION} into ${root} …`);
mkdirSync(root, { recursive: true });
writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'nianbao-code-server', private: true }));
sh(`npm install --no-audit --no-fund --ignore-scripts code-server@${VERSION}`, root);
sh('npm rebuild argon2', root);
const vscode = join(root, 'node_modules/code-server/lib/vscode');
sh('npm install --no-audit --no-fund --omit=dev --ignore-scripts', vscode);
sh('npm rebuild kerberos node-pty @parcel/watcher @vscode/spdlog native-watchdog', vscode);
mkdirSync(join(vscode, 'node_modules/@vscode/ripgrep/bin'), { recursive: true });
link(execSync('command -v rg').toString().trim(), join(vscode, 'node_modules/@vscode/ripgrep/bin/rg'));
link('node_modules', join(vscode, 'node_modules.asar'));
link('code-linux.sh', join(vscode, 'bin/remote-cli/code-server'));
link('browser-linux.sh', join(vscode, 'bin/helpers/browser.sh'));
const extensions = join(vscode, 'extensions');
sh('npm install --no-audit --no-fund --omit=dev --ignore-scripts', extensions);
sh('node postinstall.mjs', extensions);
writeFileSync(marker, new Date().toISOString());
console.log('code-server installed');
