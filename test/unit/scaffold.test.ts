import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, check } from '../../src/core/check';
import { parseReport } from '../../src/core/parse';
import { scaffold } from '../../src/core/scaffold';
import { ROOT } from './helpers';

suite('scaffold of a new report', () => {
  const previous = readFileSync(join(ROOT, 'examples/baiyun-2023.md'), 'utf8');

  for (const year of [2020, 2024]) {
    test(`${year}: every table of the ${year >= 2021 ? 2021 : 2019} format, clean apart from placeholders`, () => {
      const text = scaffold({ agency: '青山市某局', year });
      const result = check(text);
      assert.equal(result.format, year >= 2021 ? '2021' : '2019');
      assert.deepEqual([...new Set(result.findings.map((f) => f.code))], ['NB404']);
      const { tables, report } = analyse(parseReport(text));
      assert.equal(tables.byId.size, year >= 2021 ? 6 : 7);
      assert.deepEqual(
        report.sections.map((s) => s.key),
        ['一', '二', '三', '四', '五', '六'],
      );
      assert.ok(
        report.sections.every((s) => s.key === '二' || s.key === '三' || s.key === '四' || s.notes.length >= 3),
      );
      assert.equal(report.signature?.date?.text, `${year + 1}年  月  日`);
    });
  }

  test('carries 上年结转 and the valid documents over from last year', () => {
    const text = scaffold({
      agency: '白云县应急管理局',
      year: 2024,
      previous: { markdown: previous, ref: 'baiyun-2023.md' },
    });
    const { tables } = analyse(parseReport(text));
    assert.deepEqual(
      ['natural', 'business', 'total'].map((c) => tables.number('applications', 'R2', c)),
      [0, 1, 1],
    );
    assert.equal(tables.number('item1', 'normativeDocs', 'valid'), 11);
    const result = check(text, { readPrevious: (ref) => (ref === 'baiyun-2023.md' ? previous : undefined) });
    assert.deepEqual([...new Set(result.findings.map((f) => f.code))], ['NB404']);
  });
});
