import * as assert from 'node:assert/strict';
import { parseChineseNumber } from '../../src/core/numbers';
import { namedQuantities, nearestNamed } from '../../src/core/sentences/quantities';
import { asciiDigits, decimalsOf, fixedNameSpans, isWordTail, numeralValue } from '../../src/core/sentences/numerals';
import { labelDistance, normalizeLabel } from '../../src/core/formats/labels';

suite('numbers in Chinese text', () => {
  test('reads Chinese numerals', () => {
    const cases: Array<[string, number]> = [
      ['两', 2],
      ['十', 10],
      ['十二', 12],
      ['二十', 20],
      ['二十三', 23],
      ['一百零五', 105],
      ['一百一十', 110],
      ['三千零六', 3006],
      ['一万二千', 12000],
      ['二〇二一', 2021],
      ['零', 0],
    ];
    for (const [s, n] of cases) assert.equal(parseChineseNumber(s), n, s);
    assert.equal(parseChineseNumber('abc'), undefined);
  });

  test('numerals as the sentence reader takes them: commas, full-width digits, 点 decimals', () => {
    assert.equal(numeralValue('1,234'), 1234);
    assert.equal(numeralValue('1.5'), 1.5);
    assert.equal(numeralValue('十二点五'), 12.5);
    assert.equal(numeralValue('三点一四'), 3.14);
    assert.equal(numeralValue('一点零五'), 1.05);
    assert.equal(numeralValue('一亿二千万'), 120000000);
    assert.equal(numeralValue('十点'), undefined);
    assert.equal(numeralValue('十点十'), undefined);
    assert.equal(numeralValue('abc'), undefined);
    assert.equal(asciiDigits('１２３％．５ab'), '123%.5ab');
    assert.equal(asciiDigits('无数字'), '无数字');
    assert.deepEqual(['12.50', '十二点五', '12'].map(decimalsOf), [2, 1, 0]);
    assert.deepEqual([isWordTail('统', '一'), isWordTail('统', '二'), isWordTail('本', '一')], [true, false, false]);
    assert.deepEqual(fixedNameSpans('一次性告知，一批文件，第一批，两批'), [
      [0, 3],
      [6, 8],
      [12, 14],
    ]);
  });

  test('names the quantity a phrase refers to (before the figure, else after it)', () => {
    const quantityOf = (before: string, after: string) =>
      nearestNamed(before).nearest?.quantity ?? namedQuantities(after)[0]?.quantity;
    const cases: Array<[string, string, string]> = [
      ['我局共收到政府信息公开申请', '', 'R1'],
      ['共受理', '', 'R1'],
      ['上年结转', '', 'R2'],
      ['含上年度结转申请', '', 'R2'],
      ['办结', '', 'T'],
      ['答复政府信息公开申请', '', 'T'],
      ['另有', '申请按照《条例》顺延到下年度答复', 'R4'],
      ['结转下年度继续办理', '', 'R4'],
      ['予以公开及部分公开', '', 'AB'],
      ['予以公开', '', 'A'],
      ['因本机关不掌握等原因无法提供', '', 'D'],
      ['信息公开类行政复议', '', 'reconsideration'],
      ['诉讼', '', 'litigation'],
    ];
    for (const [before, after, q] of cases) assert.equal(quantityOf(before, after), q, before + after);
    assert.equal(quantityOf('发布新闻', ''), undefined);
  });
});

suite('label matching', () => {
  test('normalises width, spaces, line breaks, traditional characters and 其它', () => {
    assert.equal(normalizeLabel('第二十条 第(一)项'), normalizeLabel('第二十条第（一）项'));
    assert.equal(
      normalizeLabel('二、上年結轉政府信息公開\n申請數量'),
      normalizeLabel('二、上年结转政府信息公开申请数量'),
    );
    assert.equal(normalizeLabel('3.其它'), normalizeLabel('3.其他'));
    assert.equal(normalizeLabel('1、属于国家秘密'), normalizeLabel('1.属于国家秘密'));
  });

  test('accepts small typos, swapped words and wrong article numbers; rejects other labels', () => {
    assert.ok(labelDistance('第二十五条第(五)项', '第二十条第（五）项') < Infinity);
    assert.ok(labelDistance('决定处理数量', '处理决定数量') < Infinity);
    assert.ok(labelDistance('规范性文件', '行政规范性文件') < Infinity);
    assert.equal(labelDistance('行政检查', '行政许可'), Infinity);
    assert.equal(labelDistance('规定', '规章'), Infinity);
  });
});
