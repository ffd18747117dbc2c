import * as assert from 'node:assert/strict';
import { check } from '../../../src/core/check';
import { mutate, readFixture, REPORT_2021 } from '../helpers';

/**
 * NB405 on the years a 2021 report may and may not name: a span that starts in the report year, the
 * statistic period (its own clause, or the next after a colon), the publication and carry-over dates,
 * and a title year that differs from the front matter.
 */
suite('NB405: years in the text of a 2021 report', () => {
  const s21 = readFixture(REPORT_2021);
  const ANCHOR = '### （五）监督保障\n';
  const nb405 = (line: string, locale: 'zh-cn' | 'en' = 'zh-cn') =>
    check(s21.replace(ANCHOR, `${ANCHOR}${line}\n\n`), { locale })
      .findings.filter((f) => f.code === 'NB405')
      .map((f) => `${f.range.start.character}-${f.range.end.character} ${f.message}`);

  test('a span from the report year into the next is not an event of the next', () => {
    assert.deepEqual(nb405('2021年12月至2022年2月开展专项检查。'), []);
    assert.deepEqual(nb405('2022年1月至2022年2月开展专项检查。'), [
      '0-5 2021年度报告的正文中出现2022年的事项',
      '8-13 2021年度报告的正文中出现2022年的事项',
    ]);
    assert.deepEqual(nb405('2021年12月至次年2月开展检查，2022年3月验收。'), [
      '18-23 2021年度报告的正文中出现2022年的事项',
    ]);
    assert.deepEqual(nb405('2022年3月开展专项检查。', 'en'), [
      '0-5 The body of the 2021 report describes something in 2022',
    ]);
  });

  test('the statistic period names the report year, in its clause or the next after a colon', () => {
    assert.deepEqual(nb405('本报告统计期限为2020年1月1日至2020年12月31日。'), [
      '8-13 统计期限写了2020年，报告年度为2021年',
      '18-23 统计期限写了2020年，报告年度为2021年',
    ]);
    assert.deepEqual(nb405('统计期限：2020年1月1日至12月31日。'), ['5-10 统计期限写了2020年，报告年度为2021年']);
    assert.deepEqual(nb405('统计期限：2020年1月1日至12月31日。', 'en'), [
      '5-10 The statistic period names 2020; the report year is 2021',
    ]);
    assert.deepEqual(nb405('统计期限如下：2021年全年，2022年1月另行说明。'), [
      '15-20 2021年度报告的正文中出现2022年的事项',
    ]);
  });

  test('the next year for the report’s own publication or the carried-over answers, not two years on', () => {
    assert.deepEqual(nb405('本报告于2022年1月20日发布。'), []);
    assert.deepEqual(nb405('结转下年度继续办理的申请已于2022年1月8日答复。'), []);
    assert.deepEqual(nb405('2023年1月8日答复结转申请。'), ['0-5 2021年度报告的正文中出现2023年的事项']);
  });

  test('a title year that differs from the front matter', () => {
    const title = (locale: 'zh-cn' | 'en') =>
      check(mutate(s21, '# 临河县自然资源局2021年', '# 临河县自然资源局2020年'), { locale })
        .findings.filter((f) => f.code === 'NB405')
        .map((f) => `${f.range.start.line + 1}:${f.range.start.character}-${f.range.end.character} ${f.message}`);
    assert.deepEqual(title('zh-cn'), ['6:2-27 标题年份为2020年，前置信息 year 为2021']);
    assert.deepEqual(title('en'), ['6:2-27 The title says 2020; the front matter says year 2021']);
  });
});
