import * as assert from 'node:assert/strict';
import { parseReport } from '../../../src/core/parse';
import { readings } from '../../../src/core/rules/reading';

/** What the rules' reading of each paragraph takes from where the paragraph stands. */
suite('reading paragraphs in their place', () => {
  const FRONT = '---\nagency: 青石县档案局\nyear: 2023\n---\n\n# 青石县档案局2023年政府信息公开工作年度报告\n\n';

  test('the topic of a sentence: section 三 or 四, else the ### heading above it', () => {
    const report = parseReport(
      `${FRONT}## 一、总体情况\n\n全年共3件，均已办结。\n\n### （二）依申请公开\n\n全年共3件，均已办结。\n\n` +
        '### （六）行政复议和诉讼\n\n全年共3件，均已办结。\n\n### （七）其他\n\n全年共3件，均已办结。\n\n' +
        '## 三、收到和处理政府信息公开申请情况\n\n全年共3件，均已办结。\n\n' +
        '## 四、政府信息公开行政复议、行政诉讼情况\n\n全年共3件，均已办结。\n',
    );
    assert.deepEqual(
      readings(report).map((r) => `${r.section} ${r.reading.sentences[0].topic ?? '-'}`),
      ['一 -', '一 applications', '一 review', '一 -', '三 applications', '四 review'],
    );
  });

  test('the report’s year reaches the preamble’s sentences; a plan heading makes its figures plans', () => {
    const report = parseReport(
      `${FRONT}2022年收到申请20件。\n\n## 五、存在的主要问题及改进情况\n\n### （二）下一步工作计划\n\n计划开展培训3次。\n`,
    );
    const [preamble, plan] = readings(report);
    assert.equal(preamble.section, undefined);
    assert.deepEqual(
      preamble.reading.sentences[0].figures.filter((f) => f.kind === 'count').map((f) => [f.value, f.lastYear]),
      [[20, true]],
    );
    assert.deepEqual(
      plan.reading.sentences[0].figures.map((f) => [f.value, f.plan]),
      [[3, true]],
    );
  });

  test('page chrome in a paragraph is not read; a report is read once', () => {
    const report = parseReport(`${FRONT}## 一、总体情况\n\n发布日期：2024-01-05\n全年共收到申请3件。\n`);
    const all = readings(report);
    assert.deepEqual(
      all[0].reading.sentences.flatMap((s) => s.figures.map((f) => f.value)),
      [3],
    );
    assert.equal(readings(report), all);
  });
});
