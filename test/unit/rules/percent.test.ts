import * as assert from 'node:assert/strict';
import { check } from '../../../src/core/check';
import { readFixture, REPORT_2021 } from '../helpers';

/**
 * NB403 (a percentage no written base reproduces), shape by shape: which bases a percentage may take
 * (its sentence, the paragraph before in the same section, the table totals it names, last year's figure
 * for a change), which it may not (a plan, a change, last year's count, a base smaller than the part),
 * and the message, which shows the nearest computation at the precision written.
 */
suite('NB403: percentages and their bases', () => {
  const s21 = readFixture(REPORT_2021);
  const ANCHOR = '### （五）监督保障\n';
  /** NB403 findings as `line:start-end message` (1-based line) after the paragraphs are put under （五）. */
  const nb403 = (paragraphs: string, locale: 'zh-cn' | 'en' = 'zh-cn') =>
    check(s21.replace(ANCHOR, `${ANCHOR}${paragraphs}\n\n`), { locale })
      .findings.filter((f) => f.code === 'NB403')
      .map((f) => `${f.range.start.line + 1}:${f.range.start.character}-${f.range.end.character} ${f.message}`);

  test('a share of a count in the same sentence', () => {
    assert.deepEqual(nb403('全年办结51件，其中予以公开13件，占27.5%。'), [
      '34:19-24 27.5%与所写数字不符：13÷51＝25.5%',
    ]);
    assert.deepEqual(nb403('全年办结51件，其中予以公开13件，占27.5%。', 'en'), [
      '34:19-24 27.5% does not follow from the counts: 13÷51 = 25.5%',
    ]);
  });

  test('within the precision written: 25.4% and 25.5% pass for 13÷51 = 25.49…, 25.6% does not', () => {
    assert.deepEqual(nb403('全年办结51件，其中予以公开13件，占25.4%。'), []);
    assert.deepEqual(nb403('全年办结51件，其中予以公开13件，占25.5%。'), []);
    assert.deepEqual(nb403('全年办结51件，其中予以公开13件，占25.6%。'), [
      '34:19-24 25.6%与所写数字不符：13÷51＝25.5%',
    ]);
  });

  test('the message shows as many decimals as were written, and at least one', () => {
    assert.deepEqual(nb403('全年办结51件，其中予以公开13件，占27.55%。'), [
      '34:19-25 27.55%与所写数字不符：13÷51＝25.49%',
    ]);
    assert.deepEqual(nb403('全年办结51件，其中予以公开13件，占27%。'), ['34:19-22 27%与所写数字不符：13÷51＝25.5%']);
  });

  test('a fraction in words', () => {
    assert.deepEqual(nb403('办结的51件中，无法提供22件，占六成。'), ['34:17-19 六成与所写数字不符：22÷51＝43.1%']);
  });

  test('of several bases, the message shows the nearest; any base that fits clears the percentage', () => {
    assert.deepEqual(nb403('全年收到60件，办结51件，其中予以公开13件，占23.4%。'), [
      '34:25-30 23.4%与所写数字不符：13÷60＝21.7%',
    ]);
    assert.deepEqual(nb403('全年收到60件，办结51件，其中予以公开13件，占21.7%。'), []);
    assert.deepEqual(nb403('全年收到60件，办结51件，其中予以公开13件，占25.5%。'), []);
  });

  test('a base smaller than the part is no base (13÷8 = 162.5% is not taken)', () => {
    assert.deepEqual(nb403('全年收到申请8件，办结20件，予以公开13件，占162.5%。'), [
      '34:24-30 162.5%与所写数字不符：13÷20＝65.0%',
    ]);
    assert.deepEqual(nb403('全年收到申请8件，办结20件，予以公开13件，占65%。'), []);
  });

  test('a table total the sentence names (办结总数: 25 in the table)', () => {
    assert.deepEqual(nb403('予以公开13件，占办结总数的60%。'), ['34:14-17 60%与所写数字不符：13÷25＝52.0%']);
    assert.deepEqual(nb403('予以公开13件，占办结总数的52%。'), []);
  });

  test('a change against last year: the difference over last year’s figure, up or down', () => {
    assert.deepEqual(nb403('本年度收到申请48件，较上年的40件增长25%。'), [
      '34:20-23 25%与所写数字不符：(48−40)÷40＝20.0%',
    ]);
    assert.deepEqual(nb403('本年度收到申请32件，较上年的40件下降25%。'), [
      '34:20-23 25%与所写数字不符：(40−32)÷40＝20.0%',
    ]);
    assert.deepEqual(nb403('本年度收到申请32件，较上年的40件下降20%。'), []);
    assert.deepEqual(nb403('本年度收到申请较上年的40件增加8件，增长30%。'), [
      '34:21-24 30%与所写数字不符：8÷40＝20.0%',
    ]);
    assert.deepEqual(nb403('本年度收到申请较上年的40件增加8件，增长20%。'), []);
  });

  test('the last sentence of the paragraph before, in the same section, gives a base', () => {
    assert.deepEqual(nb403('全年办结51件。\n\n其中予以公开13件，占27.5%。'), [
      '36:11-16 27.5%与所写数字不符：13÷51＝25.5%',
    ]);
    assert.deepEqual(nb403('全年办结51件。\n\n其中予以公开13件，占25.5%。'), []);
  });

  test('but not its plans, changes or last year’s counts, and not for a change against last year', () => {
    assert.deepEqual(nb403('全年计划办结20件。\n\n其中予以公开13件，占65%。'), []);
    assert.deepEqual(nb403('全年办结51件，同比增加20件。\n\n其中予以公开13件，占65%。'), [
      '36:11-14 65%与所写数字不符：13÷51＝25.5%',
    ]);
    assert.deepEqual(nb403('全年办结51件，上年办结20件。\n\n其中予以公开13件，占65%。'), [
      '36:11-14 65%与所写数字不符：13÷51＝25.5%',
    ]);
    assert.deepEqual(nb403('全年办结51件。\n\n本年度收到申请48件，较上年增长20%。'), []);
  });

  test('not across a section: the paragraph before in another section gives nothing', () => {
    const text = s21.replace(
      '## 二、主动公开政府信息情况\n',
      '全年办结51件。\n\n## 二、主动公开政府信息情况\n\n其中予以公开13件，占27.5%。\n',
    );
    assert.deepEqual(
      check(text).findings.filter((f) => f.code === 'NB403'),
      [],
    );
  });
});
