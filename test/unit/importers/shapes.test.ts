import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, check } from '../../../src/core/check';
import { parseReport } from '../../../src/core/parse';
import type { Tables } from '../../../src/core/tables';
import { importText, type Imported } from '../../../src/importers';
import { readFixture, ROOT } from '../helpers';
import { converterMarkdown, flattenedText, oneCellPerLineText, wordCopyText } from '../shapes';

/** Every table figure of a report, row key → cells, for comparing a report with its import. */
export function figures(tables: Tables): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const t of tables.byId.values())
    for (const [key, row] of t.rowByKey)
      out[`${t.def.id}.${key}`] = [...t.columnIndex.values()].map((i) => row.cells[i]?.text.trim() ?? '');
  return out;
}

const figuresOf = (markdown: string) => figures(analyse(parseReport(markdown)).tables);

const reports: Record<string, string> = {
  'linhe-2020 (2019 format)': readFixture('reports/linhe-2020.md'),
  'linhe-2021': readFixture('reports/linhe-2021.md'),
  'linhe-2022': readFixture('reports/linhe-2022.md'),
  'baiyun-2023': readFileSync(join(ROOT, 'examples/baiyun-2023.md'), 'utf8'),
};

const shapes: Record<string, (md: string) => string> = {
  'Word copy (a tab-indented cell a line)': wordCopyText,
  'PDF converter text (a cell a line, no blank lines)': oneCellPerLineText,
  'crawled page, all in one line': (md) => flattenedText(md),
  'crawled page with its header, five blocks a line': (md) => flattenedText(md, { pageHeader: true, perLine: 5 }),
  'crawled page with nothing between the cells': (md) => flattenedText(md, { joiner: '' }),
  'converter Markdown': (md) => converterMarkdown(md),
  'converter Markdown, rows torn into tables, page footers': (md) =>
    converterMarkdown(md, { tornRows: true, footerEvery: 7 }),
  'converter Markdown, labels on their own line': (md) => converterMarkdown(md, { splitLabels: true, footerEvery: 5 }),
};

/** What an import must give back: every figure in its cell, the unit and year, nothing unplaced but page numbers. */
function assertRoundTrip(source: string, imported: Imported): void {
  assert.deepEqual(figuresOf(imported.markdown), figuresOf(source));
  const front = parseReport(source).frontMatter!;
  assert.equal(imported.agency, front.agency);
  assert.equal(imported.year, front.year);
  assert.deepEqual(
    imported.unplaced.filter((u) => u.code !== 'page-furniture').map((u) => `${u.line} ${u.text} ${u.reason}`),
    [],
  );
  const arithmetic = check(imported.markdown).findings.filter((f) => /^NB3/.test(f.code));
  assert.deepEqual(
    arithmetic.map((f) => f.message),
    [],
  );
}

suite('published shapes of our own reports import back to every figure', () => {
  for (const [name, source] of Object.entries(reports))
    for (const [shape, render] of Object.entries(shapes))
      test(`${name}: ${shape}`, () => assertRoundTrip(source, importText(render(source))));
});
