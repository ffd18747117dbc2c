import * as assert from 'node:assert/strict';
import {
  bestMatch,
  labelDeviation,
  labelDistance,
  nearestLabel,
  normalizeLabel,
  simplify,
  stripWhitespace,
} from '../../src/core/formats/labels';

const self = (s: string) => s;

suite('labels: normal forms', () => {
  test('stripWhitespace drops <br> in every spelling and all kinds of whitespace', () => {
    assert.equal(stripWhitespace('申请<br>数量'), '申请数量');
    assert.equal(stripWhitespace('申请<br/>数量'), '申请数量');
    assert.equal(stripWhitespace('申请<br />数量'), '申请数量');
    assert.equal(stripWhitespace('申请<BR  />数量'), '申请数量');
    assert.equal(stripWhitespace('申请<br\t>数 量\u3000\u00a0合计'), '申请数量合计');
    assert.equal(stripWhitespace('<b>申请</b>'), '<b>申请</b>');
  });

  test('normalizeLabel folds every kind of quote to one, not away', () => {
    assert.equal(normalizeLabel('“其它”情形'), '"其他"情形');
    assert.equal(normalizeLabel('「不予公开」‘甲’'), '"不予公开""甲"');
  });

  test('normalizeLabel writes a leading item number 12、 or 3, as 12. and 3. but leaves inner ones', () => {
    assert.equal(normalizeLabel('12、申请人数'), '12.申请人数');
    assert.equal(normalizeLabel('3，其他'), '3.其他');
    assert.equal(normalizeLabel('第1、2项合计'), '第1、2项合计');
    assert.equal(normalizeLabel('（一）1、本年新收'), '(一)1、本年新收');
  });

  test('simplify turns traditional characters into simplified ones and leaves simplified text as it is', () => {
    assert.equal(simplify('資訊公開'), '资讯公开');
    assert.equal(simplify('信息公开'), '信息公开');
    assert.equal(simplify(''), '');
  });
});

suite('labels: distance to the official text', () => {
  test('two labels that are both empty after normalising are the same (0), not unmatched', () => {
    assert.equal(labelDistance('  ', ''), 0);
    assert.equal(labelDistance('\u3000', '<br>'), 0);
    assert.equal(labelDistance('', '申请'), Infinity);
  });

  test('a long label (15 characters) may differ in three places', () => {
    assert.equal(labelDistance('政府讯息公示行政复议诉讼情形表', '政府信息公开行政复议诉讼情况表'), 3);
    assert.equal(labelDistance('政府讯息公示行政复议诉说情形表', '政府信息公开行政复议诉讼情况表'), Infinity);
  });

  test('words swapped count as the edits allowed plus one half, from four characters up', () => {
    assert.equal(labelDistance('决定处理', '处理决定'), 1.5);
    assert.equal(labelDistance('决定处理数量', '处理决定数量'), 1.5);
    // Three characters: no swap is allowed, nor any edit.
    assert.equal(labelDistance('人申请', '申请人'), Infinity);
    // Other characters entirely: no match.
    assert.equal(labelDistance('甲乙丙丁', '戊己庚辛'), Infinity);
  });
});

suite('labels: how a label deviates, and which candidate is nearest', () => {
  test('half-width punctuation alone is a width deviation without whitespace', () => {
    assert.deepEqual(labelDeviation('其他(含补正)', '其他（含补正）'), {
      kind: 'cosmetic',
      whitespace: false,
      width: true,
    });
    assert.deepEqual(labelDeviation('其他 (含补正)', '其他（含补正）'), {
      kind: 'cosmetic',
      whitespace: true,
      width: true,
    });
    assert.deepEqual(labelDeviation('其他 （含补正）', '其他（含补正）'), {
      kind: 'cosmetic',
      whitespace: true,
      width: false,
    });
  });

  test('no candidate near enough: no best and no tie', () => {
    assert.deepEqual(nearestLabel('甲乙丙丁', ['戊己庚辛'], self), { best: undefined, tie: false });
    assert.deepEqual(nearestLabel('甲乙丙丁', ['戊己庚辛', '子丑寅卯'], self), { best: undefined, tie: false });
    assert.deepEqual(nearestLabel('甲乙丙丁', [], self), { best: undefined, tie: false });
  });

  test('a nearer candidate is no tie with a farther one, whichever comes first', () => {
    assert.deepEqual(nearestLabel('甲乙丙丁', ['甲乙丙丁', '甲乙丙戊'], self), { best: '甲乙丙丁', tie: false });
    assert.deepEqual(nearestLabel('甲乙丙丁', ['甲乙丙戊', '甲乙丙丁'], self), { best: '甲乙丙丁', tie: false });
    assert.deepEqual(nearestLabel('甲乙丙丁', ['甲乙丙戊', '戊己庚辛'], self), { best: '甲乙丙戊', tie: false });
  });

  test('two candidates equally near are a tie, and bestMatch then guesses neither', () => {
    assert.deepEqual(nearestLabel('甲乙丙丁', ['甲乙丙戊', '甲乙丙己'], self), { best: '甲乙丙戊', tie: true });
    assert.equal(bestMatch('甲乙丙丁', ['甲乙丙戊', '甲乙丙己'], self), undefined);
    assert.equal(bestMatch('甲乙丙丁', ['甲乙丙戊', '戊己庚辛'], self), '甲乙丙戊');
    // A tie between two near ones is overtaken by a nearer one that comes later.
    assert.deepEqual(nearestLabel('甲乙丙丁', ['甲乙丙戊', '甲乙丙己', '甲乙丙丁'], self), {
      best: '甲乙丙丁',
      tie: false,
    });
  });
});
