import * as assert from 'node:assert/strict';
import { readParagraph } from '../../../src/core/sentences';
import { shownFigure } from '../helpers';

/**
 * Which table quantity each count of a sentence counts, at the edges of the binding: 分别, a count that is a
 * part of an earlier one, categories joined by 、, measure words, subsets and subunits, bare numbers, verbs
 * joined by 并, the items of a list whose total counts nothing. Each figure is shown with its offset.
 */
suite('binding of counts at its edges', () => {
  const read = (text: string, topic?: 'applications') =>
    readParagraph(text, { year: 2023, topic }).figures.map((f) => `${shownFigure(text, f)} @${f.start}`);

  test('分别 before categories that each carry their count: every count is read by its own words', () => {
    assert.deepEqual(read('对上述申请均依法作出答复，分别予以公开13件、部分公开5件、不予公开2件。'), [
      '「13件」count/arabic 13 件 counts:A @19',
      '「5件」count/arabic 5 件 counts:B @27',
      '「2件」count/arabic 2 件 counts:C @34',
    ]);
    assert.deepEqual(read('在答复的20件申请中，分别予以全部公开11件、无法提供6件。'), [
      '「20件」count/arabic 20 件 counts:T @4',
      '「11件」count/arabic 11 件 counts:A @19',
      '「6件」count/arabic 6 件 counts:D @27',
    ]);
  });

  test('分别 after the subjects: the counts are parts, and one category before 分别 binds nothing', () => {
    assert.deepEqual(read('市局和区局分别收到申请20件、5件。'), [
      '「20件」count/arabic 20 件 @11',
      '「5件」count/arabic 5 件 @15',
    ]);
    assert.deepEqual(read('市局和区局分别予以公开13件、5件。'), [
      '「13件」count/arabic 13 件 @11',
      '「5件」count/arabic 5 件 @15',
    ]);
    assert.deepEqual(read('其中予以公开的分别为13件。', 'applications'), ['「13件」count/arabic 13 件 @10']);
    assert.deepEqual(read('予以公开、部分公开的分别为13件、5件，不予公开2件，无法提供1件。'), [
      '「13件」count/arabic 13 件 counts:A @13',
      '「5件」count/arabic 5 件 counts:B @17',
      '「2件」count/arabic 2 件 counts:C @24',
      '「1件」count/arabic 1 件 counts:D @31',
    ]);
  });

  test('a count after an earlier one of its measure word, or after an article, is a part: not bound', () => {
    // 5件 starts its clause: the 4 handled are of those 5, not the year's handled (nor the 5 carried over).
    assert.deepEqual(read('全年收到申请25件，5件上年结转申请已办结4件。'), [
      '「25件」count/arabic 25 件 counts:R1 @6',
      '「5件」count/arabic 5 件 counts:R2 @10',
      '「4件」count/arabic 4 件 @21',
    ]);
    assert.deepEqual(read('依据《条例》第三十六条第三项答复13件。', 'applications'), [
      '「第三十六条」article/chinese 36 条 @6',
      '「第三项」article/chinese 3 项 @11',
      '「13件」count/arabic 13 件 @16',
    ]);
  });

  test('a count over a span of years counts none of the report year, unless its clause returns to that year', () => {
    assert.deepEqual(read('2022至2023年共受理申请60件。'), [
      '「2022」year/arabic 2022 年 range:from date:2022-- @0',
      '「2023年」year/arabic 2023 年 range:to date:2023-- @5',
      '「60件」count/arabic 60 件 @15',
    ]);
    assert.deepEqual(read('2021至2023年，本机关共收到申请150件；本年度收到申请60件。'), [
      '「2021」year/arabic 2021 年 range:from date:2021-- @0',
      '「2023年」year/arabic 2023 年 range:to date:2023-- @5',
      '「150件」count/arabic 150 件 @19',
      '「60件」count/arabic 60 件 counts:R1|R1R2 @31',
    ]);
    // A span inside a quoted title is the title's, and a span of months is within the year.
    assert.deepEqual(read('按照《政务公开工作规划（2021－2023年）》要求，本年度受理申请25件。'), [
      '「2021」year/arabic 2021 年 range:from date:2021-- quoted @12',
      '「2023年」year/arabic 2023 年 range:to date:2023-- quoted @17',
      '「25件」count/arabic 25 件 counts:R1|R1R2 @34',
    ]);
    assert.deepEqual(read('按照《政务公开工作规划（2021－2023年）》要求，受理申请25件。'), [
      '「2021」year/arabic 2021 年 range:from date:2021-- quoted @12',
      '「2023年」year/arabic 2023 年 range:to date:2023-- quoted @17',
      '「25件」count/arabic 25 件 counts:R1|R1R2 @31',
    ]);
    assert.deepEqual(read('2023年1月至12月共受理申请25件。'), [
      '「2023年1月」date/arabic 2023 年 range:from date:2023-1- @0',
      '「12月」date/arabic 12 range:to date:-12- @8',
      '「25件」count/arabic 25 件 counts:R1|R1R2 @16',
    ]);
    assert.deepEqual(read('2023年1月至12月，共受理申请25件。'), [
      '「2023年1月」date/arabic 2023 年 range:from date:2023-1- @0',
      '「12月」date/arabic 12 range:to date:-12- @8',
      '「25件」count/arabic 25 件 counts:R1|R1R2 @17',
    ]);
  });

  test('two categories joined by 、 count together only as 予以公开和部分公开 or 复议和诉讼', () => {
    assert.deepEqual(read('全年收到申请25件，予以公开、部分公开17件。'), [
      '「25件」count/arabic 25 件 counts:R1|R1R2 @6',
      '「17件」count/arabic 17 件 counts:AB @19',
    ]);
    assert.deepEqual(read('部分公开、予以公开共9件。'), ['「9件」count/arabic 9 件 counts:AB @10']);
    assert.deepEqual(read('行政诉讼、行政复议共3件。'), ['「3件」count/arabic 3 件 counts:reviewAll @10']);
    assert.deepEqual(read('行政复议、行政诉讼共3件。'), ['「3件」count/arabic 3 件 counts:reviewAll @10']);
    for (const text of ['予以公开、不予公开共9件。', '部分公开、不予公开共9件。', '不予公开、予以公开共9件。'])
      assert.deepEqual(read(text), ['「9件」count/arabic 9 件 @10'], text);
    assert.deepEqual(read('不予公开、无法提供共5件。'), ['「5件」count/arabic 5 件 @10']);
  });

  test('joined by 、 but each counted (各), or the category before has its own count: no sum', () => {
    assert.deepEqual(read('予以公开、部分公开各5件。'), ['「5件」count/arabic 5 件 @10']);
    // 各 and 均 in another sentence of the paragraph do not stop the sum of this one.
    assert.deepEqual(read('各类申请均按时答复。予以公开、部分公开17件。'), [
      '「17件」count/arabic 17 件 counts:AB @19',
    ]);
    assert.deepEqual(read('已答复的25件申请中，13件予以公开、5件部分公开、7件不予公开。'), [
      '「25件」count/arabic 25 件 counts:T @4',
      '「13件」count/arabic 13 件 counts:A @11',
      '「5件」count/arabic 5 件 counts:B @19',
      '「7件」count/arabic 7 件 counts:C @26',
    ]);
  });

  test('起 and 例 are not measure words of applications: such counts in a sentence about them stay unbound', () => {
    assert.deepEqual(read('全年受理政府信息公开申请25件，办结行政执法案件3起。'), [
      '「25件」count/arabic 25 件 counts:R1|R1R2 @12',
      '「3起」count/arabic 3 起 @24',
    ]);
    assert.deepEqual(read('全年受理政府信息公开申请25件，办结医疗纠纷调解3例。'), [
      '「25件」count/arabic 25 件 counts:R1|R1R2 @12',
      '「3例」count/arabic 3 例 @24',
    ]);
  });

  test('a category followed by a subset (网上申请) or led by a subunit (本级) names a part', () => {
    assert.deepEqual(read('本年度不予公开的网上申请2件。'), ['「2件」count/arabic 2 件 @12']);
    assert.deepEqual(read('区政府本级收到申请共12件。'), ['「12件」count/arabic 12 件 @10']);
    assert.deepEqual(read('全年收到申请25件，其中12件网上申请予以公开。'), [
      '「25件」count/arabic 25 件 counts:R1|R1R2 @6',
      '「12件」count/arabic 12 件 @12',
    ]);
    assert.deepEqual(read('本年度有12件网上申请予以公开。'), ['「12件」count/arabic 12 件 @4']);
    assert.deepEqual(read('全年收到申请25件，12件予以公开。'), [
      '「25件」count/arabic 25 件 counts:R1|R1R2 @6',
      '「12件」count/arabic 12 件 counts:A @10',
    ]);
  });

  test('信息公开类 and 政府信息公开类 before the verb name all applications, not a kind of them', () => {
    assert.deepEqual(read('全年信息公开类申请共受理25件。'), ['「25件」count/arabic 25 件 counts:R1|R1R2 @12']);
    assert.deepEqual(read('全年政府信息公开类申请共受理25件。'), ['「25件」count/arabic 25 件 counts:R1|R1R2 @14']);
  });

  test('a bare number binds only when its label touches it', () => {
    assert.deepEqual(read('部分公开67。', 'applications'), ['「67」number/arabic 67 counts:B @4']);
    assert.deepEqual(read('部分公开为 67。', 'applications'), ['「67」number/arabic 67 counts:B @6']);
    assert.deepEqual(read('其中予以公开数量13。', 'applications'), ['「13」number/arabic 13 @8']);
    assert.deepEqual(read('予以公开 总数 13。', 'applications'), ['「13」number/arabic 13 @8']);
  });

  test('verbs joined by 并 give a second reading; a carry-over before a verb names the count alone', () => {
    assert.deepEqual(read('本年度受理并办结申请15件。'), ['「15件」count/arabic 15 件 counts:T|R1 @10']);
    assert.deepEqual(read('本年度收到申请后即办结15件。'), ['「15件」count/arabic 15 件 counts:T @11']);
    assert.deepEqual(read('上年结转并办结的申请2件。'), ['「2件」count/arabic 2 件 counts:R2 @10']);
  });

  test('a reason that names one item of a category gives the item', () => {
    assert.deepEqual(read('因涉及个人隐私不予公开3件。', 'applications'), [
      '「3件」count/arabic 3 件 counts:C item:C4 @11',
    ]);
    assert.deepEqual(read('因本机关不掌握相关信息无法提供22件。', 'applications'), [
      '「22件」count/arabic 22 件 counts:D item:D1 @15',
    ]);
  });

  test('the items of a list whose total counts nothing stay unbound, even when they name a column', () => {
    assert.deepEqual(read('涉及征地拆迁的申请12件，其中自然人提出10件。'), [
      '「12件」count/arabic 12 件 @9',
      '「10件」count/arabic 10 件 @20',
    ]);
    assert.deepEqual(read('全年收到申请25件，其中自然人提出20件。'), [
      '「25件」count/arabic 25 件 counts:R1|R1R2 @6',
      '「20件」count/arabic 20 件 counts:R1 column:natural @17',
    ]);
  });
});
