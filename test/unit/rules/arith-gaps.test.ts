import * as assert from 'node:assert/strict';
import { check, type CheckOptions } from '../../../src/core/check';
import type { Finding } from '../../../src/core/rules/types';
import { mutate, readFixture, REPORT_2020, REPORT_2021, REPORT_2022 } from '../helpers';

/**
 * The arithmetic rules where the data have gaps (a table or row missing, a cell blank or `？`, last year's
 * report without the figure): a sum that needs the gap is not checked, a fix is offered only when the
 * data determine it, and no rule stops with an internal error.
 */

const s21 = () => readFixture(REPORT_2021);
const s22 = () => readFixture(REPORT_2022);
const ARITH = ['NB301', 'NB302', 'NB303', 'NB304', 'NB305', 'NB306'];

/** The table lines of one section removed (its heading and prose kept). */
function withoutTables(text: string, heading: string): string {
  const start = text.indexOf(heading);
  const end = text.indexOf('\n## ', start + 1);
  const section = text
    .slice(start, end)
    .split('\n')
    .filter((l) => !l.startsWith('|'))
    .join('\n');
  return text.slice(0, start) + section + text.slice(end);
}

/** Last year's report as the reader gives it, whatever the front matter names. */
const previous = (text: string): CheckOptions => ({ readPrevious: () => text });

function arith(text: string, options?: CheckOptions): Finding[] {
  const all = check(text, options).findings;
  assert.deepEqual(
    all.filter((f) => f.message.startsWith('内部错误')).map((f) => f.message),
    [],
    'no rule may stop with an internal error',
  );
  return all.filter((f) => ARITH.includes(f.code));
}
const shown = (fs: Finding[]) => fs.map((f) => `${f.code} ${f.message}${f.fix ? ` → ${f.fix.title}` : ''}`);

suite('arithmetic where the data have gaps', () => {
  test('no table in section 三 or 四: no arithmetic finding', () => {
    assert.deepEqual(shown(arith(withoutTables(s21(), '## 三、'))), []);
    assert.deepEqual(shown(arith(withoutTables(s21(), '## 四、'))), []);
    assert.deepEqual(shown(arith(withoutTables(s22(), '## 三、'), previous(s21()))), []);
  });

  test('a `？` elsewhere in section 三: a wrong row total is reported, but its fix is not certain', () => {
    const text = mutate(
      mutate(
        s21(),
        '| （一）予以公开 | 9 | 1 | 0 | 1 | 0 | 0 | 11 |',
        '| （一）予以公开 | 9 | 1 | 0 | 1 | 0 | 0 | 12 |',
      ),
      '| 1.属于国家秘密 | 0 |',
      '| 1.属于国家秘密 | ？ |',
    );
    assert.deepEqual(shown(arith(text)), [
      'NB301 「（一）予以公开」的总计为12，而自然人与法人或其他组织各列之和为11，相差1',
      'NB302 （七）总计「总计」列为25，而各项办理结果之和为26，相差-1',
    ]);
  });

  test('a `？` in the row itself, in a result, or in 一: the sums that need it are not checked', () => {
    const row = mutate(
      s21(),
      '| （一）予以公开 | 9 | 1 | 0 | 1 | 0 | 0 | 11 |',
      '| （一）予以公开 | ？ | 1 | 0 | 1 | 0 | 0 | 11 |',
    );
    assert.deepEqual(shown(arith(row)), []);
    const result = mutate(
      mutate(
        s21(),
        '| （一）予以公开 | 9 | 1 | 0 | 1 | 0 | 0 | 11 |',
        '| （一）予以公开 | 9 | ？ | 0 | 1 | 0 | 0 | 11 |',
      ),
      '| （七）总计 | 20 | 3 |',
      '| （七）总计 | 20 | 4 |',
    );
    assert.deepEqual(
      shown(arith(result)).filter((f) => f.startsWith('NB302')),
      [],
    );
    const first = mutate(
      s21(),
      '| 一、本年新收政府信息公开申请数量 | 20 | 3 |',
      '| 一、本年新收政府信息公开申请数量 | ？ | 4 |',
    );
    assert.deepEqual(
      shown(arith(first)).filter((f) => f.startsWith('NB303')),
      ['NB303 勾稽关系不成立（商业企业）：一＋二＝4＋0＝4，（七）总计＋四＝3＋0＝3，相差1'],
    );
  });

  test('section 四’s totals are fixed even while section 三 contradicts itself', () => {
    const text = mutate(
      mutate(
        s21(),
        '| （一）予以公开 | 9 | 1 | 0 | 1 | 0 | 0 | 11 |',
        '| （一）予以公开 | 9 | 1 | 0 | 1 | 0 | 0 | 12 |',
      ),
      '| 行政复议 | 1 | 1 | 0 | 0 | 2 |',
      '| 行政复议 | 1 | 1 | 0 | 0 | 3 |',
    );
    const review = arith(text).filter((f) => f.code === 'NB304');
    assert.deepEqual(
      review.map((f) => f.fix?.title),
      ['改为 2'],
    );
  });

  test('carry-over: a blank this year or last year, or last year without the table, is not compared', () => {
    const r2 = '| 二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 1 | 0 | 3 |';
    const r4 = '| 四、结转下年度继续办理 | 2 | 0 | 0 | 0 | 1 | 0 | 3 |';
    assert.deepEqual(shown(arith(s22(), previous(s21()))), []);
    const changed = mutate(s22(), r2, '| 二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 1 | 1 | 4 |');
    const carry = (text: string, last: string) =>
      shown(arith(text, previous(last))).filter((f) => f.startsWith('NB305'));
    assert.deepEqual(carry(changed, s21()), [
      'NB305 上年结转（其他）为1，上年报告结转下年度继续办理为0 → 改为上年的 0',
      'NB305 上年结转（总计）为4，上年报告结转下年度继续办理为3 → 改为上年的 3',
    ]);
    const blankNow = mutate(s22(), r2, '| 二、上年结转政府信息公开申请数量 | 2 |  | 0 | 0 | 1 | 0 | 3 |');
    assert.deepEqual(shown(arith(blankNow, previous(s21()))), []);
    const blankLast = mutate(s21(), r4, '| 四、结转下年度继续办理 | 2 |  | 0 | 0 | 1 | 0 | 3 |');
    assert.deepEqual(
      shown(
        arith(
          mutate(s22(), r2, '| 二、上年结转政府信息公开申请数量 | 2 | 7 | 0 | 0 | 1 | 0 | 3 |'),
          previous(blankLast),
        ),
      ).filter((f) => f.startsWith('NB305')),
      [],
    );
    assert.deepEqual(carry(changed, withoutTables(s21(), '## 三、')), []);
  });

  test('valid documents: any of the four figures blank, or last year in the 2019 format, is not compared', () => {
    const row = '| 行政规范性文件 | 3 | 2 | 10 |';
    const wrong = mutate(s22(), row, '| 行政规范性文件 | 3 | 2 | 11 |');
    assert.deepEqual(shown(arith(wrong, previous(s21()))), [
      'NB306 「行政规范性文件」现行有效件数为11，按上年9＋本年制发3－本年废止2应为10',
    ]);
    for (const blanked of [
      '| 行政规范性文件 |  | 2 | 11 |',
      '| 行政规范性文件 | 3 |  | 11 |',
      '| 行政规范性文件 | 3 | 2 |  |',
    ])
      assert.deepEqual(
        shown(arith(mutate(s22(), row, blanked), previous(s21()))).filter((f) => f.startsWith('NB306')),
        [],
        blanked,
      );
    const lastBlank = mutate(s21(), '| 行政规范性文件 | 2 | 1 | 9 |', '| 行政规范性文件 | 2 | 1 |  |');
    assert.deepEqual(shown(arith(wrong, previous(lastBlank))), []);
    assert.deepEqual(
      shown(arith(wrong, previous(readFixture(REPORT_2020)))).filter((f) => f.startsWith('NB306')),
      [],
    );
    assert.deepEqual(shown(arith(withoutTables(wrong, '## 二、'), previous(s21()))), []);
  });
});
