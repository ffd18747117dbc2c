import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits } from '../../../src/core/edits';
import { sectionOfTitle } from '../../../src/core/parse';
import { deadlineFor } from '../../../src/core/rules/deadline';
import { isPageChrome } from '../../../src/core/text';
import { findings, mutate, textAt } from '../helpers';
import { CORPUS_DIR } from './corpus';

/** The boundaries of issue 10, rule by rule: exact messages, places and fixes. */

const base = (name: string) => readFileSync(join(CORPUS_DIR, `${name}.md`), 'utf8');
const dept = base('dept-2023');
const gov = base('gov-2022');
const archive = base('archive-2021');

/** Findings of one code as `text at the range | message`. */
function of(text: string, code: string): string[] {
  return findings(text)
    .filter((f) => f.code === code)
    .map((f) => `${textAt(text, f)} | ${f.message}`);
}

suite('NB204: one finding per table', () => {
  const blanked = mutate(
    mutate(
      mutate(dept, '| （一）予以公开 | 10 | 3 | 0 | 0 | 0 | 0 | 13 |', '| （一）予以公开 | 10 | 3 |  | 0 | 0 | 0 |  |'),
      '| 2.重复申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
      '| 2.重复申请 | 1 |  | 0 | 0 | 0 | 0 | 1 |',
    ),
    '| 行政处罚 | 318 |',
    '| 行政处罚 |  |',
  );
  const nb204Of = () => findings(blanked).filter((f) => f.code === 'NB204');

  test('the blank cells of each table are one finding at the first, each one related', () => {
    const nb204 = nb204Of();
    assert.deepEqual(
      nb204.map((f) => f.message),
      [
        '「行政处罚」的「本年处理决定数量」为空：应填写数字，没有就写0',
        '表格「申请人情况」有3个空单元格（第一个为「（一）予以公开」的「科研机构」）：应填写数字，没有就写0',
      ],
    );
    assert.deepEqual(
      nb204[1].related.map((r) => r.message),
      ['「（一）予以公开」的「科研机构」为空', '「（一）予以公开」的「总计」为空', '「2.重复申请」的「商业企业」为空'],
    );
  });

  test('one fix fills them all: 0, and a blank 总计 with its row’s sum', () => {
    const fix = nb204Of()[1].fix!;
    assert.equal(fix.title, '在3个空单元格中填写0（空的总计填写该行之和）');
    const after = applyEdits(blanked, fix.edits).text;
    assert.ok(after.includes('| （一）予以公开 | 10 | 3 | 0 | 0 | 0 | 0 | 13 |'));
    assert.ok(after.includes('| 2.重复申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |'));
    assert.deepEqual(of(after, 'NB204'), [' | 「行政处罚」的「本年处理决定数量」为空：应填写数字，没有就写0']);
  });
});

suite('NB506: publication deadline', () => {
  test('a department’s date after 31 January, with the date written and the deadline', () => {
    const late = mutate(dept, '2024年1月26日', '2024年2月5日');
    assert.deepEqual(of(late, 'NB506'), [
      '2024年2月5日 | 成文日期为2024年2月5日，晚于发布期限2024年1月31日（政府部门应于每年1月31日前公布上一年度报告）',
    ]);
  });

  test('a people’s government has until 31 March', () => {
    assert.deepEqual(of(mutate(gov, '2023年3月20日', '2023年3月31日'), 'NB506'), []);
    assert.deepEqual(of(mutate(gov, '2023年3月20日', '2023年4月1日'), 'NB506'), [
      '2023年4月1日 | 成文日期为2023年4月1日，晚于发布期限2023年3月31日（人民政府应于每年3月31日前公布上一年度报告）',
    ]);
  });

  test('the deadline by the unit: departments 1月31日; governments and units of uncertain kind 3月31日', () => {
    const months = ['某区数据局', '某区人民政府', '某镇人民政府', '某开发区管委会', '某街道办事处', undefined].map(
      (a) => deadlineFor(a).month,
    );
    assert.deepEqual(months, [1, 3, 3, 3, 3, 3]);
  });

  test('a statement of late publication, not a denial or last year’s', () => {
    const said = mutate(dept, '本年度承办人大代表建议6件', '因系统迁移，本报告延迟发布。本年度承办人大代表建议6件');
    assert.deepEqual(of(said, 'NB506'), [
      '延迟发布 | 正文说明本报告未按期发布（「延迟发布」）；法定期限为2024年1月31日（政府部门应于每年1月31日前公布上一年度报告）',
    ]);
    for (const sentence of ['确保年度报告按时发布，杜绝延迟发布。', '针对上年度报告发布滞后的问题，今年提前编制。'])
      assert.deepEqual(
        of(mutate(dept, '本年度承办人大代表建议6件', sentence + '本年度承办人大代表建议6件'), 'NB506'),
        [],
      );
  });

  test('a date in the wrong year is NB504’s, not repeated', () => {
    const wrong = mutate(dept, '2024年1月26日', '2025年2月5日');
    assert.deepEqual(of(wrong, 'NB506'), []);
    assert.equal(of(wrong, 'NB504').length, 1);
  });
});

suite('NB501: by the report year, in any wording', () => {
  test('a 2021 report laid out in the 2019 tables must state the fee', () => {
    const none = mutate(archive, '本年度未收取政府信息公开信息处理费。', '无。');
    assert.deepEqual(of(none, 'NB501'), [
      '六、其他需要报告的事项 | 第六部分未说明收取信息处理费的情况（未收取也应写明）',
    ]);
  });

  test('a 2020 report does not', () => {
    const r2020 = mutate(
      mutate(archive.replace('year: 2021', 'year: 2020'), '2021年政府信息公开', '2020年政府信息公开'),
      '本年度未收取政府信息公开信息处理费。',
      '无。',
    );
    assert.deepEqual(of(r2020, 'NB501'), []);
  });

  test('every wording of “no fee” is a statement', () => {
    for (const said of ['政府信息公开未发生收费情况。', '未收取任何费用。', '不存在收费情况。', '本年度无收费事项。'])
      assert.deepEqual(of(mutate(archive, '本年度未收取政府信息公开信息处理费。', said), 'NB501'), [], said);
  });
});

suite('section headings in their variants (NB101, NB103, NB104)', () => {
  test('the variants name their section', () => {
    const keys = [
      '五、存在的主要问题及整改措施',
      '五、存在的主要问题及改进措施',
      '存在的主要问题及整改措施',
      '五、政府信息公开工作存在的主要问题及改进情况',
      '六、其他需要说明的事项',
      '一、概述',
      '二、主动公开政府信息的情况',
    ].map((t) => sectionOfTitle(t)?.key);
    assert.deepEqual(keys, ['五', '五', '五', '五', '六', '一', '二']);
  });

  test('words alone do not make a section: 依申请公开情况 or 主要问题 under another section', () => {
    assert.deepEqual(
      ['二、依申请公开情况', '一、存在的主要问题', '（二）改进措施', '改进措施'].map((t) => sectionOfTitle(t)?.key),
      [undefined, undefined, undefined, undefined],
    );
  });

  test('a report with the 整改措施 heading has no NB101, NB103 or NB104', () => {
    const text = mutate(dept, '## 五、存在的主要问题及改进情况', '## 五、存在的主要问题及整改措施');
    assert.deepEqual(
      findings(text)
        .filter((f) => ['NB101', 'NB103', 'NB104'].includes(f.code))
        .map((f) => f.message),
      [],
    );
  });
});

suite('page chrome (NB106, NB107)', () => {
  test('a crawler’s header before the title is debris, and the preamble after it is still the preamble', () => {
    const text = mutate(
      dept,
      '# 临江市',
      '首页 > 政务公开 > 年度报告\n发布日期：2024-01-26　信息来源：本局\n\n# 临江市',
    );
    assert.deepEqual(of(text, 'NB106'), []);
    assert.deepEqual(of(text, 'NB107'), [
      '首页 > 政务公开 > 年度报告 | 疑似网页页眉，不属于报告正文：「首页 > 政务公开 > 年度报告」',
      '发布日期：2024-01-26　信息来源：本局 | 疑似网页页眉，不属于报告正文：「发布日期：2024-01-26　信息来源：本局」',
    ]);
  });

  test('a preamble that is only a page header is no preamble', () => {
    const start = dept.indexOf('本报告依据');
    const text = dept.slice(0, start) + '发布日期：2024-01-26' + dept.slice(dept.indexOf('\n\n## 一、'));
    assert.deepEqual(of(text, 'NB106'), [
      '临江市安平区市场监督管理局2023年政府信息公开工作年度报告 | 报告缺少导语：应说明编制依据和统计期限',
    ]);
  });

  test('a page counter is debris; a count of visits in a sentence is report text', () => {
    assert.deepEqual(
      [
        '浏览量：1024',
        '阅读量 235',
        '总浏览量为536万',
        '网站总浏览量：536万次，同比增长12%。',
        '发布时间：2024-01-22',
      ].map(isPageChrome),
      [true, true, false, false, true],
    );
    const text = mutate(
      dept,
      '将公开质量纳入科室年度考核。',
      '将公开质量纳入科室年度考核。门户网站全年总浏览量为536万。',
    );
    assert.deepEqual(of(text, 'NB107'), []);
  });
});

suite('NB401, NB403, NB405 on the reading', () => {
  test('a figure bound in a 其中 list without 申请 is compared, and its fix is the table’s', () => {
    const text = mutate(dept, '办结51件，', '办结51件，其中予以公开14件、无法提供22件，');
    const [f] = findings(text).filter((x) => x.code === 'NB401');
    assert.equal(`${textAt(text, f)} | ${f.message}`, '14 | 正文称予以公开14件，表格为13件');
    assert.ok(applyEdits(text, f.fix!.edits).text.includes('其中予以公开13件'));
  });

  test('a share is wrong only when no base nearby reproduces it; the message shows the nearest pair', () => {
    const ok = mutate(dept, '办结51件，', '办结51件，其中无法提供22件，占41.5%，');
    assert.deepEqual(of(ok, 'NB403'), []);
    const wrong = mutate(dept, '办结51件，', '办结51件，其中无法提供22件，占47.5%，');
    assert.deepEqual(of(wrong, 'NB403'), ['47.5% | 47.5%与所写数字不符：22÷48＝45.8%']);
  });

  test('a plan, a title, a range and a carry-over are not events; an event in the next year is', () => {
    const quiet = [
      '2024年，本局将进一步规范答复文书。',
      '落实《三年行动方案（2024－2026年）》。',
      '结转至2024年继续办理2件。',
      '截至2024年1月10日，结转申请已办结1件。',
    ];
    for (const s of quiet) assert.deepEqual(of(mutate(dept, '结转下年度继续办理2件。', s), 'NB405'), [], s);
    const event = mutate(dept, '结转下年度继续办理2件。', '结转下年度继续办理2件。2024年2月组织了专题培训。');
    assert.deepEqual(of(event, 'NB405'), ['2024年 | 2023年度报告的正文中出现2024年的事项']);
  });
});
