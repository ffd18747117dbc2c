import * as assert from 'node:assert/strict';
import { analyse } from '../../../src/core/check';
import { parseReport } from '../../../src/core/parse';
import { scaffold } from '../../../src/core/scaffold';
import type { ReadingContext } from '../../../src/core/sentences';
import { unsourcedFigures } from '../../../src/drafting/guard';
import { DraftRejectedError } from '../../../src/drafting/rejected';
import { sourcesFor } from '../../../src/drafting/sources';
import { mutate } from '../helpers';

/** A 2023 report of a fictional unit with no tables: only the notes (and the official list) are sources. */
const BARE =
  '---\nagency: 青石县档案局\nyear: 2023\n---\n\n# 青石县档案局2023年政府信息公开工作年度报告\n\n## 一、总体情况\n\n全年运行平稳。\n';

/** The figures of `draft` the guard refuses, as `written reason` (zh), given the notes and the report. */
function refused(draft: string, notes = '', report = BARE, context: ReadingContext = { year: 2023 }): string[] {
  const sources = sourcesFor({ year: 2023, notes, reportText: report, tables: analyse(parseReport(report)).tables });
  return unsourcedFigures(draft, context, sources).map((f) => `${f.written} ${f.zh}`);
}

const NOWHERE = '在要点和表格中都找不到';
const DOC = '文号在要点、报告和官方文件清单中都没有';

suite('the figure guard: edges of each kind of figure', () => {
  test('only figures inside the drafter’s 【待核实】 marker are skipped, not those before or right after it', () => {
    assert.deepEqual(refused('培训3次【待核实：原要点 培训5次】，开展自查2次。', '- 培训3次'), [`2次 ${NOWHERE}`]);
    assert.deepEqual(refused('培训3次【待核实：原要点 培训5次】'), [`3次 ${NOWHERE}`]);
    assert.deepEqual(refused('【待核实：要点未给出】5人参加培训。'), [`5人 ${NOWHERE}`]);
    assert.deepEqual(refused('【待核实：原要点 培训5次】培训3次。', '- 培训3次'), []);
  });

  test('a figure is read against the words of its own clause', () => {
    assert.deepEqual(refused('组织培训3次，开展自查2次。', '- 组织培训3次\n- 开展自查2次'), []);
    // The notes’ 2 counts online trainings; the clause of the draft’s 2次 names no training at all.
    assert.deepEqual(refused('线下培训3次，2次为专家授课。', '- 线下培训3次\n- 线上培训2次'), [`2次 ${NOWHERE}`]);
  });

  test('a figure in a quoted title is checked against that title, not the first one quoted', () => {
    const notes = '- 学习《青石县政务公开工作规范》';
    const reason = '所引标题在要点和报告中都没有';
    assert.deepEqual(refused('学习《青石县政务公开工作规范》和《青石县2023年政务公开要点》。', notes), [
      `2023年 ${reason}`,
    ]);
    assert.deepEqual(refused('学习《青石县2023年政务公开要点》和《青石县政务公开工作规范》。', notes), [
      `2023年 ${reason}`,
    ]);
    assert.deepEqual(
      refused(
        '学习《青石县政务公开工作规范》和《青石县2023年政务公开要点》。',
        `${notes}和《青石县2023年政务公开要点》`,
      ),
      [],
    );
  });

  test('articles of the 条例 up to the 56th need no source; the 57th does', () => {
    assert.deepEqual(refused('对照《条例》第五十六条开展自查。'), []);
    assert.deepEqual(refused('对照《条例》第五十七条开展自查。'), ['第五十七条 所引条款在要点和报告中都没有']);
  });

  test('ordinals: quarters one to four are free, others come from the notes (with or without a measure word)', () => {
    assert.deepEqual(refused('第四季度开展专项督查。'), []);
    assert.deepEqual(refused('第五季度开展专项督查。'), [`第五季度 ${NOWHERE}`]);
    assert.deepEqual(refused('第三批名单已公布。', '- 第三批名单已公布'), []);
    assert.deepEqual(refused('第三批名单已公布。'), [`第三批 ${NOWHERE}`]);
    assert.deepEqual(refused('在全市政务公开考评中位列第三。', '- 在全市政务公开考评中位列第三'), []);
    assert.deepEqual(refused('在全市政务公开考评中位列第三。'), [`第三 ${NOWHERE}`]);
  });

  test('dates: a bare day needs no source, a month needs a date of that month in the notes or report', () => {
    assert.deepEqual(refused('每月15日开展集中学习。'), []);
    assert.deepEqual(refused('3月开展自查。', '- 2023年3月15日开展自查'), []);
    assert.deepEqual(refused('11月开展自查。', '- 2023年11月2日开展自查'), []);
    assert.deepEqual(refused('7月开展自查。', '- 2023年3月15日开展自查'), ['7月 日期在要点和报告中都没有']);
    assert.deepEqual(refused('11月开展自查。', '- 2023年1月12日开展自查'), ['11月 日期在要点和报告中都没有']);
  });

  test('document numbers in brackets: spaces inside, 第 before the serial, and the number each figure is in', () => {
    assert.deepEqual(refused('执行国办公开办函〔 2021 〕30号。'), []);
    assert.deepEqual(refused('执行国办公开办函〔2021〕第30号。'), []);
    assert.deepEqual(refused('执行国办公开办函〔2021〕30 号。'), []);
    assert.deepEqual(refused('执行国办公开办函〔2021〕31号。'), [`2021 ${DOC}`, `31 ${DOC}`]);
    // Each figure is judged by its own number, not by another one near it or earlier in the paragraph.
    assert.deepEqual(refused('印发〔2023〕8号和〔2021〕30号。'), [`2023 ${DOC}`, `8 ${DOC}`]);
    assert.deepEqual(refused('转发国办函〔2020〕109号文件，同时在门户网站印发本局〔2023〕109号通知。'), [
      `2023 ${DOC}`,
      `109 ${DOC}`,
    ]);
    // Blanks anywhere in the number: the figure is judged by the whole number it stands in.
    assert.deepEqual(refused('执行国办公开办函〔2021〕第  30号。'), []);
    assert.deepEqual(refused('执行国办公开办函〔 2021 〕 第 30 号。'), []);
    // A 第N号 of the unit's own is not vouched for by the bracketed number that follows it.
    assert.deepEqual(refused('依据本局第712号和〔2021〕30号文件开展工作。'), [`第712号 ${DOC}`]);
  });

  test('document numbers without brackets: decrees and 第N by serial, others as the notes write them', () => {
    assert.deepEqual(refused('依据国务院令第711号。'), []);
    assert.deepEqual(refused('依据本局第712号通知。'), [`第712号 ${DOC}`]);
    // 〔2023〕 with no 号: the year as the notes write it, the serial after 第 as a serial of the notes.
    assert.deepEqual(refused('编印简报〔2023〕第5期集中宣传条例内容。', '- 编印简报〔2023〕第5期集中宣传条例'), []);
    // A court number: its year neither after 第 nor as the notes write it, though 2023 is a serial of the notes.
    assert.deepEqual(refused('第一季度收到（2023）青行初字第8号判决书。', '- 印发〔2023〕5号文件'), [
      `2023 ${DOC}`,
      `第8号 ${DOC}`,
    ]);
    assert.deepEqual(refused('第一季度收到（2023）青行初字第8号判决书。', '- 收到（2023）青行初字第8号判决书'), []);
    // A court number is compared up to its 号, whatever follows it in the draft.
    const notes = '- 收到（2023）青行初8号判决书';
    assert.deepEqual(refused('收到（2023）青行初8号判决书。', notes), []);
    assert.deepEqual(refused('收到（2023）青行初8号判决书，已履行。', notes), []);
    assert.deepEqual(refused('收到（2023）青行初9号判决书。', notes), [`2023 ${DOC}`, `9 ${NOWHERE}`]);
  });

  test('last year’s figure: notes that give some figures as last year’s are enough to check it', () => {
    const context: ReadingContext = { year: 2023, topic: 'applications' };
    assert.deepEqual(refused('上年新收申请20件。', '- 上年新收申请20件\n- 本年新收申请25件', BARE, context), []);
    assert.deepEqual(refused('上年新收申请21件。', '- 上年新收申请20件\n- 本年新收申请25件', BARE, context), [
      '21件 不是上年报告中的数字',
    ]);
  });

  test('a bound figure the tables do not have (no tables) may still come from the notes', () => {
    const context: ReadingContext = { year: 2023, topic: 'applications' };
    assert.deepEqual(refused('本年新收政府信息公开申请12件。', '- 新收申请12件', BARE, context), []);
    assert.deepEqual(refused('本年新收政府信息公开申请13件。', '- 新收申请12件', BARE, context), [`13件 ${NOWHERE}`]);
  });

  test('results of reviews named by their clause come from table 四', () => {
    const report = mutate(
      scaffold({ agency: '青石县档案局', year: 2023 }),
      '| 行政复议 | 0 | 0 | 0 | 0 | 0 |',
      '| 行政复议 | 2 | 1 | 0 | 0 | 3 |',
    );
    const context: ReadingContext = { year: 2023, topic: 'review' };
    assert.deepEqual(refused('被申请行政复议3件，结果维持2件，结果纠正1件。', '', report, context), []);
    assert.deepEqual(refused('被申请行政复议3件，结果维持2件，结果纠正4件。', '', report, context), [`4件 ${NOWHERE}`]);
  });

  test('a total of the figures its sentence names', () => {
    const notes = '- 组织培训3次\n- 开展自查2次';
    assert.deepEqual(refused('组织培训3次、开展自查2次，共计5次。', notes), []);
    assert.deepEqual(refused('组织培训3次、开展自查2次，共计6次。', notes), [`6次 ${NOWHERE}`]);
  });

  test('a note’s figure counts what follows it too: 搞两次培训 vouches for 开展两次培训, not for 两次检查', () => {
    assert.deepEqual(refused('下一步，本局将开展两次培训。', '- 明年：搞两次培训'), []);
    assert.deepEqual(refused('下一步，本局将开展2次培训。', '- 明年：搞2次培训'), []);
    assert.deepEqual(refused('下一步，本局将开展两次检查。', '- 明年：搞两次培训'), [`两次 ${NOWHERE}`]);
  });

  test('a refused offline draft is not told to try offline drafting', () => {
    const figures = [{ written: '两次', zh: NOWHERE, en: 'is in neither the notes nor the tables' }];
    const offline = new DraftRejectedError('（三）改进措施', '……', figures, true);
    assert.equal(
      offline.message,
      '「（三）改进措施」的草稿未采用：其中的数字找不到依据——「两次」在要点和表格中都找不到。请核对要点和表格。',
    );
    assert.equal(
      offline.en,
      'The draft for “（三）改进措施” was not used: figures without a source — “两次” is in neither the notes nor ' +
        'the tables. Check the notes and tables.',
    );
    assert.match(
      new DraftRejectedError('（三）改进措施', '……', figures).message,
      /请核对要点和表格后重试，或改用离线起草。$/,
    );
  });
});
