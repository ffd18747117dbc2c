import * as assert from 'node:assert/strict';
import { readParagraph } from '../../../src/core/sentences';
import { shownFigure } from '../helpers';

/**
 * The shapes a figure takes, phrase by phrase: years and dates, fractions, counts and amounts with their
 * magnitudes, time limits against dates and counts, telephone numbers, ranges. Each line is the figure as
 * the reading reads it (as written, kind/form, value, unit, precision, range, date, flags).
 */
suite('figure shapes, phrase by phrase', () => {
  const read = (text: string) => readParagraph(text, { year: 2023 }).figures.map((f) => shownFigure(text, f));

  test('years and dates: plausible years only, in Arabic or Chinese numerals', () => {
    assert.deepEqual(read('1899年开展'), []);
    assert.deepEqual(read('1900年开展'), ['「1900年」year/arabic 1900 年 date:1900--']);
    assert.deepEqual(read('2100年开展'), ['「2100年」year/arabic 2100 年 date:2100--']);
    assert.deepEqual(read('2101年开展'), []);
    assert.deepEqual(read('二〇二三年三月五日召开'), ['「二〇二三年三月五日」date/chinese 2023 年 date:2023-3-5']);
    assert.deepEqual(read('2023年3月召开'), ['「2023年3月」date/arabic 2023 年 date:2023-3-']);
  });

  test('fractions: 四分之一 to half a point, 六成 to ten, approximate by the words around them', () => {
    assert.deepEqual(read('约四分之一'), ['「四分之一」percentage/fraction 25 ±0.5 approximate share(n= b= q=)']);
    assert.deepEqual(read('四分之一以上'), ['「四分之一」percentage/fraction 25 ±0.5 approximate share(n= b= q=)']);
    assert.deepEqual(read('零分之一'), []);
    assert.deepEqual(read('近六成'), ['「六成」percentage/fraction 60 ±10 approximate share(n= b= q=)']);
    assert.deepEqual(read('六成左右'), ['「六成」percentage/fraction 60 ±10 approximate share(n= b= q=)']);
  });

  test('counts and amounts: magnitudes, 余 and 约, Chinese numerals only with a measure word', () => {
    assert.deepEqual(read('一百二十万元'), ['「一百二十万元」amount/chinese 120 万元']);
    assert.deepEqual(read('120万元'), ['「120万元」amount/arabic 120 万元']);
    assert.deepEqual(read('一百二十亿元'), ['「一百二十亿元」amount/chinese 120 亿元']);
    assert.deepEqual(read('3.5万人次'), ['「3.5万人次」count/arabic 35000 人次']);
    assert.deepEqual(read('1.2亿元'), ['「1.2亿元」amount/arabic 1.2 亿元']);
    assert.deepEqual(read('两万件'), ['「两万件」count/chinese 20000 件']);
    assert.deepEqual(read('两亿件'), ['「两亿件」count/chinese 200000000 件']);
    assert.deepEqual(read('十二项'), ['「十二项」count/chinese 12 项']);
    assert.deepEqual(read('十二'), []);
    assert.deepEqual(read('统一件'), []);
    assert.deepEqual(read('300余件'), ['「300余件」count/arabic 300 件 approximate']);
    assert.deepEqual(read('约300件'), ['「300件」count/arabic 300 件 approximate']);
  });

  test('days, months and hotlines: a time limit, a date, a count or a telephone number by the words around them', () => {
    assert.deepEqual(read('15日内答复'), ['「15日」timeLimit/arabic 15 日']);
    assert.deepEqual(read('延长15日'), ['「15日」timeLimit/arabic 15 日']);
    assert.deepEqual(read('15日召开'), ['「15日」date/arabic 15 日']);
    assert.deepEqual(read('3天完成'), ['「3天」count/arabic 3 天']);
    assert.deepEqual(read('3个月内'), ['「3个月」timeLimit/arabic 3 个月']);
    assert.deepEqual(read('平均3天'), ['「3天」timeLimit/arabic 3 天']);
    assert.deepEqual(read('12个工作日'), ['「12个工作日」timeLimit/arabic 12 个工作日']);
    assert.deepEqual(read('12345热线'), ['「12345」phone/arabic 12345']);
    assert.deepEqual(read('拨打12345'), ['「12345」phone/arabic 12345']);
    assert.deepEqual(read('编号123号'), ['「123」number/arabic 123']);
  });

  test("ranges: both ends of the same kind, the first taking the second's unit", () => {
    assert.deepEqual(read('4至6个工作日'), [
      '「4」timeLimit/arabic 4 个工作日 range:from',
      '「6个工作日」timeLimit/arabic 6 个工作日 range:to',
    ]);
    assert.deepEqual(read('4到6个工作日'), [
      '「4」timeLimit/arabic 4 个工作日 range:from',
      '「6个工作日」timeLimit/arabic 6 个工作日 range:to',
    ]);
    assert.deepEqual(read('4-6个工作日'), [
      '「4」timeLimit/arabic 4 个工作日 range:from',
      '「6个工作日」timeLimit/arabic 6 个工作日 range:to',
    ]);
    assert.deepEqual(read('1月1日至12月31日'), [
      '「1月1日」date/arabic 1 range:from date:-1-1',
      '「12月31日」date/arabic 12 range:to date:-12-31',
    ]);
    assert.deepEqual(read('3至5件'), ['「3」count/arabic 3 件 range:from', '「5件」count/arabic 5 件 range:to']);
    assert.deepEqual(read('3件至5人'), ['「3件」count/arabic 3 件 range:from', '「5人」count/arabic 5 人 range:to']);
    assert.deepEqual(read('2023年至2025年'), [
      '「2023年」year/arabic 2023 年 range:from date:2023--',
      '「2025年」year/arabic 2025 年 range:to date:2025--',
    ]);
    assert.deepEqual(read('2023年3月至6个工作日'), [
      '「2023年3月」date/arabic 2023 年 date:2023-3-',
      '「6个工作日」timeLimit/arabic 6 个工作日',
    ]);
  });
});
