import * as assert from 'node:assert/strict';
import { renderReport, renderTable, type ReportDraft } from '../../src/core/render';

/** A draft with nothing in it but what a test gives. */
const draft = (over: Partial<ReportDraft>): ReportDraft => ({
  beforeTitle: [],
  preamble: [],
  sections: [],
  signature: [],
  ...over,
});

/** The Markdown of one paragraph, rendered alone in a section with heading 一. */
const rendered = (text: string) =>
  renderReport(draft({ sections: [{ heading: '一', blocks: [{ kind: 'paragraph', text }] }] }));
const para = (text: string) =>
  rendered(text)
    .replace(/^## 一\n\n/, '')
    .replace(/\n$/, '');

suite('render: tables', () => {
  test('the first column is left-aligned, every other right-aligned', () => {
    assert.equal(
      renderTable(['项目', '本年', '上年'], [['收到申请', '12', '9']]),
      '| 项目 | 本年 | 上年 |\n| --- | --: | --: |\n| 收到申请 | 12 | 9 |',
    );
    assert.equal(renderTable(['项目'], []), '| 项目 |\n| --- |');
  });

  test('a line break inside a cell becomes one space (LF or CRLF), and a pipe is escaped', () => {
    assert.equal(
      renderTable(
        ['项目', '数量'],
        [
          ['行政\n复议', '3'],
          ['行政\r\n诉讼', '1|2'],
        ],
      ),
      '| 项目 | 数量 |\n| --- | --: |\n| 行政 复议 | 3 |\n| 行政 诉讼 | 1\\|2 |',
    );
  });
});

suite('render: paragraphs that Markdown would misread', () => {
  test('a heading, quote, table or list marker at a line start is escaped, indented or not', () => {
    const cases: Array<[string, string]> = [
      ['# 不是标题', '\\# 不是标题'],
      ['> 不是引用', '\\> 不是引用'],
      ['| 不是表格', '\\| 不是表格'],
      ['- 不是列表', '\\- 不是列表'],
      ['+ 不是列表', '\\+ 不是列表'],
      ['* 不是列表', '\\* 不是列表'],
      ['1. 不是编号', '\\1. 不是编号'],
      ['12) 不是编号', '\\12) 不是编号'],
      ['2023. 年度', '\\2023. 年度'],
      ['  - 缩进', '  \\- 缩进'],
      ['\t# 缩进', '\t\\# 缩进'],
    ];
    for (const [text, want] of cases) assert.equal(para(text), want, text);
  });

  test('what only looks like a marker is left alone', () => {
    const cases = ['-1 件', '1.5 万件', '12、收到申请', '2023年', '+5%', '*注', '甲 乙', '一、总体情况'];
    for (const text of cases) assert.equal(para(text), text, text);
  });

  test('each line of a paragraph is treated on its own and the lines stay apart', () => {
    assert.equal(para('第一行\n- 第二行\n第三行'), '第一行\n\\- 第二行\n第三行');
  });
});

suite('render: the whole report', () => {
  test('a draft with every part renders to the exact Markdown form', () => {
    const md = renderReport({
      agency: '青柳县档案馆',
      year: 2024,
      format: '2021',
      previous: 'qingliu-2023.md',
      status: 'draft',
      beforeTitle: ['首页 > 政务公开'],
      title: '青柳县档案馆2024年政府信息公开工作年度报告',
      preamble: ['本报告依据条例编制。'],
      sections: [
        {
          heading: '一、总体情况',
          blocks: [
            { kind: 'heading', text: '（一）主动公开' },
            { kind: 'paragraph', text: '全年主动公开信息<b>35</b>条。' },
            { kind: 'notes', text: '  - 公开 35 条\n- 依申请 4 件\n\n\n' },
            { kind: 'table', header: ['项目', '数量'], rows: [['规章', '0']] },
          ],
        },
      ],
      signature: ['青柳县档案馆', '2025年1月20日'],
    });
    assert.equal(
      md,
      [
        '---\nagency: 青柳县档案馆\nyear: 2024\nformat: 2021\nprevious: qingliu-2023.md\nstatus: draft\n---',
        '首页 > 政务公开',
        '# 青柳县档案馆2024年政府信息公开工作年度报告',
        '本报告依据条例编制。',
        '## 一、总体情况',
        '### （一）主动公开',
        '全年主动公开信息\\<b>35\\</b>条。',
        '```notes\n  - 公开 35 条\n- 依申请 4 件\n```',
        '| 项目 | 数量 |\n| --- | --: |\n| 规章 | 0 |',
        '青柳县档案馆\n2025年1月20日',
      ].join('\n\n') + '\n',
    );
  });

  test('a draft with no front-matter fields, no title and no signature has none of them', () => {
    assert.equal(rendered('正文。'), '## 一\n\n正文。\n');
    assert.equal(renderReport(draft({})), '\n');
  });

  test('only the front-matter fields that are set are written; year 0 counts as set, an empty agency not', () => {
    assert.equal(renderReport(draft({ previous: 'a-2023.md' })), '---\nprevious: a-2023.md\n---\n');
    assert.equal(renderReport(draft({ status: 'draft', agency: '' })), '---\nstatus: draft\n---\n');
    assert.equal(renderReport(draft({ year: 0 })), '---\nyear: 0\n---\n');
    assert.equal(renderReport(draft({ format: '2019' })), '---\nformat: 2019\n---\n');
    assert.equal(renderReport(draft({ agency: '甲局', title: '' })), '---\nagency: 甲局\n---\n');
  });
});
