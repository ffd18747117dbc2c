import * as assert from 'node:assert/strict';
import { readParagraph } from '../../../src/core/sentences';
import { shownFigure } from '../helpers';

/**
 * What keeps a figure from being compared with this year's tables, phrase by phrase (a 2023 report):
 * plans, last year's figures (and 上年结转, which is this year's carried-over count), changes.
 */
suite('plans, last year and changes, phrase by phrase', () => {
  const read = (text: string) =>
    readParagraph(text, { year: 2023, topic: 'applications' }).figures.map((f) => shownFigure(text, f));

  test('plans: from the marker, or from a clause that only says when, to the end of the sentence', () => {
    assert.deepEqual(read('2024年，将继续开展培训3次。'), [
      '「2024年」year/arabic 2024 年 date:2024-- plan',
      '「3次」count/arabic 3 次 plan',
    ]);
    assert.deepEqual(read('下一步，计划开展培训3次。'), ['「3次」count/arabic 3 次 plan']);
    assert.deepEqual(read('本年度开展培训3次，明年计划开展5次。'), [
      '「3次」count/arabic 3 次',
      '「5次」count/arabic 5 次 plan',
    ]);
    assert.deepEqual(read('力争到2025年实现全覆盖，2024年完成培训3次。'), [
      '「2025年」year/arabic 2025 年 date:2025-- plan',
      '「2024年」year/arabic 2024 年 date:2024-- plan',
      '「3次」count/arabic 3 次 plan',
    ]);
    assert.deepEqual(read('2024年度政务公开工作要点印发后，开展培训3次。'), [
      '「2024年」year/arabic 2024 年 date:2024-- plan',
      '「3次」count/arabic 3 次',
    ]);
  });

  test('last year: named, framed by a clause until the report year returns, or the year before by number; not 上年结转', () => {
    assert.deepEqual(read('上年度报告中，收到申请40件，办结38件；本年度收到48件。'), [
      '「40件」count/arabic 40 件 lastYear',
      '「38件」count/arabic 38 件 lastYear',
      '「48件」count/arabic 48 件 counts:R1|R1R2',
    ]);
    assert.deepEqual(read('上年度报告中，收到申请40件，全年收到48件。'), [
      '「40件」count/arabic 40 件 lastYear',
      '「48件」count/arabic 48 件 counts:R1|R1R2',
    ]);
    assert.deepEqual(read('2022年，收到申请40件，本年收到48件。'), [
      '「2022年」year/arabic 2022 年 date:2022--',
      '「40件」count/arabic 40 件 lastYear',
      '「48件」count/arabic 48 件 counts:R1|R1R2',
    ]);
    assert.deepEqual(read('2022年收到申请40件。'), [
      '「2022年」year/arabic 2022 年 date:2022--',
      '「40件」count/arabic 40 件 lastYear',
    ]);
    assert.deepEqual(read('去年收到申请40件。'), ['「40件」count/arabic 40 件 lastYear']);
    assert.deepEqual(read('上年结转申请5件。'), ['「5件」count/arabic 5 件 counts:R2']);
    assert.deepEqual(read('结转上一年度申请5件。'), ['「5件」count/arabic 5 件 counts:R2']);
    assert.deepEqual(read('2022年结转的申请5件。'), [
      '「2022年」year/arabic 2022 年 date:2022--',
      '「5件」count/arabic 5 件 counts:R2',
    ]);
  });

  test('changes: a difference against last year, a percentage point', () => {
    assert.deepEqual(read('较上年增加5件，同比下降2个百分点。'), [
      '「5件」count/arabic 5 件 lastYear change',
      '「2个百分点」percentage/arabic 2 个百分点 ±1 change share(comparison n= b= q=)',
    ]);
  });
});
