import * as assert from 'node:assert/strict';
import { analyse } from '../../src/core/check';
import { parseReport } from '../../src/core/parse';
import type { CheckOptions } from '../../src/core/check';
import { findings, fixtureReader, readFixture, REPORT_2021, REPORT_2022, textAt } from './helpers';

/**
 * Mutation tests: take a clean example, change one figure or one label, and expect exactly the
 * intended finding plus its arithmetic consequences, nothing else.
 */

interface Example {
  name: string;
  text: string;
  options: CheckOptions;
}
const examples: Example[] = [
  { name: '2021 report', text: readFixture(REPORT_2021), options: {} },
  {
    name: '2022 report (with previous)',
    text: readFixture(REPORT_2022),
    options: { readPrevious: fixtureReader(REPORT_2022) },
  },
];

function replaceAt(text: string, offset: number, length: number, by: string): string {
  return text.slice(0, offset) + by + text.slice(offset + length);
}

/** Error and warning findings (info-level typography is not in question here). */
function serious(text: string, options: CheckOptions) {
  return findings(text, options).filter((f) => f.severity !== 'info');
}

for (const ex of examples) {
  suite(`mutations of the ${ex.name}`, () => {
    // Parsed in each test, not when the file loads: so the parse runs under the mutant a test is run for.
    const tablesOf = () => analyse(parseReport(ex.text)).tables;

    test('the example itself has no error and no warning', () => {
      assert.deepEqual(
        serious(ex.text, ex.options).map((f) => `${f.code} ${f.message}`),
        [],
      );
    });

    test('one figure of section 三 changed: the row total (NB301) fires on that row, and only arithmetic follows', () => {
      const tables = tablesOf();
      const t = tables.get('applications')!;
      const consequences = new Set(['NB301', 'NB302', 'NB303', 'NB305', 'NB401', 'NB403', 'NB501']);
      let tried = 0;
      for (const [rowKey, row] of t.rowByKey) {
        const def = t.def.rows.find((r) => r.key === rowKey)!;
        if (def.labelOnly) continue;
        for (const [colKey, index] of t.columnIndex) {
          const cell = row.cells[index];
          const broken = replaceAt(ex.text, cell.offset, cell.text.length, String(Number(cell.text) + 1));
          const got = serious(broken, ex.options);
          const where = `${def.label} / ${colKey}`;
          assert.ok(
            got.some((f) => f.code === 'NB301' && f.range.start.line === row.line),
            `${where}: expected NB301 on its row; got ${got.map((f) => f.code).join(', ')}`,
          );
          const stray = got.filter((f) => !consequences.has(f.code));
          assert.deepEqual(
            stray.map((f) => `${f.code} ${f.message}`),
            [],
            `${where}: unexpected findings`,
          );
          tried++;
        }
      }
      assert.equal(tried, 25 * 7, 'every data cell of the 2021 table (25 rows × 7 columns)');
    });

    test('one figure of section 四 changed: exactly one NB304 on its group', () => {
      const tables = tablesOf();
      const t = tables.get('review')!;
      for (const [rowKey, row] of t.rowByKey)
        for (const index of t.columnIndex.values()) {
          const cell = row.cells[index];
          const broken = replaceAt(ex.text, cell.offset, cell.text.length, String(Number(cell.text) + 1));
          const got = serious(broken, ex.options).filter((f) => f.code !== 'NB401');
          assert.deepEqual(
            got.map((f) => f.code),
            ['NB304'],
            `${rowKey}: ${got.map((f) => f.message).join(' | ')}`,
          );
          assert.equal(got[0].range.start.line, row.line);
        }
    });

    test('one figure of section 二 changed: nothing but the cross-year count of valid documents', () => {
      const tables = tablesOf();
      for (const id of ['item1', 'item5', 'item6', 'item8'] as const) {
        const t = tables.get(id)!;
        for (const row of t.rowByKey.values())
          for (const index of t.columnIndex.values()) {
            const cell = row.cells[index];
            const broken = replaceAt(ex.text, cell.offset, cell.text.length, String(Number(cell.text) + 1));
            const got = serious(broken, ex.options).map((f) => f.code);
            const allowed = ex.options.readPrevious && id === 'item1' ? ['NB306'] : [];
            assert.ok(
              got.every((c) => allowed.includes(c)),
              `${id} ${row.cells[0].text}: ${got.join(', ')}`,
            );
            if (allowed.length && index >= 1)
              assert.deepEqual(got, ['NB306'], `${row.cells[0].text}: the count of valid documents must follow`);
          }
      }
    });

    test('one label damaged by a typo: exactly one NB202, at that label, whose fix restores it', () => {
      const tables = tablesOf();
      let tried = 0;
      for (const t of tables.byId.values()) {
        for (const l of t.labels) {
          const chars = [...l.official];
          if (chars.length < 5) continue;
          const k = Math.floor(chars.length / 2);
          if (!/[\u4e00-\u9fff]/.test(chars[k])) continue;
          chars[k] = chars[k] === '某' ? '甲' : '某';
          const damaged = chars.join('');
          const broken = replaceAt(ex.text, l.cell.offset, l.cell.text.length, damaged);
          const got = serious(broken, ex.options);
          assert.deepEqual(
            got.map((f) => f.code),
            ['NB202'],
            `${l.official} → ${damaged}: ${got.map((f) => `${f.code} ${f.message}`).join(' | ')}`,
          );
          assert.equal(textAt(broken, got[0]), damaged);
          assert.equal(got[0].fix?.edits[0].newText, l.official);
          tried++;
        }
      }
      assert.ok(tried > 30, `tried ${tried} labels`);
    });

    test('one label in traditional characters: exactly one NB202', () => {
      const tables = tablesOf();
      const toTraditional: Record<string, string> = {
        开: '開',
        处: '處',
        务: '務',
        报: '報',
        结: '結',
        请: '請',
        数: '數',
        议: '議',
        认: '認',
        确: '確',
      };
      let tried = 0;
      for (const t of tables.byId.values())
        for (const l of t.labels) {
          const damaged = [...l.official].map((c) => toTraditional[c] ?? c).join('');
          if (damaged === l.official) continue;
          const broken = replaceAt(ex.text, l.cell.offset, l.cell.text.length, damaged);
          assert.deepEqual(
            serious(broken, ex.options).map((f) => f.code),
            ['NB202'],
            damaged,
          );
          tried++;
        }
      assert.ok(tried > 10);
    });
  });
}
