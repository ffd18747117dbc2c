import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { mutate, ROOT } from '../helpers';

/** The bundled command line (dist/cli.js, with its lazily loaded dist/pdfjs.js) on PDFs and re-encoded files. */
const CLI = join(ROOT, 'dist', 'cli.js');
const PDFS = join(ROOT, 'test', 'fixtures', 'pdf');
const cli = (args: string[], cwd?: string) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd });

const report = readFileSync(join(ROOT, 'examples/baiyun-2023.md'), 'utf8');
const broken = mutate(
  report,
  '| （一）予以公开 | 4 | 2 | 0 | 0 | 0 | 0 | 6 |',
  '| （一）予以公开 | 4 | 2 | 0 | 0 | 0 | 0 | 7 |',
);

suite('nianbao on PDFs and on files that are not UTF-8 (bundled executable)', () => {
  let dir: string;
  setup(() => {
    dir = mkdtempSync(join(tmpdir(), 'nianbao-files-'));
  });
  teardown(() => rmSync(dir, { recursive: true, force: true }));

  test('import x.pdf prints the Markdown form (nothing else on stdout); -o writes it', () => {
    const out = cli(['import', join(PDFS, 'baiyun-2023.pdf')]);
    assert.equal(out.status, 0, out.stderr);
    assert.equal(out.stderr, '');
    assert.ok(out.stdout.startsWith('---\nagency: 白云县应急管理局\nyear: 2023\n'), out.stdout.slice(0, 80));
    assert.ok(out.stdout.includes('| （一）予以公开 | 4 | 2 | 0 | 0 | 0 | 0 | 6 |'));
    const target = join(dir, 'b.md');
    const written = cli(['import', join(PDFS, 'qingshi-2020.pdf'), '-o', target]);
    assert.equal(written.status, 0);
    assert.equal(written.stderr, `nianbao：已写入 ${target}\n`);
    assert.ok(readFileSync(target, 'utf8').includes('| 行政许可 | 15 | -2 | 1268 |'));
  });

  test('import refuses a file already in our Markdown form (front matter and all), in either language', () => {
    const md = join(dir, 'ours.md');
    writeFileSync(md, report);
    const out = cli(['import', md]);
    assert.equal(out.status, 2);
    assert.equal(out.stdout, '');
    assert.equal(
      out.stderr,
      `nianbao: 「${md}」已是年报的 Markdown 形式（有前置信息），无需导入：可直接 nianbao check\n`,
    );
    assert.equal(
      cli(['import', '--lang', 'en', md]).stderr,
      `nianbao: “${md}” is already a report in Markdown (it has front matter); nothing to import: nianbao check it\n`,
    );
    // A converter's Markdown (no front matter) is imported; -o - prints it, as without -o.
    writeFileSync(md, report.replace(/^---[\s\S]*?---\n/, ''));
    const printed = cli(['import', md]);
    assert.equal(printed.status, 0);
    assert.equal(cli(['import', md, '-o', '-'], dir).stdout, printed.stdout);
    assert.equal(existsSync(join(dir, '-')), false);
  });

  test('import lists what it could not place with the page and the line on it', () => {
    const file = join(PDFS, 'qingshi-2020-extra.pdf');
    const zh = cli(['import', file]);
    assert.equal(zh.status, 0);
    const lines = zh.stderr.split('\n');
    assert.equal(
      lines[0],
      `nianbao：${file}:第4页第9行：未能归位「五、其他需要说明的申请 2 0 0 0 0 0 2」（第三部分的表格中无法对应到官方表格的内容）`,
    );
    assert.equal(lines.length, 2);
    const en = cli(['import', '--lang', 'en', file]);
    assert.equal(
      en.stderr.split('\n')[0],
      `nianbao: ${file}:p4:9: not placed: “五、其他需要说明的申请 2 0 0 0 0 0 2” (in the table of section 三, matches no official label)`,
    );
  });

  test('check x.pdf checks the imported report; a scan and a damaged PDF exit 2 with their message', () => {
    const ok = cli(['check', '--format', 'json', join(PDFS, 'baiyun-2023.pdf')]);
    assert.equal(ok.status, 0, ok.stderr);
    assert.deepEqual(JSON.parse(ok.stdout).files[0].findings, []);
    const draft = cli(['check', join(PDFS, 'baiyun-2024-draft.pdf')]);
    assert.equal(draft.status, 1);
    assert.match(draft.stdout, /NB301 {2}「（一）予以公开」的总计为8，而自然人与法人或其他组织各列之和为7，相差1/);
    const scan = join(PDFS, 'scanned.pdf');
    const scanned = cli(['check', scan]);
    assert.equal(scanned.status, 2);
    assert.equal(
      scanned.stderr,
      `nianbao: ${scan}：PDF 没有文字层（可能是扫描件或图片），本工具不做文字识别（OCR）：请从 Word/WPS 重新导出带文字的 PDF，或先用 OCR 软件识别后再导入。 / The PDF has no text layer (a scan or images) and Nianbao does no OCR: export a text PDF from Word/WPS, or run OCR first.\n`,
    );
    const fake = join(dir, '年报.pdf');
    writeFileSync(fake, 'not a pdf');
    const damaged = cli(['import', fake]);
    assert.equal(damaged.status, 2);
    assert.match(damaged.stderr, /^nianbao: .*年报\.pdf：无法读取 PDF 文件（文件损坏或不是 PDF）/);
  });

  test('the PDF reader runs from a copy of dist/ alone (CMaps and fonts shipped beside it)', () => {
    const copy = join(dir, 'dist');
    mkdirSync(copy);
    for (const f of ['cli.js', 'worker.js', 'pdfjs.js']) copyFileSync(join(ROOT, 'dist', f), join(copy, f));
    spawnSync('cp', ['-r', join(ROOT, 'dist', 'pdfjs'), copy]);
    const out = spawnSync(process.execPath, [join(copy, 'cli.js'), 'import', join(PDFS, 'baiyun-2024-draft.pdf')], {
      encoding: 'utf8',
      cwd: dir,
    });
    assert.equal(out.status, 0, out.stderr);
    assert.equal(out.stderr, '');
    assert.ok(out.stdout.includes('| 1.本机关不掌握相关政府信息 | 2 | 1 | 0 | 0 | 0 | 0 | 3 |'));
  });

  test('check folder/ takes the PDFs whose name says 年报/年度报告/信息公开, and GBK and UTF-16 reports', () => {
    copyFileSync(join(PDFS, 'baiyun-2023.pdf'), join(dir, '白云县2023年年报.pdf'));
    copyFileSync(join(PDFS, 'scanned.pdf'), join(dir, '会议纪要.pdf'));
    writeFileSync(join(dir, 'gbk.md'), iconv.encode(report, 'gbk'));
    writeFileSync(join(dir, 'utf16.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(report, 'utf-16le')]));
    const out = cli(['check', '--format', 'json', dir]);
    assert.equal(out.status, 0, out.stderr);
    assert.deepEqual(
      JSON.parse(out.stdout).files.map((f: { path: string; agency: string }) => [
        f.path.slice(dir.length + 1),
        f.agency,
      ]),
      [
        ['gbk.md', '白云县应急管理局'],
        ['utf16.md', '白云县应急管理局'],
        ['白云县2023年年报.pdf', '白云县应急管理局'],
      ],
    );
  });

  test('a GBK report is checked right; --fix refuses to rewrite it (untouched, exit 2) and fixes the UTF-8 one', () => {
    const gbk = join(dir, 'gbk.md');
    const utf8 = join(dir, 'utf8.md');
    const bytes = iconv.encode(broken, 'gbk');
    writeFileSync(gbk, bytes);
    writeFileSync(utf8, broken);
    const checked = cli(['check', gbk]);
    assert.equal(checked.status, 1);
    assert.match(
      checked.stdout,
      /:65:37 {2}error {4}NB301 {2}「（一）予以公开」的总计为7，而自然人与法人或其他组织各列之和为6，相差1/,
    );
    const fixed = cli(['check', '--fix', gbk, utf8]);
    assert.equal(fixed.status, 2);
    assert.ok(
      fixed.stderr.includes(
        `nianbao: ${gbk}：文件编码为 GB18030/GBK，--fix 只改写 UTF-8 文件，文件未改动（请先另存为 UTF-8）\n`,
      ),
      fixed.stderr,
    );
    assert.ok(fixed.stderr.includes(`nianbao：${utf8} 已写入 1 处修复\n`), fixed.stderr);
    // The refused file is still checked as it is: its findings are said.
    assert.match(fixed.stdout, /gbk\.md:65:37 {2}error {4}NB301 {2}「（一）予以公开」的总计为7/);
    assert.deepEqual(readFileSync(gbk), bytes);
    assert.equal(readFileSync(utf8, 'utf8'), report);
    const en = cli(['check', '--fix', '--lang', 'en', gbk]);
    assert.ok(
      en.stderr.includes(`${gbk}: encoded in GB18030/GBK; --fix only rewrites UTF-8 files, so the file is untouched`),
    );
  });

  test('--fix keeps a UTF-8 BOM; draft --write refuses a UTF-16 file and leaves it as it was', () => {
    const bom = join(dir, 'bom.md');
    writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(broken)]));
    assert.equal(cli(['check', '--fix', bom]).status, 0);
    assert.deepEqual(readFileSync(bom), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(report)]));
    const draft = readFileSync(join(ROOT, 'examples/baiyun-2024-draft.md'), 'utf8');
    const utf16 = join(dir, 'draft.md');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(draft, 'utf-16le')]);
    writeFileSync(utf16, bytes);
    const out = cli(['draft', utf16, '--offline', '--write']);
    assert.equal(out.status, 2);
    assert.equal(
      out.stderr,
      `nianbao: ${utf16}：文件编码为 UTF-16LE，draft --write 只改写 UTF-8 文件，文件未改动（请先另存为 UTF-8）\n`,
    );
    assert.deepEqual(readFileSync(utf16), bytes);
    const printed = cli(['draft', utf16, '--offline']);
    assert.equal(printed.status, 0, printed.stderr);
  });

  test('import of a GBK page and of a binary file named .txt', () => {
    const gbkPage = join(dir, 'page.html');
    const html = readFileSync(join(ROOT, 'examples/published/baiyun-2023.html'), 'utf8').replace(
      '<meta charset="utf-8">',
      '<meta charset="gbk">',
    );
    writeFileSync(gbkPage, iconv.encode(html, 'gbk'));
    const out = cli(['import', gbkPage]);
    assert.equal(out.status, 0, out.stderr);
    assert.ok(out.stdout.includes('# 白云县应急管理局2023年政府信息公开工作年度报告'));
    const binary = join(dir, 'photo.txt');
    writeFileSync(binary, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]));
    const refused = cli(['import', binary]);
    assert.equal(refused.status, 2);
    assert.equal(refused.stdout, '');
    assert.match(
      refused.stderr,
      /^nianbao: .*photo\.txt：不是文本文件，或编码无法识别（已试 UTF-8、UTF-16、GB18030\/GBK）/,
    );
  });
});
