import * as assert from 'node:assert/strict';
import { debrisIn, isPageChrome, isReportMarkdown, looksLikeUnit, withoutChrome } from '../../src/core/text';

suite('text facts: edges', () => {
  const OCR = { zh: 'OCR 残留字母', en: 'OCR residue (stray letters)' };

  test('stray letters: three runs or more of one to three letters, in Chinese text, not in an address', () => {
    const cases: Array<[string, ReturnType<typeof debrisIn>]> = [
      ['公开 ab cd ef 信息', { index: 3, length: 8, what: OCR }],
      ['公开 abc de fg 信息', { index: 3, length: 9, what: OCR }],
      ['公开 ab cd efg 信息', { index: 3, length: 9, what: OCR }],
      ['公开 ab  cd  ef 信息', { index: 3, length: 10, what: OCR }],
      ['公开 a b c d 信息', { index: 3, length: 7, what: OCR }],
      ['公开ab cd ef信息', { index: 2, length: 8, what: OCR }],
      ['公开 ab cd 信息', undefined],
      ['公开 abcd ef gh 信息', undefined],
      ['ab cd ef gh', undefined],
      ['见 https: ab cd ef 页', undefined],
      ['邮箱 ab cd ef @ 页', undefined],
    ];
    for (const [line, expected] of cases) assert.deepStrictEqual(debrisIn(line), expected, line);
  });

  test('page chrome: page fields and buttons, never a line with 。 or ；, never a blank one', () => {
    assert.equal(isPageChrome('发布日期：2024-01-05'), true);
    assert.equal(isPageChrome('首页 > 政务公开 > 年报'), true);
    assert.equal(isPageChrome('【打印本页】'), true);
    assert.equal(isPageChrome('发布日期：2024年1月5日。'), false);
    assert.equal(isPageChrome('网站总浏览量为536万；'), false);
    assert.equal(isPageChrome('   '), false);
    assert.equal(isPageChrome(''), false);
  });

  test('chrome is blanked line by line, keeping every offset', () => {
    assert.equal(
      withoutChrome('发布日期：2024-01-05\n正文。\n【关闭】'),
      `${' '.repeat(15)}\n正文。\n${' '.repeat(4)}`,
    );
    assert.equal(withoutChrome('【关闭】'), '    ');
    assert.equal(withoutChrome('正文'), '正文');
  });

  test('a unit line: 2 to 40 characters after trimming, no sentence punctuation, a unit’s suffix', () => {
    const cases: Array<[string, boolean]> = [
      ['甲局', true],
      [' 甲局 ', true],
      ['局', false],
      ['甲'.repeat(39) + '局', true],
      ['甲'.repeat(40) + '局', false],
      ['甲局。', false],
      ['甲局，乙局', false],
      ['甲科', false],
    ];
    for (const [line, expected] of cases) assert.equal(looksLikeUnit(line), expected, line);
  });

  test('a report by its heading: one or two #, a blank after them, the report’s name at the end', () => {
    assert.equal(isReportMarkdown('# 甲局2024年政府信息公开工作年度报告\n'), true);
    assert.equal(isReportMarkdown('正文\n##\t甲局2024年政府信息公开年度报告  \n'), true);
    assert.equal(isReportMarkdown('#甲局2024年政府信息公开工作年度报告\n'), false);
    assert.equal(isReportMarkdown('### 甲局2024年政府信息公开工作年度报告\n'), false);
    assert.equal(isReportMarkdown('# 甲局2024年政府信息公开工作年度报告的说明\n'), false);
  });
});
