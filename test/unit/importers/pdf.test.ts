import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, check } from '../../../src/core/check';
import { NianbaoError } from '../../../src/core/errors';
import { parseReport } from '../../../src/core/parse';
import type { Tables } from '../../../src/core/tables';
import { importHtml, importPdf } from '../../../src/importers';
import { readPdf, NO_TEXT_LAYER, withoutFurniture } from '../../../src/importers/pdf';
import { buildLines, cleanSpaces, type TextRun } from '../../../src/importers/pdf/lines';
import { spanStarts } from '../../../src/importers/pdf/spans';
import { ROOT } from '../helpers';

/** The PDFs of test/fixtures/pdf (scripts/make-pdf-fixtures.mjs) and the Markdown they were made from. */
const FIXTURES = join(ROOT, 'test', 'fixtures', 'pdf');
const pdf = (name: string) => readFileSync(join(FIXTURES, name));
const CASES = [
  { pdf: 'baiyun-2023.pdf', source: 'examples/baiyun-2023.md', pages: 7 },
  { pdf: 'baiyun-2024-draft.pdf', source: 'examples/baiyun-2024-draft.md', pages: 6 },
  { pdf: 'baiyun-2024-word.pdf', source: 'examples/baiyun-2024-draft.md', pages: 3 },
  { pdf: 'baiyun-2023-long.pdf', source: 'examples/baiyun-2023.md', pages: 10 },
  { pdf: 'qingshi-2020.pdf', source: 'test/fixtures/pdf/qingshi-2020.md', pages: 4 },
];

/** Every table figure, row key → cells. */
function figures(tables: Tables): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const t of tables.byId.values())
    for (const [key, row] of t.rowByKey)
      out[`${t.def.id}.${key}`] = [...t.columnIndex.values()].map((i) => row.cells[i]?.text ?? '');
  return out;
}

const compact = (s: string) => s.replace(/\s+/g, '');

suite('importing PDF files', () => {
  for (const c of CASES)
    test(`${c.pdf}: every figure in its cell, every paragraph and heading, nothing unplaced`, async () => {
      const source = readFileSync(join(ROOT, c.source), 'utf8');
      const imported = await importPdf(pdf(c.pdf));
      assert.deepEqual(imported.unplaced, []);
      const want = analyse(parseReport(source));
      const got = analyse(parseReport(imported.markdown));
      assert.deepEqual(figures(got.tables), figures(want.tables));
      assert.equal(got.report.agency, want.report.agency);
      assert.equal(got.report.year, want.report.year);
      assert.equal(got.format, want.format);
      const text = compact(imported.markdown);
      const src = parseReport(source);
      for (const p of [...src.preamble, ...src.sections.flatMap((s) => s.paragraphs)])
        assert.ok(text.includes(compact(p.text)), `lost: ${p.text.slice(0, 30)}`);
      const headings = (r: ReturnType<typeof parseReport>) =>
        r.sections.flatMap((s) => [s.heading.text, ...s.subheadings.map((h) => h.text)]);
      const gotHeadings = new Set(headings(parseReport(imported.markdown)));
      for (const h of headings(src)) assert.ok(gotHeadings.has(h), `heading lost: ${h}`);
      assert.deepEqual(parseReport(imported.markdown).signature?.date?.text, src.signature?.date?.text);
    });

  test('the imported PDF is checked like its source: the same findings (the draft keeps its three errors)', async () => {
    for (const c of CASES.filter((x) => !x.pdf.includes('long'))) {
      const codes = (text: string) => [...new Set(check(text).findings.map((f) => f.code))].sort();
      const source = readFileSync(join(ROOT, c.source), 'utf8');
      assert.deepEqual(codes((await importPdf(pdf(c.pdf))).markdown), codes(source), c.pdf);
    }
  });

  test('items carry their page and line; page numbers are dropped; merged labels come before their first row', async () => {
    const items = await readPdf(pdf('baiyun-2023.pdf'));
    assert.deepEqual(items[0], {
      kind: 'line',
      text: '白云县应急管理局2023年政府信息公开工作年度报告',
      line: 1,
      page: 1,
    });
    const heading = items.find((i) => i.text === '四、政府信息公开行政复议、行政诉讼情况')!;
    assert.deepEqual([heading.kind, heading.page, heading.line], ['line', 6, 1]);
    assert.ok(!items.some((i) => /^—\s*\d+\s*—$/.test(i.text)));
    const texts = items.map((i) => i.text);
    const at = (s: string) => texts.indexOf(s);
    // 三、本年度办理结果 opens the row of （一）; （三）不予公开 sits between the 7 figures of （二） and row 1.
    assert.equal(at('三、本年度办理结果') + 1, at('（一）予以公开'));
    assert.equal(items[at('三、本年度办理结果')].rowStart, true);
    assert.deepEqual(texts.slice(at('（三）不予公开') - 7, at('（三）不予公开') + 2), [
      '1',
      '0',
      '0',
      '0',
      '0',
      '0',
      '1',
      '（三）不予公开',
      '1.属于国家秘密',
    ]);
    assert.equal(at('（四）无法提供') + 1, at('1.本机关不掌握相关政府信息'));
    // On page 5 the header is not repeated and （五）不予处理 comes before its first row.
    assert.equal(texts.filter((t) => t === '申请人情况').length, 1);
    assert.equal(at('（五）不予处理') + 1, at('1.信访举报投诉类申请'));
    assert.equal(items[at('（五）不予处理')].page, 5);
    // A label wrapped over three lines around its figures is one cell.
    assert.ok(texts.includes('1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'));
  });

  test('a blank cell stays blank in its column; the figures after it do not move', async () => {
    const items = await readPdf(pdf('qingshi-2020.pdf'));
    const i = items.findIndex((x) => x.text === '2.其他法律行政法规禁止公开');
    assert.deepEqual(
      items.slice(i, i + 8).map((x) => x.text),
      ['2.其他法律行政法规禁止公开', '0', '0', '', '0', '0', '0', '0'],
    );
    const fee = items.findIndex((x) => x.text === '政府集中采购');
    assert.deepEqual(
      items.slice(fee, fee + 3).map((x) => x.text),
      ['政府集中采购', '4', '386000元'],
    );
  });

  test('a row no official table has is reported with its page and line, and the other figures stay in place', async () => {
    const imported = await importPdf(pdf('qingshi-2020-extra.pdf'));
    const reason = '第三部分的表格中无法对应到官方表格的内容';
    assert.deepEqual(
      imported.unplaced.map((u) => [u.page, u.line, u.text, u.reason]),
      [[4, 9, '五、其他需要说明的申请 2 0 0 0 0 0 2', reason]],
    );
    const source = readFileSync(join(FIXTURES, 'qingshi-2020.md'), 'utf8');
    assert.deepEqual(
      figures(analyse(parseReport(imported.markdown)).tables),
      figures(analyse(parseReport(source)).tables),
    );
  });

  test('a scan (a picture, no text layer) is refused with what to do; no OCR is attempted', async () => {
    await assert.rejects(importPdf(pdf('scanned.pdf')), (e: unknown) => {
      assert.ok(e instanceof NianbaoError);
      assert.equal(e.code, 'input');
      assert.equal(e.message, NO_TEXT_LAYER);
      assert.match(e.message, /没有文字层.*OCR.*Word\/WPS/);
      return true;
    });
  });

  test('a published web page printed by a browser (tight cells, header and footer) reads like the page itself', async () => {
    const printed = await importPdf(pdf('baiyun-2023-browser.pdf'));
    const page = importHtml(readFileSync(join(ROOT, 'examples/published/baiyun-2023.html'), 'utf8'));
    assert.deepEqual(printed.unplaced, []);
    // The same figures as the page, its two blank cells blank (and a row the page draws out of line).
    assert.deepEqual(
      figures(analyse(parseReport(printed.markdown)).tables),
      figures(analyse(parseReport(page.markdown)).tables),
    );
    for (const furniture of ['2024/1/25 10:32', 'baiyun.example.gov.cn', '1/3'])
      assert.ok(!printed.markdown.includes(furniture), furniture);
  });

  test('a scanned page inside a text PDF is marked where it was (and reported); a PDF mostly scanned is refused', async () => {
    const items = await readPdf(pdf('with-scanned-page.pdf'));
    const marker = items.filter((i) => i.text.includes('没有文字层'));
    assert.deepEqual(marker, [
      { kind: 'line', text: '【待核实：第3页没有文字层（可能是扫描图片），其内容未能导入】', line: 1, page: 3 },
    ]);
    const imported = await importPdf(pdf('with-scanned-page.pdf'));
    assert.deepEqual(
      imported.unplaced.map((u) => [u.page, u.text]),
      [[3, '【待核实：第3页没有文字层（可能是扫描图片），其内容未能导入】']],
    );
    assert.ok(
      check(imported.markdown).findings.some((f) => f.code === 'NB404' && f.message.includes('第3页没有文字层')),
    );
    const source = readFileSync(join(ROOT, 'examples/baiyun-2023.md'), 'utf8');
    assert.deepEqual(
      figures(analyse(parseReport(imported.markdown)).tables),
      figures(analyse(parseReport(source)).tables),
    );
    await assert.rejects(importPdf(pdf('mostly-scanned.pdf')), {
      name: 'NianbaoError',
      message:
        /^PDF 的大部分页面没有文字层（扫描图片），本工具不做文字识别（OCR）.* \/ Most pages of the PDF have no text layer/,
    });
  });

  test('on a Node without process.getBuiltinModule (before 20.16) reading a PDF says what it needs', async () => {
    const proc = process as { getBuiltinModule?: unknown };
    const saved = proc.getBuiltinModule;
    proc.getBuiltinModule = undefined;
    try {
      await assert.rejects(importPdf(pdf('baiyun-2023.pdf')), {
        message: `读取 PDF 需要 Node.js 20.16 或更高版本（当前为 ${process.version}）。 / Reading a PDF needs Node.js 20.16 or later (this is ${process.version}).`,
      });
    } finally {
      proc.getBuiltinModule = saved;
    }
  });

  test('an encrypted PDF and a file that is not a PDF get clear messages', async () => {
    await assert.rejects(importPdf(pdf('encrypted.pdf')), {
      name: 'NianbaoError',
      message:
        'PDF 文件已加密，需要密码才能打开；请先解除密码（另存为不加密的 PDF）再导入。 / The PDF is encrypted and needs a password; save an unencrypted copy first.',
    });
    await assert.rejects(importPdf(new TextEncoder().encode('%PDF-1.7\nnot really')), {
      name: 'NianbaoError',
      message: /^无法读取 PDF 文件（文件损坏或不是 PDF）：.* \/ Cannot read the PDF \(damaged, or not a PDF\)/,
    });
    const truncated = pdf('baiyun-2023.pdf').subarray(0, 3000);
    await assert.rejects(importPdf(truncated), { name: 'NianbaoError', message: /无法读取 PDF 文件|没有文字层/ });
  });
});

suite('PDF geometry', () => {
  const run = (text: string, x0: number, y: number, size = 10, width = text.length * size): TextRun => ({
    text,
    x0,
    x1: x0 + width,
    y,
    size,
  });

  test('runs on one baseline (within a third of the font size) are a line; wide gaps separate its cells', () => {
    const lines = buildLines(1, [
      run('2.重复申请', 50, 100),
      run('1', 200, 101.5, 10, 6),
      run('0', 230, 99, 10, 6),
      run('情形）', 50, 115),
      run('2023', 50, 140, 10, 20),
      run('年', 73, 140),
    ]);
    assert.deepEqual(
      lines.map((l) => [l.index, l.groups.map((g) => g.text)]),
      [
        [1, ['2.重复申请', '1', '0']],
        [2, ['情形）']],
        [3, ['2023年']],
      ],
    );
  });

  test('spaces beside Chinese text are layout; a blank of half a character is kept (2025年  月  日)', () => {
    assert.equal(cleanSpaces('问 ， 请 联 系 2023 年'), '问，请联系2023年');
    assert.equal(cleanSpaces('GB/T  9704'), 'GB/T 9704');
    const [date] = buildLines(1, [run('2025年', 0, 10, 16, 48), run('月', 56.3, 10, 16), run('日', 80.6, 10, 16)]);
    assert.equal(date.text, '2025年  月  日');
  });

  test('page numbers (— 3 —, - 3 -, 第 3 页 共 7 页, 3/7, a lone number) and running headers are dropped', () => {
    const page = (n: number, top: string, body: string[], bottom: string) =>
      buildLines(n, [
        run('青石镇人民政府信息公开', 50, 40),
        run(top, 200, 60),
        ...body.map((t, k) => run(t, 50, 100 + 20 * k, 10, t.length * 6)),
        run(bottom, 250, 800),
      ]);
    const pages = withoutFurniture([
      page(1, '第 1 页 共 4 页', ['正文一', '12'], '— 1 —'),
      page(2, '- 2 -', ['正文二'], '2/4'),
      page(3, '正文三', ['正文四'], '3'),
      page(4, 'Page 4 of 4', ['正文五'], '正文最后一行'),
    ]);
    assert.deepEqual(
      pages.map((lines) => lines.map((l) => l.text)),
      [['正文一', '12'], ['正文二'], ['正文三', '正文四'], ['正文五', '正文最后一行']],
    );
  });

  test('merged labels take the rows they are centred on; a cell cut by the page break takes its rows at the top', () => {
    const rows = [0, 1, 2, 3, 4, 5].map((i) => ({ top: i * 30, bottom: i * 30 + 30, first: i * 30 + 12 }));
    // Two labels centred on rows 0–3 and 4–5.
    assert.deepEqual(
      spanStarts(
        rows,
        [
          { top: 50, bottom: 70, first: 58 },
          { top: 140, bottom: 160, first: 148 },
        ],
        { continued: false, continues: false },
      ),
      [0, 4],
    );
    // Continued from the previous page: row 0 belongs to a label drawn there.
    assert.deepEqual(
      spanStarts(
        rows,
        [
          { top: 65, bottom: 85, first: 73 },
          { top: 140, bottom: 160, first: 148 },
        ],
        { continued: true, continues: false },
      ),
      [1, 4],
    );
    // Going on to the next page: the last label sits at the top of its rows (4–5), not centred on them.
    assert.deepEqual(
      spanStarts(
        rows,
        [
          { top: 50, bottom: 70, first: 58 },
          { top: 122, bottom: 142, first: 130 },
        ],
        { continued: false, continues: true },
      ),
      [0, 4],
    );
  });
});
