import * as assert from 'node:assert/strict';
import { check } from '../../../src/core/check';
import { readFixture, REPORT_2021 } from '../helpers';

/**
 * Where a paragraph stands tells what its bare figures count: in section 三, or under a heading about
 * applications, 办结24件 is the applications handled (25 in the table); elsewhere it counts nothing known.
 */
suite('what a paragraph is about, by where it stands', () => {
  const s21 = readFixture(REPORT_2021);
  const after = (anchor: string, paragraph: string) => s21.replace(anchor, `${anchor}\n${paragraph}\n`);
  const nb401 = (text: string) =>
    check(text)
      .findings.filter((f) => f.code === 'NB401')
      .map((f) => `${f.range.start.line + 1} ${f.message}`);

  test('in section 三: the applications', () => {
    assert.deepEqual(nb401(after('## 三、收到和处理政府信息公开申请情况\n', '本年度办结24件。')), [
      '59 正文称办结（答复）申请24件，表格为25件',
    ]);
  });

  test('under （二）依申请公开 in section 一: the applications', () => {
    assert.deepEqual(nb401(after('### （二）依申请公开\n', '本年度办结24件。')), [
      '23 正文称办结（答复）申请24件，表格为25件',
    ]);
  });

  test('under another heading, or in section 五: nothing compared', () => {
    assert.deepEqual(nb401(after('### （三）政府信息管理\n', '本年度办结24件。')), []);
    assert.deepEqual(nb401(after('## 五、存在的主要问题及改进情况\n', '本年度办结24件。')), []);
  });
});
