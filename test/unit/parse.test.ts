import * as assert from 'node:assert/strict';
import { check } from '../../src/core/check';
import { analyse } from '../../src/core/check';
import { parseReport, titleFacts } from '../../src/core/parse';
import { readFixture, REPORT_2021 } from './helpers';

function at(
  text: string,
  range: { start: { line: number; character: number }; end: { line: number; character: number } },
): string {
  const lines = text.split('\n');
  return lines[range.start.line].slice(range.start.character, range.end.character);
}

suite('parser', () => {
  const text = readFixture(REPORT_2021);

  test('reads the front matter, the title and the six sections', () => {
    const report = parseReport(text);
    assert.equal(report.frontMatter?.agency, '临河县自然资源局');
    assert.equal(report.frontMatter?.year, 2021);
    assert.equal(report.title?.text, '临河县自然资源局2021年政府信息公开工作年度报告');
    assert.deepEqual(
      report.sections.map((s) => s.key),
      ['一', '二', '三', '四', '五', '六'],
    );
    assert.equal(report.preamble.length, 1);
    assert.equal(report.sections[0].subheadings.length, 5);
    assert.equal(report.sections[0].notes.length, 1);
    assert.match(report.sections[0].notes[0].text, /发布 412 条/);
  });

  test('keeps table cells with their exact source ranges', () => {
    const { tables } = analyse(parseReport(text));
    const cell = tables.cell('applications', 'R1', 'total')!;
    assert.equal(cell.text, '26');
    assert.equal(at(text, cell.range), '26');
    assert.equal(at(text, tables.cell('applications', 'C6', 'legal')!.range), '1');
    assert.equal(tables.get('applications')!.rowByKey.size, 30);
    assert.equal(tables.value('applications', 'T', 'natural'), 20);
  });

  test('takes the signature out of section 六', () => {
    const report = parseReport(text);
    assert.equal(report.signature?.agency?.text, '临河县自然资源局');
    assert.equal(report.signature?.date?.text, '2022年1月18日');
    assert.equal(report.signature?.date?.year, 2022);
    assert.ok(report.sections[5].paragraphs.every((p) => !p.text.includes('2022年1月18日')));
  });

  test('recognises sections by text: unnumbered, long forms, another number', () => {
    const r = parseReport(
      '# 某局2021年政府信息公开工作年度报告\n\n## 总体情况\n\n## 因政府信息公开工作被申请行政复议、提起行政诉讼情况\n\n## 三、政府信息公开工作存在的主要问题及改进情况\n',
    );
    assert.deepEqual(
      r.sections.map((s) => [s.key, s.number]),
      [
        ['一', undefined],
        ['四', undefined],
        ['五', '三'],
      ],
    );
  });

  test('reads agency and year from the title when there is no front matter', () => {
    assert.deepEqual(titleFacts('松江口区融媒体中心2021年政府信息公开工作年度报告'), {
      agency: '松江口区融媒体中心',
      year: 2021,
    });
    assert.deepEqual(titleFacts('2019年南屏省人民政府办公厅政府信息公开工作年度报告'), {
      agency: '南屏省人民政府办公厅',
      year: 2019,
    });
    assert.deepEqual(titleFacts('石桥区融媒体中心2022年政府 信息公开工作年度报告'), {
      agency: '石桥区融媒体中心',
      year: 2022,
    });
    const r = parseReport(text.slice(text.indexOf('# ')));
    assert.equal(r.agency, '临河县自然资源局');
    assert.equal(r.year, 2021);
  });

  test('a report with Windows line endings parses and checks the same', () => {
    // Debris and a placeholder in the prose, so that the lines the text rules read are compared too.
    const faulty = text.replace(
      '### （五）监督保障\n',
      '### （五）监督保障\n\n【打印本页】【关闭窗口】\n本单位于XX月完成整改，做到应公开尽公开。\n',
    );
    const crlf = faulty.replace(/\n/g, '\r\n');
    const seen = (t: string) => check(t).findings.map((f) => [f.code, f.message, f.range, f.fix?.edits]);
    const lf = seen(faulty);
    assert.deepEqual(
      lf.map((f) => f[0]),
      ['NB107', 'NB404'],
    );
    assert.deepEqual(seen(crlf), lf);
    const { tables } = analyse(parseReport(crlf));
    assert.equal(tables.cell('applications', 'R1', 'total')!.text, '26');
  });

  test('a bad front matter is reported as a problem, not thrown', () => {
    const r = parseReport('---\nyear: [\n---\n# x\n');
    assert.ok(r.frontMatter!.problems.length > 0);
    const r2 = parseReport('---\nagency: 某局\nyear: 一千\nformat: 2020\n---\n');
    assert.deepEqual(
      r2.frontMatter!.problems.map((p) => [p.key, p.line, p.zh]),
      [
        ['year', 2, '前置信息「year」为「一千」，应为2008至2100之间的年份，用阿拉伯数字'],
        ['format', 3, '前置信息「format」为「2020」，应为2019或2021'],
      ],
    );
    // The valid key stays.
    assert.equal(r2.agency, '某局');
  });

  test('an empty cell points where a value would be typed', () => {
    const t =
      '## 二、主动公开政府信息情况\n\n| 第二十条第（五）项 | 本年处理决定数量 |\n| --- | --: |\n| 行政许可 |  |\n';
    const { tables } = analyse(parseReport(t));
    const cell = tables.cell('item5', 'licensing', 'decisions')!;
    assert.equal(cell.text, '');
    assert.equal(cell.range.start.line, 4);
    assert.equal(cell.span.start.character, '| 行政许可 |'.length);
  });
});
