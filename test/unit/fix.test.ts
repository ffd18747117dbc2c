import * as assert from 'node:assert/strict';
import { check } from '../../src/core/check';
import { applyEdits } from '../../src/core/edits';
import { compatible, fixAll, progress } from '../../src/core/fix';
import type { TextEdit } from '../../src/core/model';
import type { Finding } from '../../src/core/rules/types';
import { readFixture, REPORT_2021 } from './helpers';

/** How edits combine, and how fix-all repeats passes until nothing certain is left. */

const at = (line: number, from: number, to: number, newText: string): TextEdit => ({
  range: { start: { line, character: from }, end: { line, character: to } },
  newText,
});

suite('applying edits', () => {
  test('edits are applied as if at once: each range refers to the original text', () => {
    const r = applyEdits('甲乙丙丁戊', [at(0, 3, 4, '四'), at(0, 0, 1, '一一')]);
    assert.deepEqual(r, { text: '一一乙丙四戊', applied: 2, skipped: [] });
  });

  test('an edit overlapping one already taken is skipped and returned, not applied over it', () => {
    const first = at(0, 1, 3, 'X');
    const second = at(0, 2, 4, 'Y');
    const r = applyEdits('甲乙丙丁戊', [second, first]);
    assert.deepEqual(r, { text: '甲X丁戊', applied: 1, skipped: [second] });
  });

  test('edits that touch without overlapping are both applied', () => {
    const r = applyEdits('甲乙丙丁', [at(0, 0, 2, 'A'), at(0, 2, 4, 'B')]);
    assert.deepEqual(r, { text: 'AB', applied: 2, skipped: [] });
  });

  test('insertions at the same place keep their order', () => {
    const r = applyEdits('甲乙', [at(0, 1, 1, '1'), at(0, 1, 1, '2')]);
    assert.equal(r.text, '甲12乙');
  });

  test('positions on later lines are read against the original lines', () => {
    const r = applyEdits('一\n二\n三', [at(2, 0, 1, '3'), at(0, 0, 1, '1\n1')]);
    assert.equal(r.text, '1\n1\n二\n3');
  });
});

/** The 2021 fixture with the lines from the one starting `from` up to the one starting `to` removed. */
function withoutRows(from: string, to: string): string {
  const lines = readFixture(REPORT_2021).split('\n');
  const i = lines.findIndex((l) => l.startsWith(from));
  const j = lines.findIndex((l) => l.startsWith(to));
  assert.ok(i > 0 && j > i, `${from} … ${to}`);
  lines.splice(i, j - i);
  return lines.join('\n');
}

const UNKNOWN_ROW = (label: string) => `| ${label} | ？ | ？ | ？ | ？ | ？ | ？ | ？ |`;

suite('fix-all', () => {
  test('rows inserted at one place are inserted over several passes, all of them, with ？ not invented zeros', () => {
    const text = withoutRows('| （三）不予公开', '| （四）无法提供');
    const fixed = fixAll(text);
    assert.equal(fixed.edits, 9);
    const labels = [
      '1.属于国家秘密',
      '2.其他法律行政法规禁止公开',
      '3.危及“三安全一稳定”',
      '4.保护第三方合法权益',
      '5.属于三类内部事务信息',
      '6.属于四类过程性信息',
      '7.属于行政执法案卷',
      '8.属于行政查询事项',
    ];
    const inserted = ['| （三）不予公开 | | | | | | | |', ...labels.map(UNKNOWN_ROW)].join('\n');
    assert.ok(fixed.text.includes(`\n${inserted}\n| （四）无法提供 |`), fixed.text);
    assert.deepEqual(
      check(fixed.text).findings.map((f) => `${f.code} ${f.message}`),
      labels.map(
        (l) => `NB204 「${l}」一行有7个数字尚未确定（标为「？」：导入时原文无法确定，或补入缺行时无从得知），请填写`,
      ),
    );
    assert.deepEqual(fixAll(fixed.text), { text: fixed.text, edits: 0 });
  });

  test('a single missing result row is inserted with the figures the total leaves for it', () => {
    const clean = readFixture(REPORT_2021);
    const text = withoutRows('| 4.保护第三方合法权益', '| 5.属于三类内部事务信息');
    assert.deepEqual(fixAll(text), { text: clean, edits: 1 });
  });

  test('（七）总计 missing with a result row: neither can be derived, both are inserted as ？', () => {
    const text = withoutRows('| 3.其他', '| 四、结转下年度继续办理');
    const fixed = fixAll(text);
    assert.equal(fixed.edits, 2);
    assert.ok(fixed.text.includes(`\n${UNKNOWN_ROW('3.其他')}\n${UNKNOWN_ROW('（七）总计')}\n| 四、结转`));
  });

  test('（七）总计 alone missing: inserted as the sum of the results', () => {
    const clean = readFixture(REPORT_2021);
    assert.deepEqual(fixAll(withoutRows('| （七）总计', '| 四、结转下年度继续办理')), { text: clean, edits: 1 });
  });

  test('findings come sorted by line, then column, then code', () => {
    const text = readFixture(REPORT_2021)
      .replace('| 行政复议 | 1 | 1 | 0 | 0 | 2 |', '| 行政复议 | 1 | 1 | 0 | 0 | 3 |')
      .replace('## 五、存在的主要问题及改进情况', '## 存在的主要问题及改进情况')
      .replace('2022年1月18日', '2022年  月  日');
    const got = check(text).findings.map((f) => [f.range.start.line, f.range.start.character, f.code] as const);
    assert.ok(got.length >= 3, JSON.stringify(got));
    const sorted = [...got].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2].localeCompare(b[2]));
    assert.deepEqual(got, sorted);
    assert.notDeepEqual(
      got.map((g) => g[2]),
      [...got.map((g) => g[2])].sort(),
      'the codes alone are not in order',
    );
  });
});

suite('rule settings', () => {
  const text = readFixture(REPORT_2021).replace('2022年1月18日', '2022年  月  日');
  const nb404 = (rules: Record<string, 'off' | 'info' | 'warning' | 'error'>) =>
    check(text, { rules })
      .findings.filter((f) => f.code === 'NB404')
      .map((f) => f.severity);

  test('by default the blank date is an error', () => {
    assert.deepEqual(nb404({}), ['error']);
  });

  test('a code in capitals, in lower case, or the rule’s name: all set the same rule', () => {
    assert.deepEqual(nb404({ NB404: 'warning' }), ['warning']);
    assert.deepEqual(nb404({ nb404: 'info' }), ['info']);
    assert.deepEqual(nb404({ Nb404: 'off' }), []);
    assert.deepEqual(nb404({ 'text.placeholder': 'off' }), []);
  });

  test('a key that names no rule changes nothing', () => {
    assert.deepEqual(nb404({ nb999: 'off', 'text.placeholders': 'off' }), ['error']);
  });
});

/** A finding with a fix of the given edits (what compatible and progress look at). */
const finding = (code: string, edits: TextEdit[], severity: Finding['severity'] = 'error'): Finding => ({
  code,
  name: code,
  severity,
  message: code,
  range: edits[0]?.range ?? at(0, 0, 0, '').range,
  related: [],
  fix: edits.length ? { title: code, edits } : undefined,
});
const codes = (findings: readonly Finding[]) => findings.map((f) => f.code);

suite('one pass of fix-all: which fixes go together', () => {
  const text = '甲乙丙丁戊己庚';

  test('of two overlapping fixes the first is taken; the order of the rest is kept', () => {
    const taken = compatible(
      [finding('A', [at(0, 1, 3, 'x')]), finding('B', [at(0, 2, 4, 'y')]), finding('C', [at(0, 5, 6, 'z')])],
      text,
    );
    assert.deepEqual(codes(taken), ['A', 'C']);
  });

  test('ranges that only touch go together, on either side', () => {
    const taken = compatible(
      [finding('A', [at(0, 2, 4, 'x')]), finding('B', [at(0, 0, 2, 'y')]), finding('C', [at(0, 4, 6, 'z')])],
      text,
    );
    assert.deepEqual(codes(taken), ['A', 'B', 'C']);
  });

  test('two insertions at one place do not go together (their order would be a guess)', () => {
    const taken = compatible([finding('A', [at(0, 3, 3, 'x')]), finding('B', [at(0, 3, 3, 'y')])], text);
    assert.deepEqual(codes(taken), ['A']);
  });

  test('an insertion at the start of a replaced range does not go with it; at its end it does', () => {
    assert.deepEqual(codes(compatible([finding('A', [at(0, 2, 4, 'x')]), finding('B', [at(0, 2, 2, 'y')])], text)), [
      'A',
    ]);
    assert.deepEqual(codes(compatible([finding('A', [at(0, 2, 4, 'x')]), finding('B', [at(0, 4, 4, 'y')])], text)), [
      'A',
      'B',
    ]);
  });

  test('a fix is taken whole or not at all: an edit of it that overlaps leaves its other edits free', () => {
    const taken = compatible(
      [
        finding('A', [at(0, 0, 2, 'x')]),
        finding('B', [at(0, 5, 6, 'y'), at(0, 1, 2, 'y')]),
        finding('C', [at(0, 5, 7, 'z')]),
      ],
      text,
    );
    assert.deepEqual(codes(taken), ['A', 'C']);
  });

  test('positions are compared as offsets in the whole text, across lines', () => {
    const taken = compatible([finding('A', [at(1, 0, 2, 'x')]), finding('B', [at(0, 2, 3, 'y')])], '甲乙丙\n丁戊');
    assert.deepEqual(codes(taken), ['A', 'B']);
    const crossing = { range: { start: { line: 0, character: 2 }, end: { line: 1, character: 1 } }, newText: '' };
    assert.deepEqual(codes(compatible([finding('A', [at(1, 0, 2, 'x')]), finding('B', [crossing])], '甲乙丙\n丁戊')), [
      'A',
    ]);
  });
});

suite('a pass of fix-all is kept only when it is progress', () => {
  const result = (...findings: Finding[]) => ({ report: check('').report, format: '2021' as const, findings });
  const fixable = (code: string, severity: Finding['severity'] = 'error') =>
    finding(code, [at(0, 0, 1, 'x')], severity);
  const plain = (code: string, severity: Finding['severity']) => finding(code, [], severity);

  test('fewer fixable findings and no more of any severity is progress', () => {
    assert.equal(progress(result(fixable('A'), fixable('B')), result(fixable('A'))), true);
    assert.equal(progress(result(fixable('A'), plain('W', 'warning')), result(plain('W', 'warning'))), true);
  });

  test('as many fixable findings as before is not progress', () => {
    assert.equal(progress(result(fixable('A')), result(fixable('B'))), false);
  });

  for (const severity of ['error', 'warning', 'info'] as const) {
    test(`one ${severity} more is not progress, even with fewer fixable findings`, () => {
      const other = severity === 'error' ? 'warning' : 'error';
      assert.equal(progress(result(fixable('A', other), fixable('B', other)), result(plain('N', severity))), false);
    });
  }
});
