import * as assert from 'node:assert/strict';
import { readParagraph } from '../../../src/core/sentences';
import { shownFigure } from '../helpers';

/**
 * The shapes of figures at their edges: years at the bounds, fractions and the words after them, numbers
 * glued to others or to fixed names, magnitudes of counts and money, the end of a bare number, days as
 * time limits or dates, hotlines against counts, ranges. Each figure is shown with its text and offsets.
 */
suite('figure shapes at their edges', () => {
  const read = (text: string) =>
    readParagraph(text, { year: 2023 }).figures.map(
      (f) => `${shownFigure(text, f)} @${f.start}-${f.end}-${f.unitEnd} ${f.text}`,
    );

  test('a year only from 1900 to 2100, the month and day with it', () => {
    assert.deepEqual(read('1899年'), []);
    assert.deepEqual(read('于2100年12月完成'), ['「2100年12月」date/arabic 2100 年 date:2100-12- @1-5-9 2100']);
    assert.deepEqual(read('于1900年召开'), ['「1900年」year/arabic 1900 年 date:1900-- @1-5-6 1900']);
    assert.deepEqual(read('于2101年召开'), []);
  });

  test('a fraction is approximate by a word right after it, not by one later in the sentence', () => {
    assert.deepEqual(read('占比四分之一，其余为企业。'), [
      '「四分之一」percentage/fraction 25 ±0.5 share(n= b= q=) @2-6-6 四分之一',
    ]);
    assert.deepEqual(read('占比四分之一的申请人多为企业。'), [
      '「四分之一」percentage/fraction 25 ±0.5 share(n= b= q=) @2-6-6 四分之一',
    ]);
    assert.deepEqual(read('占比四分之一多。'), [
      '「四分之一」percentage/fraction 25 ±0.5 approximate share(n= b= q=) @2-6-6 四分之一',
    ]);
    // A zero denominator is no share at all.
    assert.deepEqual(read('0分之5'), []);
  });

  test('a number starting right after a fixed name, or after a decimal point, is read as it stands', () => {
    assert.deepEqual(read('实现一网通办30项。'), ['「30项」count/arabic 30 项 @6-8-9 30']);
    assert.deepEqual(read('系统升级至3.2.1版。'), ['「3.2」number/arabic 3.2 @5-8-8 3.2']);
  });

  test('magnitudes: 万 of a Chinese count stays in its numeral; 万 before 元 goes to the unit', () => {
    assert.deepEqual(read('两万件'), ['「两万件」count/chinese 20000 件 @0-2-3 两万']);
    assert.deepEqual(read('收取费用一万二千元。'), ['「一万二千元」amount/chinese 12000 元 @4-8-9 一万二千']);
    assert.deepEqual(read('收取费用十二万元。'), ['「十二万元」amount/chinese 12 万元 @4-6-8 十二']);
    assert.deepEqual(read('财政预算1.2万亿元。'), ['「1.2万亿元」amount/arabic 12000 亿元 @4-7-10 1.2']);
    assert.deepEqual(read('访问量3万人次。'), ['「3万人次」count/arabic 30000 人次 @3-4-7 3']);
    assert.deepEqual(read('访问量3亿人次。'), ['「3亿人次」count/arabic 300000000 人次 @3-4-7 3']);
    assert.deepEqual(read('访问量25人次。'), ['「25人次」count/arabic 25 人次 @3-5-7 25']);
  });

  test('a bare number ends before the spaces after it, but keeps a spaced magnitude', () => {
    assert.deepEqual(read('全年访问量12 万，'), ['「12 万」number/arabic 120000 @5-7-9 12']);
    assert.deepEqual(read('部分公开67  ，'), ['「67」number/arabic 67 @4-6-6 67']);
  });

  test('days: within (内, 以内, 之内) or after 于/在/平均 a time limit; a day of the month otherwise', () => {
    assert.deepEqual(read('3天以内答复。'), ['「3天」timeLimit/arabic 3 天 @0-1-2 3']);
    assert.deepEqual(read('3个月之内完成。'), ['「3个月」timeLimit/arabic 3 个月 @0-1-3 3']);
    assert.deepEqual(read('15日，内部审查完成。'), ['「15日」date/arabic 15 日 @0-2-3 15']);
    assert.deepEqual(read('会议于本月15日召开。'), ['「15日」date/arabic 15 日 @5-7-8 15']);
    // 在 before a count of another measure word does not make it a time limit.
    assert.deepEqual(read('在12个街道设立查阅点。'), ['「12个」count/arabic 12 个 @1-3-4 12']);
  });

  test('a telephone number: three digits or more, without a measure word, by a hotline word', () => {
    assert.deepEqual(read('受理300件热线工单。'), ['「300件」count/arabic 300 件 @2-5-6 300']);
    assert.deepEqual(read('拨打12'), ['「12」number/arabic 12 @2-4-4 12']);
    assert.deepEqual(read('全年接听电话：123,456'), ['「123,456」number/arabic 123456 @7-14-14 123,456']);
    assert.deepEqual(read('受理电话咨询共120'), ['「120」number/arabic 120 @7-10-10 120']);
    assert.deepEqual(read('咨询电话：12345'), ['「12345」phone/arabic 12345 @5-10-10 12345']);
  });

  test('ranges: only 至 (or a dash) between the two, of one kind; a month takes no unit from a later date', () => {
    assert.deepEqual(read('去年结转的5件至今仍有2件未办结。'), [
      '「5件」count/arabic 5 件 lastYear @5-6-7 5',
      '「2件」count/arabic 2 件 lastYear @11-12-13 2',
    ]);
    assert.deepEqual(read('印发〔2023〕5号至8号文件。'), [
      '「2023」docNumber/arabic 2023 @3-7-7 2023',
      '「5」docNumber/arabic 5 @8-9-9 5',
      '「8」number/arabic 8 @11-12-12 8',
    ]);
    // An extension after a telephone number is no range, though a dash joins them.
    assert.deepEqual(read('联系电话：0571-88886666-8012。'), [
      '「0571-88886666」phone/arabic 57188886666 @5-18-18 0571-88886666',
      '「8012」number/arabic 8012 @19-23-23 8012',
    ]);
    assert.deepEqual(read('自12月至2024年2月，开展专项检查。'), [
      '「12月」date/arabic 12 range:from date:-12- @1-3-4 12',
      '「2024年2月」date/arabic 2024 年 range:to date:2024-2- @5-9-12 2024',
    ]);
    assert.deepEqual(read('答复时限为4至6个工作日。'), [
      '「4」timeLimit/arabic 4 个工作日 range:from @5-6-6 4',
      '「6个工作日」timeLimit/arabic 6 个工作日 range:to @7-8-12 6',
    ]);
  });
});
