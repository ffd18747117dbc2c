// Takes the README's pictures in a real VS Code (in Chinese): docs/images/diagnostics.png (the draft example
// with its findings), docs/images/codelens.png (a new report with 起草本节 above each notes block and the
// preview beside), docs/images/review.png (a heading's draft under review, 采用/放弃 in the diff's title bar),
// docs/images/waiting.png (the wait for a silent model, with the attempt and the seconds) and
// docs/images/rewrite.png (改写所选文字 streamed into a diff).
// Chromium needs a CJK font for the Chinese text: Debian's fonts-wqy-microhei.
import { execSync } from 'node:child_process';

execSync('node scripts/install-code-server.mjs', { stdio: 'inherit' });
const take = (suite, picture) =>
  execSync('node scripts/test-vscode.mjs', {
    stdio: 'inherit',
    env: {
      ...process.env,
      NIANBAO_VSCODE_LOCALE: 'zh-cn',
      NIANBAO_VSCODE_SUITE: `out/test/tour/${suite}.js`,
      NIANBAO_SCREENSHOT: `docs/images/${picture}.png`,
    },
  });
take('index', 'diagnostics');
take('codelens', 'codelens');
take('review', 'review');
take('waiting', 'waiting');
take('rewrite', 'rewrite');
