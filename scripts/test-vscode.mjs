// Runs the extension's integration suite inside a real VS Code: code-server 4.100.3 (VS Code 1.100.3)
// driven by Debian's Chromium through playwright-core (shared/design/vscode-tests.md). Exits with the
// code the suite reports; the whole run has a time limit. NIANBAO_VSCODE_TRUST=on leaves workspace
// trust on, so that the folder opens in Restricted Mode (the suite must pass there too).
// NIANBAO_VSCODE_LOCALE=zh-cn runs VS Code in Chinese (code-server --locale): the Chinese language pack
// cannot be downloaded here, so an empty one is registered (VS Code's own UI stays English; everything
// the extension shows, its package.nls.zh-cn.json and l10n bundle, is Chinese as in a Chinese VS Code).
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

/** Browser and server chatter that says nothing about the suite (no network here, by design). */
const NOISE =
  /ENOTFOUND|open-vsx|Service Worker|Creating a socket|ChatSessionStore|Updating additional builtin|Extension host \(Remote\)|\[Extension Host\] (?!.*nianbao)|Started local extension host|Failed to load resource|AbortError/;
const LIMIT_MS = Number(process.env.NIANBAO_VSCODE_TIMEOUT ?? 240_000);
const root = resolve('.');
const server = join(root, '.vscode-test/code-server/node_modules/.bin/code-server');
const suite = join(root, process.env.NIANBAO_VSCODE_SUITE ?? 'out/test/integration/index.js');
/** With NIANBAO_SCREENSHOT=<file.png>, the page is photographed when the suite logs that it is ready. */
const screenshot = process.env.NIANBAO_SCREENSHOT;

const freePort = () =>
  new Promise((ok) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });

const tmp = mkdtempSync(join(tmpdir(), 'nianbao-vscode-'));
const workspace = join(tmp, 'workspace');
cpSync(join(root, 'examples'), workspace, { recursive: true });
const port = await freePort();
const trust = process.env.NIANBAO_VSCODE_TRUST === 'on' ? [] : ['--disable-workspace-trust'];
// VS Code for the Web saves files a second after each change (files.autoSave defaults to afterDelay there):
// off, as in desktop VS Code, so that a test's unsaved edits are never written into the workspace.
mkdirSync(join(tmp, 'user', 'User'), { recursive: true });
writeFileSync(join(tmp, 'user', 'User', 'settings.json'), JSON.stringify({ 'files.autoSave': 'off' }));
const displayLanguage = process.env.NIANBAO_VSCODE_LOCALE ?? 'en';
if (!displayLanguage.startsWith('en')) {
  const translations = join(tmp, `${displayLanguage}.i18n.json`);
  writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  mkdirSync(join(tmp, 'user'), { recursive: true });
  const extensions = [{ extensionIdentifier: { id: 'nianbao-test.language-pack' }, version: '0.0.1' }];
  const pack = { hash: 'nianbao-test', label: displayLanguage, extensions, translations: { vscode: translations } };
  writeFileSync(join(tmp, 'user', 'languagepacks.json'), JSON.stringify({ [displayLanguage]: pack }));
}
const locale = ['--locale', displayLanguage];
const proc = spawn(
  server,
  [
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    ...trust,
    ...locale,
    '--user-data-dir',
    join(tmp, 'user'),
    '--extensions-dir',
    join(tmp, 'ext'),
    workspace,
  ],
  {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  },
);
let serverLog = '';
let transcript = '';
proc.stdout.on('data', (d) => (serverLog += d));
proc.stderr.on('data', (d) => (serverLog += d));

let browser;
const stop = (code) => {
  try {
    process.kill(-proc.pid, 'SIGKILL');
  } catch {
    /* already gone */
  }
  void browser?.close().catch(() => {});
  rmSync(tmp, { recursive: true, force: true });
  process.exit(code);
};
const timer = setTimeout(() => {
  console.error(
    `VS Code integration tests timed out after ${LIMIT_MS / 1000} s\n--- server log ---\n${serverLog.slice(-4000)}`,
  );
  stop(1);
}, LIMIT_MS);

try {
  for (let i = 0; !serverLog.includes('HTTP server listening'); i++) {
    if (i > 300 || proc.exitCode !== null) throw new Error(`code-server did not start:\n${serverLog}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  const done = new Promise((resolveDone) => {
    // The extension host's console, printf-style arguments substituted (%s, %d; %c styles dropped).
    void page.exposeFunction('codeAutomationLog', (_type, args) => {
      const list = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a)));
      let text = String(list.shift() ?? '');
      text = text.replace(/%[sdoOjc]/g, (m) => (m === '%c' ? (list.shift(), '') : String(list.shift() ?? '')));
      if (!NOISE.test(text)) console.log([text, ...list].join(' '));
      if (screenshot && text.includes('nianbao screenshot ready'))
        void page.waitForTimeout(2500).then(() => page.screenshot({ path: screenshot }));
      transcript += text + '\n';
    });
    void page.exposeFunction('codeAutomationExit', (code) => resolveDone(code));
  });
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(root)],
    ['extensionTestsPath', remote(suite)],
    ['skipWelcome', 'true'],
  ];
  await page.goto(
    `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`,
  );
  let code = await done;
  clearTimeout(timer);
  // In the Restricted Mode run the suite must really have run untrusted, and each run in its language.
  if (process.env.NIANBAO_VSCODE_TRUST === 'on' && !transcript.includes('nianbao workspace trusted: false')) {
    console.error('expected the suite to run in Restricted Mode (workspace not trusted)');
    code = 1;
  }
  if (!process.env.NIANBAO_SCREENSHOT && !transcript.includes(`nianbao display language: ${displayLanguage}`)) {
    console.error(`expected the suite to run with VS Code in ${displayLanguage}`);
    code = 1;
  }
  stop(code);
} catch (e) {
  clearTimeout(timer);
  console.error(e instanceof Error ? e.message : e);
  stop(1);
}
