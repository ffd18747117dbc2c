import * as assert from 'node:assert/strict';
import { readParagraph } from '../../../src/core/sentences';
import { shownFigure } from '../helpers';

/**
 * Plans, last year's figures and changes at their edges (a 2023 report): the first plan marker of a sentence,
 * 结转上年度 against 上年度, a year written with a space or before 在, a framing clause and the clause that
 * returns to the report year, a percentage point as a change. Each figure is shown with its offset.
 */
suite('plans, last year and changes at their edges', () => {
  const read = (text: string) =>
    readParagraph(text, { year: 2023, topic: 'applications' }).figures.map(
      (f) => `${shownFigure(text, f)} @${f.start}`,
    );

  test('a plan starts at the first marker of the sentence, whichever word marks it', () => {
    // 拟 (at the start) and 明年 (in the second clause): the plan runs from 拟.
    assert.deepEqual(read('拟开展专题培训2次，明年再组织评估3次。'), [
      '「2次」count/arabic 2 次 plan @7',
      '「3次」count/arabic 3 次 plan @17',
    ]);
    assert.deepEqual(read('本年度开展培训4次，明年拟组织评估3次。'), [
      '「4次」count/arabic 4 次 @7',
      '「3次」count/arabic 3 次 plan @17',
    ]);
  });

  test('结转上年度 and 上年结转 name the carried-over count, not last year', () => {
    assert.deepEqual(read('本年度办结结转上年度申请3件。'), ['「3件」count/arabic 3 件 counts:R2 @12']);
    assert.deepEqual(read('本年度办结结转上一年度申请3件。'), ['「3件」count/arabic 3 件 counts:R2 @13']);
    assert.deepEqual(read('本年度办结上年结转申请3件。'), ['「3件」count/arabic 3 件 counts:R2 @11']);
    // 去年 in the clause makes the count a change against last year, not last year's count.
    assert.deepEqual(read('上年结转申请较去年减少2件。'), ['「2件」count/arabic 2 件 change @11']);
  });

  test('the year before by number, with or without a space before 年, but not in a span of years', () => {
    assert.deepEqual(read('2022 年受理申请40件。'), [
      '「2022 年」year/arabic 2022 年 date:2022-- @0',
      '「40件」count/arabic 40 件 lastYear @10',
    ]);
    assert.deepEqual(read('2022年受理申请40件。'), [
      '「2022年」year/arabic 2022 年 date:2022-- @0',
      '「40件」count/arabic 40 件 lastYear @9',
    ]);
    // A span of years ending in the report year is not last year's (nor the report year's: see the binding).
    assert.deepEqual(read('2022至2023年共受理申请60件。'), [
      '「2022」year/arabic 2022 年 range:from date:2022-- @0',
      '「2023年」year/arabic 2023 年 range:to date:2023-- @5',
      '「60件」count/arabic 60 件 @15',
    ]);
  });

  test('a clause of the year before frames what follows, also after 在 or 于; 自2022年 does not', () => {
    assert.deepEqual(read('在2022年，收到申请40件。'), [
      '「2022年」year/arabic 2022 年 date:2022-- @1',
      '「40件」count/arabic 40 件 lastYear @11',
    ]);
    assert.deepEqual(read('于2022 年，收到申请40件。'), [
      '「2022 年」year/arabic 2022 年 date:2022-- @1',
      '「40件」count/arabic 40 件 lastYear @12',
    ]);
    assert.deepEqual(read('自2022年，收到申请40件。'), [
      '「2022年」year/arabic 2022 年 date:2022-- @1',
      '「40件」count/arabic 40 件 counts:R1|R1R2 @11',
    ]);
    assert.deepEqual(read('在2023年，收到申请40件。'), [
      '「2023年」year/arabic 2023 年 date:2023-- @1',
      '「40件」count/arabic 40 件 counts:R1|R1R2 @11',
    ]);
  });

  test('a frame after a clause of the report year, and a frame that says 全年 itself, still frames', () => {
    assert.deepEqual(read('本年度收到申请48件，去年全年，收到申请40件。'), [
      '「48件」count/arabic 48 件 counts:R1|R1R2 @7',
      '「40件」count/arabic 40 件 lastYear @20',
    ]);
  });

  test('the frame ends where a clause returns to the report year, from its first character', () => {
    assert.deepEqual(read('上年度报告中，收到申请40件，48件为本年度受理。'), [
      '「40件」count/arabic 40 件 lastYear @11',
      '「48件」count/arabic 48 件 @15',
    ]);
  });

  test('the flags are booleans: false when nothing frames or names last year', () => {
    const [f] = readParagraph('本年度收到申请48件。', { year: 2023 }).figures;
    assert.deepEqual(
      [f.lastYear, f.plan, f.change, f.carryOver, f.asOf, f.quoted],
      [false, false, false, false, false, false],
    );
    const [g] = readParagraph('上年度报告中，收到申请40件。', { year: 2023 }).figures;
    assert.strictEqual(g.lastYear, true);
  });

  test('a percentage point is a change even without a verb of change before it', () => {
    assert.deepEqual(read('网上申请占比比上年高出5个百分点。'), [
      '「5个百分点」percentage/arabic 5 个百分点 ±1 lastYear change share(comparison n= b= q=) @11',
    ]);
    assert.deepEqual(read('网上申请占比高出全市平均水平5个百分点。'), [
      '「5个百分点」percentage/arabic 5 个百分点 ±1 change share(comparison n= b= q=) @14',
    ]);
    assert.deepEqual(read('网上申请占比为52%。'), ['「52%」percentage/arabic 52 % ±1 share(n= b= q=) @7']);
  });
});
