import * as assert from 'node:assert/strict';
import { findCounts, findPercents, parseChineseNumber, quantityOf } from '../../src/core/numbers';
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

  test('finds counts with their measure words, in either numeral system', () => {
    const counts = findCounts('共收到申请十二件，其中予以公开7件、两件部分公开，发布信息1,024条');
    assert.deepEqual(
      counts.map((c) => [c.value, c.unit]),
      [
        [12, '件'],
        [7, '件'],
        [2, '件'],
        [1024, '条'],
      ],
    );
    assert.deepEqual(findCounts('统一件事'), []);
    assert.deepEqual(findCounts('2021年'), []);
  });

  test('finds percentages and their precision', () => {
    assert.deepEqual(
      findPercents('占53.3%，约百分之十').map((p) => [p.value, p.decimals]),
      [
        [53.3, 1],
        [10, 0],
      ],
    );
  });

  test('names the quantity a phrase refers to', () => {
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
