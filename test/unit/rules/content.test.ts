import * as assert from 'node:assert/strict';
import { check } from '../../../src/core/check';
import { parseReport } from '../../../src/core/parse';
import { copiedShare, narrative, similarity } from '../../../src/core/rules/content';
import { mutate, readFixture, REPORT_2021 } from '../helpers';

/**
 * The content rules where a wording decides: last year named by its number (NB502), 行政事业性收费 not
 * being the fee (NB501), a section of page debris being empty (NB503), each fault of the signature
 * (NB504); and NB505's measures: the narrative with its figures masked, the similarity of two texts.
 */
suite('content rules: wordings, signatures and the measure of copying', () => {
  const s21 = readFixture(REPORT_2021);
  const FIVE = s21.slice(s21.indexOf('## 五、'), s21.indexOf('## 六、'));
  const SIX = s21.slice(s21.indexOf('## 六、'), s21.indexOf('临河县自然资源局\n2022'));
  const SIGNATURE = '临河县自然资源局\n2022年1月18日';
  const found = (text: string, code: string) =>
    check(text)
      .findings.filter((f) => f.code === code)
      .map(
        (f) =>
          `${f.range.start.line + 1}:${f.range.start.character}-${f.range.end.character} ${f.message}` +
          f.related.map((r) => ` (${r.range.start.line + 1}: ${r.message})`).join(''),
      );

  test('NB502: last year named by its number counts, another year does not', () => {
    const five = (body: string) => s21.replace(FIVE, `## 五、存在的主要问题及改进情况\n\n${body}\n\n`);
    assert.deepEqual(found(five('针对2020年报告指出的问题，逐项完成整改。'), 'NB502'), []);
    assert.deepEqual(found(five('针对上年度报告指出的不足，逐项改进。'), 'NB502'), []);
    assert.deepEqual(found(five('针对2019年报告指出的问题，逐项完成整改。'), 'NB502'), [
      '100:3-17 第五部分未说明上年度报告所提问题的改进情况',
    ]);
  });

  test('NB501: 行政事业性收费 is not a statement on the fee', () => {
    const fee = '（一）收取信息处理费情况。本年度未发出收费通知，未收取政府信息公开信息处理费。';
    assert.deepEqual(found(mutate(s21, fee, '（一）本年度行政事业性收费项目已公开。'), 'NB501'), [
      '108:3-14 第六部分未说明收取信息处理费的情况（未收取也应写明）',
    ]);
    assert.deepEqual(found(mutate(s21, fee, '（一）本年度未收取任何费用。'), 'NB501'), []);
  });

  test('NB503: a section holding only page debris is empty', () => {
    const text = s21.replace(SIX, '## 六、其他需要报告的事项\n\n【打印本页】【关闭窗口】\n\n');
    assert.deepEqual(found(text, 'NB503'), [
      '108:3-14 「六、其他需要报告的事项」没有内容；没有需要报告的事项也应写明「无」',
    ]);
    const withProse = s21.replace(SIX, '## 六、其他需要报告的事项\n\n【打印本页】\n本年度未收取信息处理费。\n\n');
    assert.deepEqual(found(withProse, 'NB503'), []);
  });

  test('NB502 without a report year: the tables’ format decides', () => {
    const five = '## 五、存在的主要问题及改进情况\n\n本单位存在培训不足的问题。\n\n';
    const noYear = (text: string, title: string) =>
      mutate(mutate(text, title, title.replace(/\d{4}年/, '')), 'year: ', 'note: ').replace(
        text.slice(text.indexOf('## 五、'), text.indexOf('## 六、')),
        five,
      );
    assert.deepEqual(found(noYear(s21, '# 临河县自然资源局2021年'), 'NB502'), [
      '100:3-17 第五部分未说明上年度报告所提问题的改进情况',
    ]);
    const s20 = readFixture('reports/linhe-2020.md');
    assert.deepEqual(found(noYear(s20, '# 临河县自然资源局2020年'), 'NB502'), []);
  });

  test('NB504: each fault of the signature, at its place', () => {
    assert.deepEqual(found(mutate(s21, SIGNATURE, '2022年1月18日'), 'NB504'), ['116:0-10 文末缺少落款单位']);
    assert.deepEqual(found(mutate(s21, SIGNATURE, '临河县自然资源局'), 'NB504'), ['116:0-8 落款下缺少成文日期']);
    assert.deepEqual(found(mutate(s21, SIGNATURE, '临河县自然资源局\n2021年12月30日'), 'NB504'), [
      '117:0-11 成文日期为2021年，2021年度报告应在2022年发布',
    ]);
    assert.deepEqual(found(mutate(s21, SIGNATURE, '临河县国土资源局\n2022年1月18日'), 'NB504'), [
      '116:0-8 落款单位「临河县国土资源局」与前置信息中的单位「临河县自然资源局」不一致 (1: 前置信息)',
    ]);
    const noAgency = mutate(
      mutate(s21, SIGNATURE, '临河县国土资源局\n2022年1月18日'),
      'agency: 临河县自然资源局\n',
      '',
    );
    assert.deepEqual(found(noAgency, 'NB504'), [
      '115:0-8 落款单位「临河县国土资源局」与标题中的单位「临河县自然资源局」不一致 (5: 标题)',
    ]);
    assert.deepEqual(found(mutate(s21, SIGNATURE, '临河县 自然资源局\n2022年1月18日'), 'NB504'), [], 'blanks aside');
  });

  test('the narrative NB505 compares: figures and counted numerals masked, blanks gone', () => {
    const text = s21.replace(
      SIX,
      '## 六、其他需要报告的事项\n\n全年发布信息1,234条，增长12.5%，召开会议三次，三是加强 培训，两年来。\n\n',
    );
    assert.equal(narrative(parseReport(text), '六'), '全年发布信息#,#条，增长#%，召开会议#次，三是加强培训，#年来。');
    assert.equal(narrative(parseReport(s21.slice(0, s21.indexOf('## 六、'))), '六'), '');
    const two = s21.replace(SIX, '## 六、其他需要报告的事项\n\n增长12.55%。\n\n召开会议三十次。\n\n');
    assert.equal(narrative(parseReport(two), '六'), '增长#%。召开会议#次。');
  });

  test('similarity: edit distance up to 6,000 characters, shared pairs of characters beyond', () => {
    assert.equal(similarity('', 'abc'), 0);
    assert.equal(similarity('abc', ''), 0);
    assert.equal(similarity('abcd', 'abce'), 0.75);
    assert.equal(similarity('abcd', 'abcd'), 1);
    assert.equal(similarity('abc', 'abcd'), 0.75);
    // 6,000 characters: one deletion and one insertion apart.
    assert.equal(similarity('xy'.repeat(3000), 'yx'.repeat(3000)), 1 - 2 / 6000);
    // Beyond: 2 × shared pairs ÷ all pairs.
    const x = 'x'.repeat(7000);
    assert.equal(similarity(x, x), 1);
    assert.equal(similarity(x, 'y'.repeat(7000)), 0);
    assert.equal(similarity(x, 'x'.repeat(3500) + 'y'.repeat(3500)), (2 * 3499) / (7000 + 7000 - 2));
    assert.equal(similarity('xy'.repeat(3001), 'yx'.repeat(3001)), (2 * 6000) / (6002 + 6002 - 2));
    // One side beyond 6,000 is enough for pairs.
    assert.equal(similarity('x'.repeat(100), x), (2 * 99) / (100 + 7000 - 2));
  });

  test('a narrative under 100 characters, this year’s or last year’s, is not compared', () => {
    const short = parseReport(s21.replace(SIX, '## 六、其他需要报告的事项\n\n无。\n\n'));
    const whole = parseReport(s21);
    assert.equal(copiedShare(short, whole, '六'), undefined);
    assert.equal(copiedShare(whole, short, '六'), undefined);
    assert.equal(copiedShare(whole, whole, '六'), 1);
  });
});
