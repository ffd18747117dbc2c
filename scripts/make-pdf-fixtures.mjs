// Regenerates the PDF fixtures of test/fixtures/pdf/ (committed; the tests never run LibreOffice):
//   baiyun-2023.pdf, baiyun-2024-draft.pdf   nianbao export of examples/*.md → LibreOffice → PDF
//                                            (GB/T 9704 layout, merged label cells, tables over pages)
//   baiyun-2023-long.pdf                     the same report with its narrative repeated: 10+ pages (bench)
//   baiyun-2024-word.pdf                     examples/baiyun-2024-draft.md laid out with Word's defaults
//                                            (scripts/word-layout.mjs: top-aligned cells, 第 X 页 共 Y 页)
//   qingshi-2020-extra.pdf                   the same with a row no official table has (reported unplaced)
//   qingshi-2020.pdf                         qingshi-2020.md (2019 format) rendered as a plain web page
//                                            (one cell per grid cell, label rows of their own) → PDF
//   scanned.pdf                              page 1 of baiyun-2023.pdf as a picture only (no text layer)
//   encrypted.pdf                            baiyun-2023.pdf with an open password (ghostscript)
//   baiyun-2023-browser.pdf                  examples/published/baiyun-2023.html printed by Chromium with its
//                                            header and footer (date, title, address, 1/3): a crawled page
//   with-scanned-page.pdf                    baiyun-2023.pdf with the scan as its page 3 (poppler, ghostscript)
//   mostly-scanned.pdf                       two scanned pages and one page of text
// Needs libreoffice-writer, fonts-wqy-microhei, poppler-utils and ghostscript; run after npm run build.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { chromium } from 'playwright-core';
import { wordLayout } from './word-layout.mjs';

const out = 'test/fixtures/pdf';
const dir = mkdtempSync(join(tmpdir(), 'nianbao-pdf-fixtures-'));
const soffice = (file, filter = 'pdf') =>
  execFileSync(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--convert-to',
      filter,
      '--outdir',
      dir,
      file,
    ],
    { stdio: 'ignore' },
  );
const exportPdf = (markdownFile, name) => {
  const docx = join(dir, `${name}.docx`);
  execFileSync(process.execPath, ['dist/cli.js', 'export', markdownFile, '-o', docx, '--force'], { stdio: 'ignore' });
  soffice(docx);
  copyFileSync(join(dir, `${name}.pdf`), join(out, `${name}.pdf`));
};

exportPdf('examples/baiyun-2023.md', 'baiyun-2023');
exportPdf('examples/baiyun-2024-draft.md', 'baiyun-2024-draft');

const word = join(dir, 'baiyun-2024-word.docx');
writeFileSync(word, await wordLayout(readFileSync('examples/baiyun-2024-draft.md', 'utf8')));
soffice(word);
copyFileSync(join(dir, 'baiyun-2024-word.pdf'), join(out, 'baiyun-2024-word.pdf'));

// Ten pages and more: the narrative of section 一 repeated (the tables once).
const report = readFileSync('examples/baiyun-2023.md', 'utf8');
const cut = report.indexOf('### （二）依申请公开');
const repeated = report.slice(report.indexOf('### （一）主动公开'), cut).replace(/```notes[\s\S]*?```\n\n/g, '');
const long = join(dir, 'long.md');
writeFileSync(long, report.slice(0, cut) + repeated.repeat(14) + report.slice(cut));
exportPdf(long, 'long');
copyFileSync(join(out, 'long.pdf'), join(out, 'baiyun-2023-long.pdf'));
execFileSync('rm', [join(out, 'long.pdf')]);

// A plainer layout: our Markdown as a web page with a ruled grid, printed by LibreOffice.
// (LibreOffice's web import drops the first block of a page into an empty first page: an empty paragraph
// goes first, and the PDF starts with a blank page, as some published ones do.)
const css =
  'body{font-family:"WenQuanYi Micro Hei";font-size:11pt} p.title{font-size:17pt;text-align:center;font-weight:bold} h2{font-size:13pt}' +
  ' h3{font-size:11pt} table{border-collapse:collapse;margin:6pt 0} td,th{border:1px solid #000;padding:2pt 4pt;font-size:9pt}';
const webPdf = (markdown, name) => {
  const body = new MarkdownIt({ breaks: true })
    .render(markdown.replace(/^---[\s\S]*?---\n/, ''))
    .replace(/<h1>(.*)<\/h1>/, '<p>&nbsp;</p><p class="title">$1</p>');
  const html = join(dir, `${name}.html`);
  writeFileSync(
    html,
    `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${css}</style></head><body>${body}</body></html>`,
  );
  soffice(html, 'pdf:writer_web_pdf_Export');
  copyFileSync(join(dir, `${name}.pdf`), join(out, `${name}.pdf`));
};
const qingshi = readFileSync(join(out, 'qingshi-2020.md'), 'utf8');
webPdf(qingshi, 'qingshi-2020');
webPdf(
  qingshi.replace(
    '| 四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
    '$&\n| 五、其他需要说明的申请 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |',
  ),
  'qingshi-2020-extra',
);

// A scan: the first page as a picture (JPEG), nothing else; ghostscript's viewjpeg.ps writes the PDF.
execFileSync('pdftoppm', ['-r', '50', '-f', '1', '-l', '1', '-jpeg', join(out, 'baiyun-2023.pdf'), join(dir, 'scan')]);
const viewjpeg = execFileSync('find', ['/usr/share/ghostscript', '-name', 'viewjpeg.ps'], { encoding: 'utf8' }).split(
  '\n',
)[0];
execFileSync('gs', [
  '-q',
  '-dNOPAUSE',
  '-dBATCH',
  '-sDEVICE=pdfwrite',
  `-sOutputFile=${join(out, 'scanned.pdf')}`,
  viewjpeg,
  '-c',
  `(${join(dir, 'scan-1.jpg')}) viewJPEG showpage`,
]);

execFileSync('gs', [
  '-q',
  '-dNOPAUSE',
  '-dBATCH',
  '-sDEVICE=pdfwrite',
  '-sOwnerPassword=owner',
  '-sUserPassword=secret',
  '-dEncryptionR=3',
  '-dKeyLength=128',
  `-sOutputFile=${join(out, 'encrypted.pdf')}`,
  join(out, 'baiyun-2023.pdf'),
]);
// A published web page as a browser prints it (Chromium, as installed for the VS Code tests).
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const page = await browser.newPage();
await page.setContent(readFileSync('examples/published/baiyun-2023.html', 'utf8'), { waitUntil: 'load' });
const band = (left, right) =>
  `<div style="font-size:8px;width:100%;display:flex;justify-content:space-between;padding:0 12mm">${left}${right}</div>`;
await page.pdf({
  path: join(out, 'baiyun-2023-browser.pdf'),
  format: 'A4',
  displayHeaderFooter: true,
  headerTemplate: band('<span>2024/1/25 10:32</span>', '<span class="title"></span>'),
  footerTemplate: band(
    '<span>http://www.baiyun.example.gov.cn/zwgk/ndbg/2024/0125/1234.html</span>',
    '<span><span class="pageNumber"></span>/<span class="totalPages"></span></span>',
  ),
  margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' },
});
await browser.close();

// Text PDFs with scanned pages in them (pdfunite joins, ghostscript writes one copy of the fonts).
execFileSync('pdfseparate', [join(out, 'baiyun-2023.pdf'), join(dir, 'p-%d.pdf')]);
const join2 = (pages, name) => {
  execFileSync('pdfunite', [...pages, join(dir, `${name}-u.pdf`)]);
  execFileSync('gs', [
    '-q',
    '-dNOPAUSE',
    '-dBATCH',
    '-sDEVICE=pdfwrite',
    `-sOutputFile=${join(out, name)}`,
    join(dir, `${name}-u.pdf`),
  ]);
};
const p = (n) => join(dir, `p-${n}.pdf`);
const scanned = join(out, 'scanned.pdf');
join2([p(1), p(2), scanned, p(3), p(4), p(5), p(6), p(7)], 'with-scanned-page.pdf');
join2([scanned, scanned, p(1)], 'mostly-scanned.pdf');
console.log(`PDF fixtures written to ${out}/`);
