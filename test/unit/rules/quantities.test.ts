import * as assert from 'node:assert/strict';
import { check } from '../../../src/core/check';
import { mutate, readFixture, REPORT_2021 } from '../helpers';

/**
 * NB401 against the table cells a narrative figure names: columns (自然人, the five organisation columns
 * as 法人或其他组织, 结果纠正…), the review rows (行政复议; 行政诉讼 as either kind or both), cells that are
 * not numbers (nothing compared), a blank 总计 (its row's sum), and when a table is trusted enough for the
 * fix (its cells readable and its own sums holding).
 */
suite('NB401: figures against the table cells they name', () => {
  const s21 = readFixture(REPORT_2021);
  const ANCHOR = '## 三、收到和处理政府信息公开申请情况\n';
  const REVIEW = '| 行政复议 | 1 | 1 | 0 | 0 | 2 |';
  const RECEIVED = '| 一、本年新收政府信息公开申请数量 | 20 | 3 | 0 | 1 | 2 | 0 | 26 |';
  /** NB401 findings as `line:character message → fix` after the sentence opens section 三. */
  const nb401 = (sentence: string, table: [string, string] | undefined = undefined) => {
    const base = table ? mutate(s21, ...table) : s21;
    return check(base.replace(ANCHOR, `${ANCHOR}\n${sentence}\n`))
      .findings.filter((f) => f.code === 'NB401')
      .map(
        (f) =>
          `${f.range.start.line + 1}:${f.range.start.character} ${f.message} → ${f.fix ? f.fix.edits.map((e) => e.newText).join('|') : '-'}`,
      );
  };

  test('a column of section 三: 自然人, and 法人或其他组织 as the five organisation columns (3+0+1+2+0)', () => {
    assert.deepEqual(nb401('本年度新收申请26件，其中法人或其他组织申请6件。'), []);
    assert.deepEqual(nb401('本年度新收申请26件，其中法人或其他组织申请7件。'), [
      '59:22 正文称本年新收申请（法人或其他组织）7件，表格为6件 → 6',
    ]);
    assert.deepEqual(nb401('本年度新收申请26件，其中自然人申请21件。'), [
      '59:18 正文称本年新收申请（自然人）21件，表格为20件 → 20',
    ]);
  });

  test('the review rows: 行政复议, a result column of it, and 行政诉讼 as either kind', () => {
    assert.deepEqual(nb401('本年度被申请行政复议3件。'), ['59:10 正文称行政复议3件，表格为2件 → 2']);
    assert.deepEqual(nb401('本年度行政复议结果纠正2件。'), ['59:11 正文称行政复议（结果纠正）2件，表格为1件 → 1']);
    assert.deepEqual(nb401('本年度行政复议结果维持1件。'), []);
    assert.deepEqual(nb401('本年度被提起行政诉讼2件。'), ['59:10 正文称行政诉讼2件，表格为1件 → 1']);
    const bothKinds: [string, string] = [
      '| 行政诉讼（复议后起诉） | 0 | 0 | 0 | 0 | 0 |',
      '| 行政诉讼（复议后起诉） | 1 | 0 | 0 | 0 | 1 |',
    ];
    assert.deepEqual(nb401('本年度被提起行政诉讼1件。', bothKinds), [], 'one of the two kinds');
    assert.deepEqual(nb401('本年度被提起行政诉讼2件。', bothKinds), [], 'both kinds');
    assert.deepEqual(nb401('本年度被提起行政诉讼3件。', bothKinds), ['59:10 正文称行政诉讼3件，表格为2件 → 2']);
  });

  test('a review table whose own sums fail is compared but not trusted for a fix', () => {
    const broken: [string, string] = [REVIEW, '| 行政复议 | 1 | 1 | 0 | 0 | 3 |'];
    assert.deepEqual(nb401('本年度被申请行政复议4件。', broken), [
      '23:150 正文称行政复议2件，表格为3件 → -',
      '59:10 正文称行政复议4件，表格为3件 → -',
    ]);
  });

  test('a blank 总计 stands for its row’s sum; a part that is not a number leaves a fix out', () => {
    assert.deepEqual(nb401('本年度被申请行政复议3件。', [REVIEW, '| 行政复议 | 1 | 1 | 0 | 0 | |']), [
      '59:10 正文称行政复议3件，表格为2件 → 2',
    ]);
    assert.deepEqual(nb401('本年度被申请行政复议3件。', [REVIEW, '| 行政复议 | 1 | ？ | 0 | 0 | 2 |']), [
      '59:10 正文称行政复议3件，表格为2件 → -',
    ]);
    assert.deepEqual(nb401('本年度新收申请27件。', [RECEIVED, RECEIVED.replace(/ 26 \|$/, ' |')]), [
      '59:7 正文称本年新收申请27件，表格为26件 → 26',
    ]);
  });

  test('a cell that is not a number is a gap: nothing is compared with it', () => {
    assert.deepEqual(nb401('本年度行政复议结果纠正2件。', [REVIEW, '| 行政复议 | 1 | ？ | 0 | 0 | 2 |']), []);
    assert.deepEqual(nb401('本年度被申请行政复议3件。', [REVIEW, '| 行政复议 | 1 | 1 | 0 | 0 | ？ |']), []);
    const unread: [string, string] = [RECEIVED, '| 一、本年新收政府信息公开申请数量 | 20 | 3 | ？ | 1 | 2 | 0 | 26 |'];
    assert.deepEqual(nb401('本年度新收申请26件，其中法人或其他组织申请7件。', unread), []);
    assert.deepEqual(nb401('本年度新收申请26件，其中自然人申请21件。', unread), [
      '59:18 正文称本年新收申请（自然人）21件，表格为20件 → -',
    ]);
  });
});
