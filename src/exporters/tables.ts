import type { Table, TableCell, TableRow } from 'docx';
import { APPLICANT_PARTS } from '../core/formats/tables';
import type { Table as MdTable } from '../core/model';
import type { MatchedTable, Tables } from '../core/tables';
import { cell, merged, row, table, widths } from './cells';
import { SIZE, TYPE_WIDTH } from './layout';

const valuesOf = (t: MatchedTable, key: string, size: number) =>
  [...t.columnIndex.values()].map((i) => cell(t.rowByKey.get(key)?.cells[i]?.text ?? '', size));

/** Rows kept together: every row but the last is kept with the next. */
const together = (rows: Array<(keepNext: boolean) => TableRow>) => rows.map((r, i) => r(i < rows.length - 1));

/** Section 二: one block per 条例 item, its caption across the whole width, each block kept on one page. */
export function activeDisclosure(tables: Tables): Table[] {
  const out: Table[] = [];
  for (const id of ['item1', 'item5', 'item6', 'item8', 'item9'] as const) {
    const t = tables.get(id);
    if (!t) continue;
    const n = t.def.columns.length;
    const w = widths([3, ...new Array<number>(n).fill(2)]);
    const S = SIZE.xiaosi;
    const rows = together([
      (k) => row([cell(t.def.caption, S, { columnSpan: n + 1 })], { header: true, keepNext: k }),
      (k) =>
        row([cell('信息内容', S), ...t.def.columns.map((c, i) => cell(c.label, S, { width: w[i + 1] }))], {
          header: true,
          keepNext: k,
        }),
      ...t.def.rows
        .filter((r) => t.rowByKey.has(r.key))
        .map((r) => (k: boolean) => row([cell(r.label, S), ...valuesOf(t, r.key, S)], { keepNext: k })),
    ]);
    out.push(table(rows, w));
  }
  return out;
}

/**
 * Section 三's columns in twips: the three label columns (三、本年度办理结果; the （三）–（六） groups; the items),
 * then 自然人 wide enough for its three characters, the five 法人或其他组织 columns and 总计 two characters wide.
 */
const APPLICATION_WIDTHS = (() => {
  const [group, natural, other] = [760, 760, 560];
  const figures = [natural, ...APPLICANT_PARTS.slice(1).map(() => other), other];
  const items = TYPE_WIDTH - 2 * group - figures.reduce((a, b) => a + b, 0);
  return [group, group, items, ...figures];
})();

/** The section 三 header: 申请人情况 / 自然人 · 法人或其他组织 · 总计 / five sub-columns, the 勾稽关系 note at left. */
function applicationsHeader(S: number): TableRow[] {
  const w = APPLICATION_WIDTHS;
  return [
    row(
      [
        cell('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', S, {
          mergeDown: true,
          columnSpan: 3,
        }),
        cell('申请人情况', S, { columnSpan: 7 }),
      ],
      { header: true, keepNext: true },
    ),
    row(
      [
        merged(S, 3),
        cell('自然人', S, { mergeDown: true, width: w[3] }),
        cell('法人或其他组织', S, { columnSpan: 5 }),
        cell('总计', S, { mergeDown: true, width: w[9] }),
      ],
      { header: true, keepNext: true },
    ),
    row(
      [
        merged(S, 3),
        merged(S),
        ...['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((l, i) =>
          cell(l, S, { width: w[4 + i] }),
        ),
        merged(S),
      ],
      { header: true, keepNext: true },
    ),
  ];
}

/**
 * Section 三 as the official table: the three-row header, three label columns merged for 三、本年度办理结果 and the
 * （三）–（六） groups. Rows never split, and a merged label's rows are kept on one page with their label.
 */
export function applications(t: MatchedTable): Table {
  const S = SIZE.wu;
  const w = APPLICATION_WIDTHS;
  const defs = t.def.rows;
  const results = defs.slice(
    defs.findIndex((r) => r.key === 'A'),
    defs.findIndex((r) => r.key === 'T') + 1,
  );
  const label = (key: string) => t.rowByKey.get(key)?.cells[0]?.text || defs.find((r) => r.key === key)!.label;
  const itemsOf = (key: string) => defs.filter((x) => x.key !== key && x.key.startsWith(key));
  const rows: TableRow[] = applicationsHeader(S);
  let resultsOpen = false;
  /** The 三、本年度办理结果 column of a result row: the label on the first, its merged place on the others. */
  const resultsColumn = (): TableCell[] => {
    const c = resultsOpen ? merged(S) : cell(label('RES'), S, { mergeDown: true, width: w[0] });
    resultsOpen = true;
    return [c];
  };
  for (let k = 0; k < defs.length; k++) {
    const d = defs[k];
    if (d.key === 'RES') continue;
    const inResults = results.includes(d);
    const lead = () => (inResults ? resultsColumn() : []);
    // The rows of 三、本年度办理结果 stay on the page of its label; so do a group's items with theirs.
    const keepNext = inResults && d.key !== 'T';
    const items = d.labelOnly ? itemsOf(d.key) : [];
    items.forEach((item, i) => {
      const group = i === 0 ? cell(label(d.key), S, { mergeDown: true, width: w[1] }) : merged(S);
      const cells = [...lead(), group, cell(label(item.key), S, { left: true }), ...valuesOf(t, item.key, S)];
      rows.push(row(cells, { keepNext }));
    });
    if (items.length) {
      k += items.length;
      continue;
    }
    const labelCell = cell(label(d.key), S, { columnSpan: inResults ? 2 : 3, left: true });
    rows.push(row([...lead(), labelCell, ...valuesOf(t, d.key, S)], { keepNext }));
  }
  return table(rows, w);
}

/** Section 四 as the official 15 columns under the two-level header, kept on one page. */
export function review(t: MatchedTable): Table {
  const S = SIZE.wu;
  const w = widths(new Array<number>(15).fill(1));
  const sub = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  return table(
    [
      row([cell('行政复议', S, { columnSpan: 5 }), cell('行政诉讼', S, { columnSpan: 10 })], {
        header: true,
        keepNext: true,
      }),
      row(
        [
          ...sub.map((l) => cell(l, S, { mergeDown: true, width: w[0] })),
          cell('未经复议直接起诉', S, { columnSpan: 5 }),
          cell('复议后起诉', S, { columnSpan: 5 }),
        ],
        { header: true, keepNext: true },
      ),
      row([...sub.map(() => merged(S)), ...[...sub, ...sub].map((l) => cell(l, S, { width: w[0] }))], {
        header: true,
        keepNext: true,
      }),
      row(t.def.rows.flatMap((r) => valuesOf(t, r.key, S))),
    ],
    w,
  );
}

/** A table the official formats do not know: printed as written, its header kept with the first row. */
export function asWritten(t: MdTable): Table {
  const w = widths(t.header.cells.map(() => 1));
  const rows = [t.header, ...t.rows].map((r, i) =>
    row(
      r.cells.map((c, j) => cell(c.text, SIZE.xiaosi, { width: i === 0 ? w[j] : undefined })),
      { header: i === 0, keepNext: i === 0 },
    ),
  );
  return table(rows, w);
}
