import * as assert from 'node:assert/strict';
import { analyse } from '../../../src/core/check';
import { parseReport } from '../../../src/core/parse';
import { tableValues, trustworthy } from '../../../src/core/rules/quantities';
import { mutate, readFixture, REPORT_2021 } from '../helpers';

/** What the tables give a narrative figure to be compared with, and when they can correct it. */
suite('table values for narrative figures', () => {
  const text = readFixture(REPORT_2021);
  const tablesOf = (t: string) => analyse(parseReport(t)).tables;
  const REVIEW_ROW = '| 行政复议 | 1 | 1 | 0 | 0 | 2 |';

  test('a quantity in a column, in organisations, in both lawsuit rows', () => {
    const tables = tablesOf(text);
    assert.deepEqual(tableValues(tables, 'R1'), [26]);
    assert.deepEqual(tableValues(tables, 'R1', 'natural'), [20]);
    assert.deepEqual(tableValues(tables, 'R1', 'organisations'), [6]);
    assert.deepEqual(tableValues(tables, 'C'), [3]);
    assert.deepEqual(tableValues(tables, 'C', undefined, 'C6'), [2]);
    assert.deepEqual(tableValues(tables, 'reconsideration', 'upheld'), [1]);
    assert.deepEqual(tableValues(tables, 'litigation'), [1, 1, 0]);
    assert.deepEqual(tableValues(tables, 'reviewAll'), [3]);
  });

  test('a column of the other table, or a row that is not there, gives nothing to compare', () => {
    const tables = tablesOf(text);
    assert.equal(tableValues(tables, 'reconsideration', 'natural'), undefined);
    assert.equal(tableValues(tables, 'A', 'upheld'), undefined);
    assert.equal(
      tableValues(tablesOf(text.replace('| 2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n', '')), 'E'),
      undefined,
    );
    assert.equal(tableValues(tablesOf('# 甲局2021年政府信息公开工作年度报告\n'), 'R1'), undefined);
  });

  test('a blank 总计 counts as its row’s sum unless a part of it is not a number', () => {
    const blank = mutate(text, REVIEW_ROW, '| 行政复议 | 1 | 1 | 0 | 0 | |');
    assert.deepEqual(tableValues(tablesOf(blank), 'reconsideration'), [2]);
    const unknown = mutate(text, REVIEW_ROW, '| 行政复议 | 1 | ？ | 0 | 0 | |');
    assert.equal(tableValues(tablesOf(unknown), 'reconsideration'), undefined);
    // A part that is not a number makes only that part unknown when the 总计 is written.
    const written = mutate(text, REVIEW_ROW, '| 行政复议 | 1 | ？ | 0 | 0 | 2 |');
    assert.deepEqual(tableValues(tablesOf(written), 'reconsideration'), [2]);
    assert.equal(tableValues(tablesOf(written), 'reconsideration', 'corrected'), undefined);
  });

  test('the review table corrects text only when whole, readable and adding up', () => {
    assert.equal(trustworthy(tablesOf(text), 'review'), true);
    assert.equal(trustworthy(tablesOf(mutate(text, REVIEW_ROW, '| 行政复议 | 1 | 1 | 0 | 0 | |')), 'review'), true);
    assert.equal(trustworthy(tablesOf(mutate(text, REVIEW_ROW, '| 行政复议 | 1 | 1 | 0 | 0 | 3 |')), 'review'), false);
    assert.equal(trustworthy(tablesOf(mutate(text, REVIEW_ROW, '| 行政复议 | 1 | ？ | 0 | 0 | 2 |')), 'review'), false);
    assert.equal(trustworthy(tablesOf(mutate(text, REVIEW_ROW, '| 行政复议 | 1 | 1 | 0 | 0 |')), 'review'), false);
    assert.equal(trustworthy(tablesOf(mutate(text, `${REVIEW_ROW}\n`, '')), 'review'), false);
    assert.equal(
      trustworthy(tablesOf(mutate(text, REVIEW_ROW, `${REVIEW_ROW}\n| 其他情况 | 0 | 0 | 0 | 0 | 0 |`)), 'review'),
      false,
    );
    const noColumn = text
      .replace(
        '| 行政复议、行政诉讼 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |',
        '| 行政复议、行政诉讼 | 结果维持 | 结果纠正 | 其他结果 | 总计 |',
      )
      .replace('| --- | --: | --: | --: | --: | --: |\n| 行政复议', '| --- | --: | --: | --: | --: |\n| 行政复议');
    assert.equal(trustworthy(tablesOf(noColumn), 'review'), false);
    assert.equal(trustworthy(tablesOf('# 甲局2021年政府信息公开工作年度报告\n'), 'review'), false);
  });
});
