import * as assert from 'node:assert/strict';
import { oneOf } from '../../src/core/text';

suite('oneOf: a pattern of several shapes written one per line', () => {
  test('is the alternation of its parts, in order, with the flags given', () => {
    const re = oneOf([/第\s*(\d+)\s*页/, /(\d+)\s*\/\s*\d+/], 'g');
    assert.equal(re.source, '第\\s*(\\d+)\\s*页|(\\d+)\\s*\\/\\s*\\d+');
    assert.equal(re.flags, 'g');
    assert.deepEqual(
      [...'第 3 页，4/7'.matchAll(re)].map((m) => [m[0], m[1], m[2]]),
      [
        ['第 3 页', '3', undefined],
        ['4/7', undefined, '4'],
      ],
    );
  });

  test('without flags matches once, and an anchor stays with its own alternative', () => {
    const re = oneOf([/^首页/, /索引号：/]);
    assert.equal(re.flags, '');
    assert.equal(re.test('首页 > 政务公开'), true);
    assert.equal(re.test('信息公开 索引号：001'), true);
    assert.equal(re.test('返回首页'), false);
  });
});
