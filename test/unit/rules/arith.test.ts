import * as assert from 'node:assert/strict';
import { check } from '../../../src/core/check';
import type { Range } from '../../../src/core/model';
import { mutate, readFixture, REPORT_2021 } from '../helpers';

/**
 * The arithmetic findings in English, whole: the message with both figures and the difference, the
 * cell they point at, every related location with its text, and the fix.
 */

const clean = readFixture(REPORT_2021);

const cases: Array<{ code: string; from: string; to: string; expected: unknown[] }> = [
  {
    code: 'NB301',
    from: '| （一）予以公开 | 9 | 1 | 0 | 1 | 0 | 0 | 11 |',
    to: '| （一）予以公开 | 9 | 1 | 0 | 1 | 0 | 0 | 12 |',
    expected: [
      {
        message: '“（一）予以公开”: 总计 is 12 but the applicant columns add up to 11 (difference 1)',
        at: '63:12',
        related: [['63:（一）予以公开', 'this row']],
        fix: ['Set to 11', '11'],
      },
    ],
  },
  {
    code: 'NB302',
    from: '| （七）总计 | 20 |',
    to: '| （七）总计 | 19 |',
    expected: [
      {
        message: '（七）总计, column “自然人”: 19, but the results add up to 20 (difference -1)',
        at: '88:19',
        related: [['88:（七）总计', 'this row']],
        fix: ['Set to 20', '20'],
      },
    ],
  },
  {
    code: 'NB303',
    from: '| 二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |',
    to: '| 二、上年结转政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |',
    expected: [
      {
        message: 'Balance fails (自然人): 一 + 二 = 20 + 3 = 23, （七）总计 + 四 = 20 + 2 = 22, difference 1',
        at: '60:20',
        related: [
          ['61:3', '二 (carried over)'],
          ['88:20', '（七） (results total)'],
          ['89:2', '四 (carried forward)'],
        ],
        fix: undefined,
      },
      {
        message: 'Balance fails (总计): 一 + 二 = 26 + 3 = 29, （七）总计 + 四 = 25 + 3 = 28, difference 1',
        at: '60:26',
        related: [
          ['61:3', '二 (carried over)'],
          ['88:25', '（七） (results total)'],
          ['89:3', '四 (carried forward)'],
        ],
        fix: undefined,
      },
    ],
  },
  {
    code: 'NB304',
    from: '| 行政复议 | 1 | 1 | 0 | 0 | 2 |',
    to: '| 行政复议 | 1 | 1 | 0 | 0 | 3 |',
    expected: [
      {
        message: '“行政复议”: 总计 is 3 but its four results add up to 2',
        at: '95:3',
        related: [['95:行政复议', 'this row']],
        fix: ['Set to 2', '2'],
      },
    ],
  },
];

suite('arithmetic findings, whole (English)', () => {
  for (const c of cases)
    test(`${c.code}: message, cell, related cells and fix`, () => {
      const text = mutate(clean, c.from, c.to);
      const lines = text.split('\n');
      const at = (r: Range) => `${r.start.line}:${lines[r.start.line].slice(r.start.character, r.end.character)}`;
      const got = check(text, { locale: 'en' })
        .findings.filter((f) => f.code === c.code)
        .map((f) => ({
          message: f.message,
          at: at(f.range),
          related: f.related.map((r) => [at(r.range), r.message]),
          fix: f.fix && [f.fix.title, f.fix.edits.map((e) => e.newText).join('|')],
        }));
      assert.deepEqual(got, c.expected);
    });
});
