import * as assert from 'node:assert/strict';
import { parseChineseNumber } from '../../src/core/numbers';

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
