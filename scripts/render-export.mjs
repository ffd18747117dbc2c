// Renders the export of the example report to PNG pages for the README: nianbao export → LibreOffice
// (Debian's libreoffice-writer-nogui) → PDF → pdftoppm (poppler-utils) → docs/images/export-page-N.png.
// Chinese needs a CJK font (fonts-noto-cjk or fonts-wqy-microhei); the GB fonts 仿宋_GB2312 and
// 方正小标宋简体 are substituted when they are not installed, as on these machines.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-render-'));
const docx = join(dir, 'baiyun-2023.docx');
execFileSync(process.execPath, ['dist/cli.js', 'export', 'examples/baiyun-2023.md', '-o', docx], { stdio: 'inherit' });
execFileSync(
  'soffice',
  ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', dir, docx],
  { stdio: 'ignore' },
);
execFileSync('pdftoppm', ['-r', '70', '-png', join(dir, 'baiyun-2023.pdf'), join(dir, 'page')]);
const pages = readdirSync(dir)
  .filter((f) => /^page-\d+\.png$/.test(f))
  .sort();
for (const p of pages) copyFileSync(join(dir, p), join('docs/images', `export-${p}`));
console.log(`${pages.length} pages rendered to docs/images/export-page-*.png`);
