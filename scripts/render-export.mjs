// Renders the export of every example report to PNG pages for the README: nianbao export (a published page is
// imported first) → LibreOffice (Debian's libreoffice-writer) → PDF → pdftoppm (poppler-utils) →
// docs/images/export-<example>-<page>.png, and prints the page count of each.
// The GB fonts are not free; a fontconfig file maps them to free faces of the same kind where those are installed
// (apt-get install fonts-wqy-microhei fonts-arphic-ukai fonts-arphic-uming): 楷体 → AR PL UKai, 黑体 → WenQuanYi
// Micro Hei, 宋体 and 小标宋 → AR PL UMing; there is no free 仿宋, so the body is set in UMing too.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const SOURCES = ['examples/baiyun-2023.md', 'examples/baiyun-2024-draft.md', 'examples/published/baiyun-2023.html'];
const FACES = {
  'AR PL UKai CN': ['楷体_GB2312', 'KaiTi', '楷体'],
  'WenQuanYi Micro Hei': ['黑体', 'SimHei'],
  'AR PL UMing CN': ['仿宋_GB2312', 'FangSong', '仿宋', '方正小标宋简体', '宋体', 'SimSun'],
};

const dir = mkdtempSync(join(tmpdir(), 'nianbao-render-'));
const aliases = Object.entries(FACES).flatMap(([free, names]) =>
  names.map((n) => `<alias binding="same"><family>${n}</family><prefer><family>${free}</family></prefer></alias>`),
);
writeFileSync(
  join(dir, 'fonts.conf'),
  `<?xml version="1.0"?><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>${aliases.join('')}</fontconfig>`,
);
const env = { ...process.env, FONTCONFIG_FILE: join(dir, 'fonts.conf') };
const nianbao = (...args) => execFileSync(process.execPath, ['dist/cli.js', ...args], { stdio: 'ignore' });

for (const f of readdirSync('docs/images').filter((f) => /^export-.*\.png$/.test(f))) rmSync(join('docs/images', f));
for (const source of SOURCES) {
  const name = source.includes('/published/') ? `published-${basename(source, '.html')}` : basename(source, '.md');
  let md = source;
  if (source.endsWith('.html')) nianbao('import', source, '-o', (md = join(dir, `${name}.md`)));
  const docx = join(dir, `${name}.docx`);
  nianbao('export', md, '-o', docx);
  execFileSync(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      docx,
    ],
    { stdio: 'ignore', env },
  );
  execFileSync('pdftoppm', ['-r', '70', '-png', join(dir, `${name}.pdf`), join(dir, name)]);
  const pages = readdirSync(dir)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))
    .sort();
  for (const p of pages)
    copyFileSync(join(dir, p), join('docs/images', `export-${p.replace(/-0*(\d+)\.png$/, '-$1.png')}`));
  console.log(`${source}: ${pages.length} pages → docs/images/export-${name}-N.png`);
}
rmSync(dir, { recursive: true, force: true });
