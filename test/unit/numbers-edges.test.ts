import * as assert from 'node:assert/strict';
import { findCounts, findPercents, parseChineseNumber } from '../../src/core/numbers';

suite('numbers: Chinese numerals, whole or not at all', () => {
  test('a numeral with other characters before or after it is not a numeral', () => {
    assert.equal(parseChineseNumber('十二'), 12);
    assert.equal(parseChineseNumber('共十二'), undefined);
    assert.equal(parseChineseNumber('十二件'), undefined);
    assert.equal(parseChineseNumber('第三'), undefined);
    assert.equal(parseChineseNumber('三批'), undefined);
    assert.equal(parseChineseNumber(''), undefined);
  });

  test('single digits and digit strings', () => {
    assert.deepEqual(['五', '〇', '两', '九九', '〇七'].map(parseChineseNumber), [5, 0, 2, 99, 7]);
  });
});

suite('numbers: counts in a sentence', () => {
  test('exact offsets of the number, its measure word, and the end', () => {
    assert.deepEqual(findCounts('收到申请12件，办结3件'), [
      { value: 12, start: 4, end: 7, numberEnd: 6, unit: '件' },
      { value: 3, start: 10, end: 12, numberEnd: 11, unit: '件' },
    ]);
    assert.deepEqual(findCounts('受理30余件，共 5 人次'), [
      { value: 30, start: 2, end: 6, numberEnd: 5, unit: '件' },
      { value: 5, start: 9, end: 13, numberEnd: 11, unit: '人次' },
    ]);
    assert.deepEqual(findCounts('全年1,204条'), [{ value: 1204, start: 2, end: 8, numberEnd: 7, unit: '条' }]);
  });

  test('a lone 一 counts unless it is the tail of a word right before it', () => {
    assert.deepEqual(findCounts('收到一件'), [{ value: 1, start: 2, end: 4, numberEnd: 3, unit: '件' }]);
    assert.deepEqual(findCounts('其中收到一件'), [{ value: 1, start: 4, end: 6, numberEnd: 5, unit: '件' }]);
    assert.deepEqual(findCounts('每人收到三件'), [{ value: 3, start: 4, end: 6, numberEnd: 5, unit: '件' }]);
    assert.deepEqual(findCounts('统一件'), []);
    assert.deepEqual(findCounts('逐一条'), []);
    assert.deepEqual(findCounts('任一项'), []);
  });

  test('a number glued to a decimal point or digit before it is skipped; one later in the text is not', () => {
    assert.deepEqual(findCounts('共1.5件'), []);
    assert.deepEqual(findCounts('约3.5万件'), []);
    assert.deepEqual(findCounts('收到3件，办结2'), [{ value: 3, start: 2, end: 4, numberEnd: 3, unit: '件' }]);
    assert.deepEqual(findCounts('收到3件，约2.'), [{ value: 3, start: 2, end: 4, numberEnd: 3, unit: '件' }]);
  });
});

suite('numbers: percentages', () => {
  test('whole and decimal percentages with their exact spans and decimals', () => {
    assert.deepEqual(findPercents('占50%'), [{ value: 50, decimals: 0, start: 1, end: 4 }]);
    assert.deepEqual(findPercents('占12.34%'), [{ value: 12.34, decimals: 2, start: 1, end: 7 }]);
    assert.deepEqual(findPercents('增长3.5％，下降0.25%'), [
      { value: 3.5, decimals: 1, start: 2, end: 6 },
      { value: 0.25, decimals: 2, start: 9, end: 14 },
    ]);
  });

  test('space between the figure and the sign, half- or full-width', () => {
    assert.deepEqual(findPercents('占50 %'), [{ value: 50, decimals: 0, start: 1, end: 5 }]);
    assert.deepEqual(findPercents('占8\u3000％'), [{ value: 8, decimals: 0, start: 1, end: 4 }]);
    assert.deepEqual(findPercents('50x%'), []);
  });

  test('百分之 with a Chinese numeral of several characters', () => {
    assert.deepEqual(findPercents('百分之十五'), [{ value: 15, decimals: 0, start: 0, end: 5 }]);
    assert.deepEqual(findPercents('下降百分之二十，占百分之一百'), [
      { value: 20, decimals: 0, start: 2, end: 7 },
      { value: 100, decimals: 0, start: 9, end: 14 },
    ]);
  });
});
