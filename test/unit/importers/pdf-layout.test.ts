import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyse } from '../../../src/core/check';
import { parseReport } from '../../../src/core/parse';
import { renderReport } from '../../../src/core/render';
import { assemble } from '../../../src/importers/assemble';
import { itemsOfPages } from '../../../src/importers/pdf';
import type { TextRun } from '../../../src/importers/pdf/lines';
import { ROOT } from '../helpers';

/**
 * Section 三 laid out the ways PDFs of published reports lay it out, as text runs (what pdf.js gives):
 * merged label columns or a label row of its own, labels centred or at the top of their cells and
 * wrapped at any width, figures left, centred or right in their columns, tight or loose rows, blank
 * cells. Whatever the layout, a figure read back is the figure of its cell: rows may be left out
 * (reported), never filled wrongly; on layouts with room to read, every figure comes back.
 */

interface Layout {
  size: number;
  labelChars: number;
  merged: boolean;
  centred: boolean;
  align: 'left' | 'centre' | 'right';
  padding: number;
  blanks: number[];
  source: 'baiyun' | 'qingshi';
}

const SOURCES = {
  baiyun: readFileSync(join(ROOT, 'examples/baiyun-2023.md'), 'utf8'),
  qingshi: readFileSync(join(ROOT, 'test/fixtures/pdf/qingshi-2020.md'), 'utf8'),
};

const chunk = (s: string, n: number) =>
  [...s].reduce<string[]>((out, c, i) => {
    if (i % n === 0) out.push('');
    out[out.length - 1] += c;
    return out;
  }, []);

/** The rows of section 三 (label, figures, depth, merged group) with some cells blanked. */
function sourceRows(layout: Layout) {
  const report = analyse(parseReport(SOURCES[layout.source]));
  const table = report.tables.get('applications')!;
  const def = report.format.tables.find((t) => t.id === 'applications')!;
  let n = 0;
  return def.rows.map((r) => {
    const cells = r.labelOnly
      ? []
      : [...table.columnIndex.values()].map((i) => table.rowByKey.get(r.key)!.cells[i].text);
    return { ...r, cells: cells.map((c) => (layout.blanks.includes(n++) ? '' : c)) };
  });
}

/** Text runs of a title, the heading of section 三 and its table laid out as `layout` says. */
export function layOut(layout: Layout): { runs: TextRun[]; expected: Record<string, string[]> } {
  const { size, padding } = layout;
  const pitch = 1.3 * size;
  const runs: TextRun[] = [];
  const put = (text: string, x: number, y: number, s = size, wide = true) =>
    runs.push({ text, x0: x, x1: x + [...text].length * s * (wide ? 1 : 0.5), y, size: s });
  put('青石镇人民政府2020年政府信息公开工作年度报告', 60, 60, 18);
  put('三、收到和处理政府信息公开申请情况', 60, 100, 14);
  const rows = sourceRows(layout);
  const ncols = rows.find((r) => r.cells.length)!.cells.length;
  const colA = layout.merged ? 2 : 0;
  const colB = layout.merged ? 3 : 0;
  // Text of neighbouring columns is 10 pt apart at least (cell margins and a rule).
  const x = { a: 60, b: 60 + colA * size + 10, c: 60 + (colA + colB) * size + 20 };
  const figuresAt = x.c + layout.labelChars * size + 10;
  const colWidth = 3 * size;
  let y = 130;
  // Header: the column labels stacked two characters a line.
  ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']
    .slice(0, ncols)
    .forEach((l, i) => chunk(l, 2).forEach((line, k) => put(line, figuresAt + i * colWidth, y + k * pitch)));
  y += 3 * pitch + 2 * padding;
  const expected: Record<string, string[]> = {};
  type Block = { text: string; x: number; chars: number; depth: number; top: number; bottom: number };
  const open: Block[] = [];
  const placeBlock = (b: Block) => {
    const lines = chunk(b.text, b.chars);
    const start = layout.centred ? (b.top + b.bottom) / 2 - (lines.length * pitch) / 2 : b.top + padding;
    lines.forEach((line, k) => put(line, b.x, start + (k + 0.8) * pitch));
  };
  rows.forEach((row, index) => {
    if (layout.merged && row.labelOnly) {
      const a = row.key === 'RES';
      open.push({ text: row.label, x: a ? x.a : x.b, chars: a ? 2 : 3, depth: row.depth, top: y, bottom: y });
      return;
    }
    const left = !layout.merged || row.depth === 0 ? x.a : row.depth === 1 ? x.b : x.c;
    const lines = chunk(row.label, Math.max(1, Math.floor((figuresAt - 10 - left) / size)));
    const height = lines.length * pitch + 2 * padding;
    const first = (k: number) => y + padding + (k + 0.8) * pitch;
    lines.forEach((line, k) => put(line, left, first(k)));
    const figureY = layout.centred ? y + height / 2 + 0.35 * size : first(0);
    row.cells.forEach((v, i) => {
      if (!v) return;
      const w = v.length * size * 0.5;
      const cx = figuresAt + i * colWidth;
      const at =
        layout.align === 'left' ? cx : layout.align === 'right' ? cx + colWidth - 4 - w : cx + (colWidth - 4 - w) / 2;
      put(v, at, figureY, size, false);
    });
    if (!row.labelOnly) expected[row.key] = row.cells;
    y += height;
    for (const b of open) b.bottom = y;
    const next = rows[index + 1];
    for (const b of [...open])
      if (!next || next.depth <= b.depth) {
        placeBlock(b);
        open.splice(open.indexOf(b), 1);
      }
  });
  return { runs, expected };
}

/** Every figure of section 三 read back from the runs, by row key. */
function readBack(runs: TextRun[]): Record<string, string[]> {
  const items = itemsOfPages([{ number: 1, width: 595, height: 2000, runs }]);
  const imported = renderReport(assemble(items).draft);
  const table = analyse(parseReport(imported)).tables.get('applications');
  const out: Record<string, string[]> = {};
  for (const [key, row] of table?.rowByKey ?? [])
    out[key] = [...table!.columnIndex.values()].map((i) => row.cells[i]?.text ?? '');
  return out;
}

const layouts = fc.record<Layout>({
  size: fc.constantFrom(9, 10.5, 12),
  labelChars: fc.integer({ min: 3, max: 34 }),
  merged: fc.boolean(),
  centred: fc.boolean(),
  align: fc.constantFrom('left', 'centre', 'right'),
  padding: fc.constantFrom(0.5, 1, 2, 4),
  blanks: fc.uniqueArray(fc.integer({ min: 0, max: 200 }), { maxLength: 6 }),
  source: fc.constantFrom('baiyun', 'qingshi'),
});

suite('PDF tables in layouts of every kind (property)', () => {
  test('a figure read back is always the figure of its cell', () => {
    fc.assert(
      fc.property(layouts, (layout) => {
        const { runs, expected } = layOut(layout);
        const got = readBack(runs);
        for (const [key, cells] of Object.entries(got))
          if (expected[key]) assert.deepEqual(cells, expected[key], `${layout.source} ${key}`);
      }),
      { numRuns: 300, seed: 20261130 },
    );
  });

  test('with room to read (labels of six characters a line or more), every figure comes back', () => {
    fc.assert(
      fc.property(
        layouts.filter((l) => l.labelChars >= 6),
        (layout) => {
          const { runs, expected } = layOut(layout);
          const got = readBack(runs);
          for (const [key, cells] of Object.entries(expected))
            assert.deepEqual(got[key], cells, `${layout.source} ${key}`);
        },
      ),
      { numRuns: 200, seed: 20261201 },
    );
  });
});
