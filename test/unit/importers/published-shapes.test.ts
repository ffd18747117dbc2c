import * as assert from 'node:assert/strict';
import { analyse } from '../../../src/core/check';
import { parseReport } from '../../../src/core/parse';
import { importText } from '../../../src/importers';
import { readFixture } from '../helpers';

/** A cell of the imported report by table, row key and column key. */
function cellOf(
  markdown: string,
  table: Parameters<ReturnType<typeof analyse>['tables']['cell']>[0],
  row: string,
  column: string,
) {
  return analyse(parseReport(markdown)).tables.cell(table, row, column)?.text;
}

/** Published pages of our own writing, each in a shape real sources give, with what the import must make of it. */
suite('published pages in the shapes real sources give', () => {
  test('a crawled page: title without 工作 among the page header, figures run together, a glued signature', () => {
    const imported = importText(readFixture('published/songlin-2022-crawled.txt'));
    assert.equal(imported.agency, '松林县商务局');
    assert.equal(imported.year, 2022);
    assert.equal(imported.format, '2021');
    assert.match(
      imported.markdown,
      /\n首页 > 政务公开 > 法定主动公开内容 > 政府信息公开年报\n\n# 松林县商务局2022年政府信息公开年度报告\n\n发布时间：2023-01-17 来源：松林县商务局 浏览次数：213 字号：大 中 小\n\n本年度报告根据/,
    );
    // `5200007` is 5 2 0 0 0 0 7: the only cut whose parts add up to the total.
    assert.deepEqual(
      ['natural', 'business', 'research', 'publicWelfare', 'legal', 'otherOrg', 'total'].map((c) =>
        cellOf(imported.markdown, 'applications', 'R1', c),
      ),
      ['5', '2', '0', '0', '0', '0', '7'],
    );
    assert.equal(cellOf(imported.markdown, 'applications', 'T', 'total'), '8');
    assert.equal(cellOf(imported.markdown, 'review', 'suitAfterReview', 'total'), '0');
    const placed = (row: string) =>
      imported.placement.placed.filter((c) => c.table === 'applications' && c.row === row);
    assert.ok(placed('R1').every((c) => c.split && c.line === 3));
    assert.ok(placed('R2').every((c) => !c.split));
    assert.deepEqual(imported.unplaced, []);
    assert.match(imported.markdown, /\n## 五、存在的主要问题及整改措施\n/);
    assert.match(imported.markdown, /\n本年度未收取信息处理费。\n[\s\S]*\n松林县商务局\n2023年1月16日\n$/);
  });

  test('converter Markdown: torn tables with empty cells for merged places, OCR-damaged labels, page numbers', () => {
    const imported = importText(readFixture('published/qingshui-2023-converter.md'));
    assert.equal(imported.agency, '清水镇人民政府');
    assert.deepEqual(
      imported.unplaced.map((u) => `${u.line} ${u.code} ${u.text}`),
      ['40 page-furniture — 2 —', '72 page-furniture 第 3 页 共 5 页'],
    );
    assert.match(imported.markdown, /\n\| 4\.保护第三方合法杈益 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \|\n/);
    assert.match(imported.markdown, /\n\| 1\.本机关不掌握相关政府倍息 \| 2 \| 0 \| 0 \| 0 \| 0 \| 0 \| 2 \|\n/);
    assert.equal(cellOf(imported.markdown, 'applications', 'A', 'natural'), '2');
    assert.equal(cellOf(imported.markdown, 'item6', 'penalty', 'decisions'), '6');
    assert.equal(cellOf(imported.markdown, 'review', 'reconsideration', 'total'), '0');
    assert.ok(!imported.markdown.includes('— 2 —'));
  });

  test('a 2021 report laid out in the 2019 tables is placed against the 2019 tables', () => {
    const imported = importText(readFixture('published/hewan-2021-in-2019-tables.txt'));
    assert.equal(imported.year, 2021);
    assert.equal(imported.format, '2019');
    assert.equal(cellOf(imported.markdown, 'item9', 'procurement', 'amount'), '386500元');
    assert.equal(cellOf(imported.markdown, 'applications', 'F', 'total'), '1');
    assert.deepEqual(imported.unplaced, []);
  });
});
