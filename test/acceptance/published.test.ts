import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { check, analyse } from '../../src/core/check';
import { parseReport } from '../../src/core/parse';
import { importHtml, importText, type Imported } from '../../src/importers';
import { SHARED } from './helpers';

/** The published reports of shared/examples: every figure in its cell, and the reviewer's findings. */

const published = (name: string) => readFileSync(resolve(SHARED, 'examples/published', name), 'utf8');
const ARITHMETIC = ['NB301', 'NB302', 'NB303', 'NB304', 'NB305', 'NB306'];

interface Case {
  file: string;
  imported: () => Imported;
  year: number;
  agency: string;
  format: '2019' | '2021';
  expected: string[];
  absent: string[];
}

const cases: Case[] = [
  {
    file: '000_e8dd36e3c531cea8.txt',
    imported: () => importText(published('000_e8dd36e3c531cea8.txt')),
    year: 2021,
    agency: '东营市河口区融媒体中心',
    format: '2021',
    expected: ['NB103', 'NB104', 'NB107', 'NB202', 'NB404', 'NB502', 'NB504', 'NB602', 'NB603'],
    absent: ['NB201', 'NB401', 'NB501'],
  },
  {
    file: '001_04dc4f47b69b910a.txt',
    imported: () => importText(published('001_04dc4f47b69b910a.txt')),
    year: 2020,
    agency: '六安市叶集区融媒体中心',
    format: '2019',
    expected: ['NB107', 'NB202', 'NB504', 'NB601'],
    absent: ['NB201', 'NB501', 'NB502', 'NB401'],
  },
  {
    file: '003_a817628b4ef7e32e.txt',
    imported: () => importText(published('003_a817628b4ef7e32e.txt')),
    year: 2022,
    agency: '硚口区融媒体中心',
    format: '2021',
    expected: ['NB103', 'NB104', 'NB106', 'NB504', 'NB602'],
    absent: ['NB501', 'NB502', 'NB201', 'NB401'],
  },
  {
    file: 'shanghai-2019-general-office.html',
    imported: () => importHtml(published('shanghai-2019-general-office.html')),
    year: 2019,
    agency: '上海市人民政府办公厅',
    format: '2019',
    expected: ['NB204', 'NB401', 'NB403'],
    absent: ['NB201'],
  },
];

suite('importing the published reports', () => {
  for (const c of cases) {
    suite(c.file, () => {
      const imported = c.imported();
      const result = check(imported.markdown);
      const codes = new Set(result.findings.map((f) => f.code));

      test('front matter from the title and the tables; all six sections', () => {
        assert.equal(result.report.agency, c.agency);
        assert.equal(result.report.year, c.year);
        assert.equal(result.format, c.format);
        assert.equal(result.report.frontMatter?.format, c.format);
        assert.deepEqual(
          result.report.sections.map((s) => s.key),
          ['一', '二', '三', '四', '五', '六'],
        );
        assert.deepEqual(imported.unplaced, []);
      });

      test('the checker reports what a reviewer finds, and no arithmetic finding', () => {
        for (const code of c.expected) assert.ok(codes.has(code), `expected ${code}; got ${[...codes].join(', ')}`);
        for (const code of [...c.absent, ...ARITHMETIC])
          assert.ok(
            !codes.has(code),
            `unexpected ${code}: ${result.findings
              .filter((f) => f.code === code)
              .map((f) => f.message)
              .join(' | ')}`,
          );
      });

      test('every official table is there with every row', () => {
        const { tables } = analyse(parseReport(imported.markdown));
        const ids =
          c.format === '2019'
            ? ['item1', 'item5', 'item6', 'item8', 'item9', 'applications', 'review']
            : ['item1', 'item5', 'item6', 'item8', 'applications', 'review'];
        for (const id of ids) {
          const t = tables.get(id as 'item1');
          assert.ok(t, `table ${id}`);
          assert.equal(t.rowByKey.size, t.def.rows.length, `${id}: rows`);
          for (const row of t.rowByKey.values())
            assert.equal(row.cells.length, t.def.columns.length + 1, `${id} ${row.cells[0].text}: cells`);
        }
      });
    });
  }

  test('the zero tables of the text reports keep 0 in every cell (padding kept for NB602)', () => {
    for (const c of cases.slice(0, 3)) {
      const { tables } = analyse(parseReport(c.imported().markdown));
      const t = tables.get('applications')!;
      for (const [key, row] of t.rowByKey) {
        if (t.def.rows.find((r) => r.key === key)!.labelOnly) continue;
        for (const i of t.columnIndex.values())
          assert.match(row.cells[i].text, /^[\u00a0\u3000]?0[\u00a0\u3000]?$/, `${c.file} ${key}`);
      }
    }
  });

  test('the Shanghai tables come out with exactly the published figures, blanks blank', () => {
    const { tables } = analyse(parseReport(importHtml(published('shanghai-2019-general-office.html')).markdown));
    const row = (id: 'applications' | 'review' | 'item1' | 'item9', key: string) =>
      [...tables.get(id)!.columnIndex.values()].map((i) => tables.get(id)!.rowByKey.get(key)!.cells[i].text);
    assert.deepEqual(row('applications', 'R1'), ['821', '35', '', '', '2', '1', '859']);
    assert.deepEqual(row('applications', 'R2'), ['18', '', '', '', '', '', '18']);
    assert.deepEqual(row('applications', 'A'), ['258', '12', '', '', '1', '1', '']);
    assert.deepEqual(row('applications', 'B'), ['3', '', '', '', '', '', '']);
    assert.deepEqual(row('applications', 'C1'), ['14', '', '', '', '', '', '']);
    assert.deepEqual(row('applications', 'C6'), ['3', '1', '', '', '', '', '']);
    assert.deepEqual(row('applications', 'D1'), ['252', '12', '', '', '1', '', '']);
    assert.deepEqual(row('applications', 'D2'), ['44', '3', '', '', '', '', '']);
    assert.deepEqual(row('applications', 'E1'), ['148', '1', '', '', '', '', '']);
    assert.deepEqual(row('applications', 'E2'), ['5', '4', '', '', '', '', '']);
    assert.deepEqual(row('applications', 'F'), ['', '', '', '', '', '', '']);
    assert.deepEqual(row('applications', 'T'), ['767', '35', '', '', '2', '1', '805']);
    assert.deepEqual(row('applications', 'R4'), ['72', '', '', '', '', '', '72']);
    assert.deepEqual(row('review', 'reconsideration'), ['5', '', '', '2', '7']);
    assert.deepEqual(row('review', 'directSuit'), ['8', '', '', '1', '9']);
    assert.deepEqual(row('review', 'suitAfterReview'), ['', '', '', '', '']);
    assert.deepEqual(row('item1', 'regulations'), ['13', '13', '524']);
    assert.deepEqual(row('item1', 'normativeDocs'), ['60', '60', '368']);
    assert.deepEqual(row('item9', 'procurement'), ['6', '251000元']);
    // The balance holds once blanks are read as 0: 859 + 18 = 805 + 72.
    assert.equal(
      tables.value('applications', 'R1', 'total') + tables.value('applications', 'R2', 'total'),
      tables.value('applications', 'T', 'total') + tables.value('applications', 'R4', 'total'),
    );
  });
});
