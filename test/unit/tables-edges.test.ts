import * as assert from 'node:assert/strict';
import { analyse } from '../../src/core/check';
import { FORMATS } from '../../src/core/formats/tables';
import { parseReport } from '../../src/core/parse';
import { alignInOrder, identify, readNumber, valueProblem, versionEvidence } from '../../src/core/tables';
import { mutate, readFixture, REPORT_2021 } from './helpers';

suite('table cells: numbers', () => {
  test('plain digits, signs, dashes, padding, units, thousands', () => {
    const cases: Array<[string, ReturnType<typeof readNumber>]> = [
      ['12', { value: 12 }],
      ['007', { value: 7 }],
      ['−5', { value: -5, unit: undefined }],
      ['—5', { value: -5, unit: undefined }],
      ['–5', { value: -5, unit: undefined }],
      ['+3', { value: 3, unit: undefined }],
      [' 3 ', { value: 3, unit: undefined }],
      ['５', { value: 5, unit: undefined }],
      ['12.5', { value: 12.5, unit: undefined }],
      ['12.5万元', { value: 12.5, unit: '万元' }],
      ['3亿元', { value: 3, unit: '亿元' }],
      ['5元', { value: 5, unit: '元' }],
      ['1,250', { value: 1250, unit: undefined }],
      ['1，250', { value: 1250, unit: undefined }],
      ['12,345.5万元', { value: 12345.5, unit: '万元' }],
      ['1234567890123456', { value: 1234567890123456, unit: undefined }],
      ['', undefined],
      ['\u3000', undefined],
      ['约12', null],
      ['12件', null],
      ['1,00', null],
      ['1000,000', null],
      ['1.', null],
      ['？', null],
    ];
    for (const [text, expected] of cases) assert.deepStrictEqual(readNumber(text), expected, text);
  });

  test('what each kind of column refuses', () => {
    assert.equal(valueProblem({ value: -1 }, 'count'), 'negative');
    assert.equal(valueProblem({ value: -1 }, 'delta'), undefined);
    assert.equal(valueProblem({ value: 1.5 }, 'count'), 'decimal');
    assert.equal(valueProblem({ value: -1.5 }, 'delta'), 'decimal');
    assert.equal(valueProblem({ value: 1.5 }, 'amount'), undefined);
    assert.equal(valueProblem({ value: 12 }, 'amountWithUnit'), 'unit');
    assert.equal(valueProblem({ value: 0 }, 'amountWithUnit'), undefined);
    assert.equal(valueProblem({ value: 12, unit: '万元' }, 'amountWithUnit'), undefined);
    assert.equal(valueProblem({ value: 12, unit: '万元' }, 'count'), 'unexpected-unit');
    assert.equal(valueProblem({ value: 12, unit: '万元' }, 'amount'), 'unexpected-unit');
  });
});

suite('matched tables', () => {
  const text = readFixture(REPORT_2021);
  const tablesOf = (t: string) => analyse(parseReport(t)).tables;

  test('a report without tables: no cell, no number, arithmetic values 0, the format’s rows still known', () => {
    const tables = tablesOf('# 甲局2021年政府信息公开工作年度报告\n');
    assert.equal(tables.cell('applications', 'R1', 'total'), undefined);
    assert.equal(tables.cellRange('review', 'reconsideration', 'total'), undefined);
    assert.equal(tables.number('applications', 'R1', 'total'), undefined);
    assert.equal(tables.value('applications', 'R1', 'total'), 0);
    assert.deepEqual(tables.itemsOf('C'), ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8']);
    assert.deepEqual(tables.itemsOf('A'), []);
    assert.deepEqual(tables.itemsOf('F'), ['F1', 'F2', 'F3']);
  });

  test('cells by official row and column; unknown keys give nothing', () => {
    const tables = tablesOf(text);
    assert.equal(tables.cell('applications', 'ZZ', 'total'), undefined);
    assert.equal(tables.cell('applications', 'R1', 'nobody'), undefined);
    assert.deepEqual(tables.cellRange('applications', 'R1', 'natural'), {
      start: { line: 60, character: 21 },
      end: { line: 60, character: 23 },
    });
  });

  test('the rows that add up to （七）总计, and group totals', () => {
    const tables = tablesOf(text);
    assert.deepEqual(tables.resultRows(), 'A B C1 C2 C3 C4 C5 C6 C7 C8 D1 D2 D3 E1 E2 E3 E4 E5 F1 F2 F3'.split(' '));
    assert.equal(tables.groupTotal('A'), 11);
    assert.equal(tables.groupTotal('C'), 3);
    assert.equal(tables.groupTotal('D'), 7);
  });

  test('a cell is read once: the number stays what it was when first asked for', () => {
    const tables = tablesOf(text);
    assert.equal(tables.number('applications', 'A', 'natural'), 9);
    assert.equal(tables.number('applications', 'A', 'total'), 11);
    tables.cell('applications', 'A', 'natural')!.text = '90';
    tables.cell('applications', 'A', 'total')!.text = '110';
    assert.equal(tables.number('applications', 'A', 'natural'), 9);
    assert.equal(tables.number('applications', 'A', 'total'), 11);
    assert.equal(tables.number('applications', 'B', 'natural'), 2);
  });

  test('the sum of a row’s parts: none for a table without parts or with a part that is not a number', () => {
    const tables = tablesOf(
      mutate(
        text,
        '| （二）部分公开（区分处理的，只计这一情形，不计其他情形） | 2 |',
        '| （二）部分公开（区分处理的，只计这一情形，不计其他情形） | ？ |',
      ),
    );
    assert.equal(tables.sumOfParts('applications', 'A'), 11);
    assert.equal(tables.sumOfParts('applications', 'B'), undefined);
    assert.equal(tables.sumOfParts('item1', 'regulations'), undefined);
    assert.equal(tables.sumOfParts('review', 'reconsideration'), 2);
  });
});

suite('which table a written one is', () => {
  test('by its caption alone, even with no rows', () => {
    const table = parseReport('## 二、主动公开政府信息情况\n\n| 第二十条第（五）项 | 本年处理决定数量 |\n|---|---|\n')
      .tables[0];
    assert.equal(identify(table, FORMATS['2021'])?.id, 'item5');
  });

  test('by its row labels when the caption is not one, among its section’s tables', () => {
    const report = parseReport(
      '## 四、行政复议、行政诉讼情况\n\n| 情况 | 结果维持 |\n|---|---|\n| 行政复议 | 1 |\n| 行政诉讼（复议后起诉） | 0 |\n',
    );
    assert.equal(identify(report.tables[0], FORMATS['2021'])?.id, 'review');
    const blank = parseReport('## 四、行政复议、行政诉讼情况\n\n| 情况 | 数 |\n|---|---|\n| 甲 | 1 |\n');
    assert.equal(identify(blank.tables[0], FORMATS['2021']), undefined);
  });
});

suite('aligning written labels with official ones', () => {
  // Official items are objects (as rows and columns are), so that two equal labels are two items.
  const align = (written: string[], labels: string[]) =>
    alignInOrder(
      written,
      labels.map((label, i) => ({ label, i })),
      (w) => w,
      (d) => d.label,
    ).map((d) => (d === undefined ? '-' : String(d.i)));

  test('equal labels match wherever they stand', () => {
    assert.deepEqual(align(['丙', '甲', '乙'], ['甲', '乙', '丙']), ['2', '0', '1']);
    assert.deepEqual(align(['乙', '甲'], ['甲', '乙']), ['1', '0']);
  });

  test('an equal label is not taken again by a near one', () => {
    assert.deepEqual(
      align(['行政许可事项', '行政处罚事頂', '行政强制事项'], ['行政许可事项', '行政处罚事项', '行政强制事项']),
      ['0', '1', '2'],
    );
    assert.deepEqual(align(['行政许可事项', '某某'], ['行政许可事项', '行政处罚事项']), ['0', '-']);
  });

  test('a near label matches between its matched neighbours, the nearest ones', () => {
    // The same official label twice (two groups): the one after the left neighbour is taken.
    assert.deepEqual(align(['乙乙乙乙', '甲甲甲甲乙'], ['甲甲甲甲', '乙乙乙乙', '甲甲甲甲']), ['1', '2']);
    assert.deepEqual(align(['乙乙乙乙', '某某', '甲甲甲甲乙'], ['甲甲甲甲', '乙乙乙乙', '甲甲甲甲']), ['1', '-', '2']);
    // …and before the right neighbour (beyond it another is as near: without the window, no match).
    assert.deepEqual(align(['甲甲甲甲乙', '乙乙乙乙'], ['丙丙丙丙', '甲甲甲甲', '乙乙乙乙', '甲甲甲甲乙丁']), [
      '1',
      '2',
    ]);
    assert.deepEqual(align(['甲甲甲甲乙', '某某', '乙乙乙乙'], ['丙丙丙丙', '甲甲甲甲', '乙乙乙乙', '甲甲甲甲乙丁']), [
      '1',
      '-',
      '2',
    ]);
    // Two as near within the window: no match rather than a guess.
    assert.deepEqual(align(['甲甲甲甲乙'], ['甲甲甲甲丙', '甲甲甲甲']), ['-']);
  });
});

suite('which format the tables show', () => {
  const sectionThree = (rows: string) =>
    parseReport(`## 三、收到和处理政府信息公开申请情况\n\n| 申请人情况 | 自然人 | 总计 |\n|---|---|---|\n${rows}`);
  const evidence = (rows: string) => versionEvidence(sectionThree(rows)).map((e) => `${e.version} ${e.label}`);

  test('（六）其他处理 with figures on its own row is the 2019 table', () => {
    assert.deepEqual(evidence('| （六）其他处理 | 1 | 1 |\n'), ['2019 （六）其他处理（单行）']);
    assert.deepEqual(evidence('| （六）其他处理 | | |\n'), []);
    assert.deepEqual(evidence('| （六）其他处理 | 0 | 0 |\n'), ['2019 （六）其他处理（单行）']);
  });

  test('its items are the 2021 table', () => {
    assert.deepEqual(evidence('| （六）其他处理 | | |\n| 3.其他 | 1 | 1 |\n'), ['2021 3.其他']);
  });

  test('outside section 三 neither counts', () => {
    const report = parseReport('## 四、行政复议\n\n| 甲 | 乙 |\n|---|---|\n| （六）其他处理 | 1 |\n| 3.其他 | 1 |\n');
    assert.deepEqual(versionEvidence(report), []);
  });

  test('a signal label in a header or a first column is evidence, with its range', () => {
    const report = parseReport(
      '## 二、主动公开\n\n| 第二十条第（九）项 | 采购项目数量 |\n|---|---|\n| 政府集中采购 | 1 |\n',
    );
    assert.deepEqual(
      versionEvidence(report).map((e) => `${e.version} ${e.label} ${e.range.start.line}:${e.range.start.character}`),
      ['2019 第二十条第（九）项 2:2', '2019 采购项目数量 2:14', '2019 政府集中采购 4:2'],
    );
  });
});
