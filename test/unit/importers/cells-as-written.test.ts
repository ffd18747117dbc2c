import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { analyse, check } from '../../../src/core/check';
import { parseReport } from '../../../src/core/parse';
import { importHtml, importText } from '../../../src/importers';
import { mutate, readFixture, REPORT_2021 } from '../helpers';
import { rowsAsText } from '../shapes';

/**
 * Table cells as published pages write them: a blank among figures, thousands separators, full-width
 * digits, a dash or 无 for none. A figure is placed as written or not at all; a blank cell is never
 * made up by cutting a neighbouring figure in two.
 */
suite('importing cells as they are written', () => {
  const source = readFixture(REPORT_2021);
  const asText = (md: string, joiner: string) => rowsAsText(md, joiner, true);
  const asHtml = (md: string) => new MarkdownIt().render(md.replace(/^---[\s\S]*?---\n/, ''));
  const rowOf = (markdown: string, label: string) => markdown.split('\n').find((l) => l.startsWith(`| ${label} |`));
  const R1 = '| 一、本年新收政府信息公开申请数量 | 20 | 3 | 0 | 1 | 2 | 0 | 26 |';

  for (const [shape, joiner] of [
    ['spaces', ' '],
    ['tabs', '\t'],
  ])
    test(`a row missing a figure is not cut to fill it (${shape})`, () => {
      const text = asText(
        mutate(source, R1, '| 一、本年新收政府信息公开申请数量 | 20 | 3 | 0 | 1 | 2 | 0 | |'),
        joiner,
      );
      const imported = importText(text);
      assert.equal(
        rowOf(imported.markdown, '一、本年新收政府信息公开申请数量'),
        `| 一、本年新收政府信息公开申请数量 |${' ？ |'.repeat(7)}`,
      );
      assert.deepEqual(
        imported.unplaced.map((u) => `${u.code} ${u.reason}`),
        ['cell-count 数字个数不符（应有7个，读到6个），未填入'],
      );
    });

  test('a figure with thousands separators is one figure, in text and in a page', () => {
    const md = mutate(source, '| 行政许可 | 214 |', '| 行政许可 | 1,214 |');
    for (const imported of [importText(asText(md, ' ')), importHtml(asHtml(md))]) {
      assert.equal(rowOf(imported.markdown, '行政许可'), '| 行政许可 | 1,214 |');
      assert.equal(analyse(parseReport(imported.markdown)).tables.value('item5', 'licensing', 'decisions'), 1214);
      assert.deepEqual(imported.unplaced, []);
    }
  });

  test('full-width digits are figures, kept as written, in text and in a page', () => {
    const md = mutate(source, R1, '| 一、本年新收政府信息公开申请数量 | ２０ | 3 | 0 | 1 | 2 | 0 | 26 |');
    for (const imported of [importText(asText(md, ' ')), importHtml(asHtml(md))]) {
      assert.equal(
        rowOf(imported.markdown, '一、本年新收政府信息公开申请数量'),
        '| 一、本年新收政府信息公开申请数量 | ２０ | 3 | 0 | 1 | 2 | 0 | 26 |',
      );
      assert.deepEqual(imported.unplaced, []);
    }
  });

  test('a dash or 无 in a page’s cell stays that cell’s (NB204 reports it), not a part of the label', () => {
    const C1 = '| 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |';
    for (const none of ['-', '—', '/', '无']) {
      const imported = importHtml(asHtml(mutate(source, C1, `| 1.属于国家秘密 | ${none} | 0 | 0 | 0 | 0 | 0 | 0 |`)));
      assert.equal(rowOf(imported.markdown, '1.属于国家秘密'), `| 1.属于国家秘密 | ${none} | 0 | 0 | 0 | 0 | 0 | 0 |`);
      assert.deepEqual(
        check(imported.markdown)
          .findings.filter((f) => f.code === 'NB204' || f.code === 'NB202')
          .map((f) => `${f.code} ${f.message}`),
        [`NB204 「1.属于国家秘密」的「自然人」为「${none}」，应为非负整数`],
      );
    }
  });
});
