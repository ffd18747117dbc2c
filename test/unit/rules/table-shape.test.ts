import * as assert from 'node:assert/strict';
import { check } from '../../../src/core/check';
import { mutate, readFixture, REPORT_2021 } from '../helpers';

/**
 * NB203 on the shape of a table: a missing row is inserted with the figures the other rows determine
 * (（七）总计 as the sum of the results, 四 as 一 + 二 − （七）, a single missing result as （七） less the
 * others) and ？ where they do not (a fix never invents a figure); rows of the wrong width and unknown rows.
 */
suite('NB203: missing rows and what they are inserted with', () => {
  const s21 = readFixture(REPORT_2021);
  const ROW = {
    carried: '| 四、结转下年度继续办理 | 2 | 0 | 0 | 0 | 1 | 0 | 3 |\n',
    total: '| （七）总计 | 20 | 3 | 0 | 1 | 1 | 0 | 25 |\n',
    petition: '| 1.信访举报投诉类申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n',
    repeated: '| 2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n',
    madeUp: '| 2.没有现成信息需要另行制作 | 1 | 1 | 0 | 0 | 0 | 0 | 2 |\n',
    suit: '| 行政诉讼（复议后起诉） | 0 | 0 | 0 | 0 | 0 |\n',
  };
  /** `line:start-end message | fix title → line:character inserted` (1-based lines) after the changes. */
  const nb203 = (...changes: Array<[string, string]>) => {
    const text = changes.reduce((t, [from, to]) => mutate(t, from, to), s21);
    return check(text)
      .findings.filter((f) => f.code === 'NB203')
      .map((f) => {
        const fix = f.fix
          ? ` | ${f.fix.title} → ${f.fix.edits.map((e) => `${e.range.start.line + 1}:${e.range.start.character} ${JSON.stringify(e.newText)}`).join(', ')}`
          : '';
        return `${f.range.start.line + 1}:${f.range.start.character}-${f.range.end.character} ${f.message}${fix}`;
      });
  };

  test('四 is 一 + 二 − （七）, column by column', () => {
    assert.deepEqual(nb203([ROW.carried, '']), [
      '89:0-39 表格「申请人情况」缺少行「四、结转下年度继续办理」 | 插入行「四、结转下年度继续办理」 → ' +
        '90:0 "| 四、结转下年度继续办理 | 2 | 0 | 0 | 0 | 1 | 0 | 3 |\\n"',
    ]);
  });

  test('（七）总计 is the sum of the results', () => {
    assert.deepEqual(nb203([ROW.total, '']), [
      '88:0-36 表格「申请人情况」缺少行「（七）总计」 | 插入行「（七）总计」 → 89:0 "| （七）总计 | 20 | 3 | 0 | 1 | 1 | 0 | 25 |\\n"',
    ]);
  });

  test('a single missing result is （七） less the others; two missing are unknown', () => {
    assert.deepEqual(nb203([ROW.petition, '']), [
      '79:0-25 表格「申请人情况」缺少行「1.信访举报投诉类申请」 | 插入行「1.信访举报投诉类申请」 → ' +
        '80:0 "| 1.信访举报投诉类申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\\n"',
    ]);
    assert.deepEqual(nb203([ROW.petition, ''], [ROW.repeated, '']), [
      '79:0-25 表格「申请人情况」缺少行「1.信访举报投诉类申请」 | 插入行「1.信访举报投诉类申请」 → ' +
        '80:0 "| 1.信访举报投诉类申请 | ？ | ？ | ？ | ？ | ？ | ？ | ？ |\\n"',
      '79:0-25 表格「申请人情况」缺少行「2.重复申请」 | 插入行「2.重复申请」 → 80:0 "| 2.重复申请 | ？ | ？ | ？ | ？ | ？ | ？ | ？ |\\n"',
    ]);
  });

  test('？ in a column an unreadable cell feeds, or where the difference would be negative', () => {
    assert.deepEqual(
      nb203([ROW.carried, ''], [ROW.madeUp, '| 2.没有现成信息需要另行制作 | 1 | ？ | 0 | 0 | 9 | 0 | 2 |\n']),
      [
        '89:0-39 表格「申请人情况」缺少行「四、结转下年度继续办理」 | 插入行「四、结转下年度继续办理」 → ' +
          '90:0 "| 四、结转下年度继续办理 | 2 | ？ | 0 | 0 | ？ | 0 | 3 |\\n"',
      ],
    );
  });

  test('a row of the review table: every figure unknown', () => {
    assert.deepEqual(nb203([ROW.suit, '']), [
      '97:0-38 表格「行政复议、行政诉讼」缺少行「行政诉讼（复议后起诉）」 | 插入行「行政诉讼（复议后起诉）」 → ' +
        '98:0 "| 行政诉讼（复议后起诉） | ？ | ？ | ？ | ？ | ？ |\\n"',
    ]);
  });

  test('rows of the wrong width and unknown rows: said, and no row inserted into such a table', () => {
    assert.deepEqual(
      nb203(
        ['| 3.其他 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |', '| 3.其他 | 0 | 0 | 0 | 0 | 0 |'],
        [ROW.petition, '| 1.信访举报投诉类申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 | 5 |\n'],
        [ROW.repeated, '| 重复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n'],
      ),
      [
        '80:0-47 表格「申请人情况」缺少行「2.重复申请」',
        '80:0-47 「1.信访举报投诉类申请」一行有9个单元格，表头有8个',
        '81:2-6 表格「申请人情况」中无法识别的行「重复申请」',
        '88:0-28 「3.其他」一行有6个单元格，表头有8个',
      ],
    );
  });

  test('NB201: a declared format the tables do not follow, with the front matter as the related place', () => {
    const declared = (format: string, locale: 'zh-cn' | 'en' = 'zh-cn') =>
      check(mutate(s21, 'year: 2021\n', `year: 2021\nformat: ${format}\n`), { locale })
        .findings.filter((f) => f.code === 'NB201')
        .map(
          (f) =>
            `${f.range.start.line + 1}:${f.range.start.character}-${f.range.end.character} ${f.message}` +
            f.related.map((r) => ` (${r.range.start.line + 1}-${r.range.end.line + 1} ${r.message})`).join(''),
        );
    assert.deepEqual(declared('2019'), [
      '40:14-20 前置信息声明 format: 2019，但表格「本年制发件数」属于2021年版 (1-5 前置信息)',
    ]);
    assert.deepEqual(declared('2019', 'en'), [
      '40:14-20 The front matter says format: 2019, but “本年制发件数” belongs to the 2021 format (1-5 front matter)',
    ]);
    assert.deepEqual(declared('2021'), []);
  });
});
