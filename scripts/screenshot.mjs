// Takes docs/images/diagnostics.png: the draft example in a real VS Code with its findings. Chromium
// needs a CJK font for the Chinese text: Debian's fonts-wqy-microhei.
import { execSync } from 'node:child_process';

execSync('node scripts/install-code-server.mjs', { stdio: 'inherit' });
execSync('node scripts/test-vscode.mjs', {
  stdio: 'inherit',
  env: {
    ...process.env,
    NIANBAO_VSCODE_SUITE: 'out/test/tour/index.js',
    NIANBAO_SCREENSHOT: 'docs/images/diagnostics.png',
  },
});
