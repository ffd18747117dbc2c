import {
  AlignmentType,
  Document,
  Footer,
  HighlightColor,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { analyse } from '../core/check';
import { APPLICANT_PARTS } from '../core/formats/tables';
import type { Report, Table as MdTable } from '../core/model';
import { parseReport } from '../core/parse';
import type { MatchedTable, Tables } from '../core/tables';
import { FACE, INDENT_CHARS, LINE_PITCH, MARGIN, PAGE, SIZE, TYPE_WIDTH, type Face } from './layout';

/** Text that must not be published as it is: highlighted so that nobody misses it. */
const PLACEHOLDER_RE = /(【\s*待[^】]*】|\d{4}\s*年[\s\u3000]+月[\s\u3000]*日|[XＸ×]{2,}|[＿_]{2,})/;

function runs(text: string, face: Face, size: number): TextRun[] {
  return text
    .split(PLACEHOLDER_RE)
    .filter((part) => part !== '')
    .map(
      (part) =>
        new TextRun({
          text: part,
          font: { ascii: face.fallback, hAnsi: face.fallback, eastAsia: face.eastAsia, cs: face.fallback },
          size,
          highlight: PLACEHOLDER_RE.test(part) ? HighlightColor.YELLOW : undefined,
        }),
    );
}

/** Markdown markers a writer may have left in prose (list bullets, emphasis, escapes). */
function plain(text: string): string {
  return text
    .split('\n')
    .map((l) =>
      l
        .replace(/^\s*(?:[-+*]\s+|>\s?)/, '')
        .replace(/\*\*|__/g, '')
        .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1'),
    )
    .join('');
}

/** Two characters of first-line indent: in characters for Word, in twips for other readers. */
const INDENT = { firstLineChars: INDENT_CHARS, firstLine: 2 * SIZE.san * 10 };

const body = (text: string) =>
  new Paragraph({
    children: runs(plain(text), FACE.body, SIZE.san),
    indent: INDENT,
    spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT },
    alignment: AlignmentType.JUSTIFIED,
  });
const heading = (text: string, face: Face) =>
  new Paragraph({
    children: runs(text, face, SIZE.san),
    indent: INDENT,
    spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT },
  });
const blank = () => new Paragraph({ children: [], spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT } });

function cell(
  text: string,
  size: number,
  opts: { rowSpan?: number; columnSpan?: number; left?: boolean } = {},
): TableCell {
  return new TableCell({
    rowSpan: opts.rowSpan,
    columnSpan: opts.columnSpan,
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 60, right: 60, top: 20, bottom: 20 },
    children: [
      new Paragraph({
        children: runs(text, FACE.body, size),
        alignment: opts.left ? AlignmentType.LEFT : AlignmentType.CENTER,
        spacing: { line: 240, lineRule: LineRuleType.AUTO },
      }),
    ],
  });
}

function table(rows: TableRow[], columns: number[]): Table {
  const total = columns.reduce((a, b) => a + b, 0);
  const widths = columns.map((c) => Math.floor((c / total) * TYPE_WIDTH));
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: TYPE_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
  });
}

const valuesOf = (t: MatchedTable, key: string, size: number) =>
  [...t.columnIndex.values()].map((i) => cell(t.rowByKey.get(key)?.cells[i]?.text ?? '', size));

/** Section 二: one block per 条例 item, its caption across the whole width, header rows repeated. */
function activeDisclosure(tables: Tables): Table[] {
  const out: Table[] = [];
  for (const id of ['item1', 'item5', 'item6', 'item8', 'item9'] as const) {
    const t = tables.get(id);
    if (!t) continue;
    const n = t.def.columns.length;
    out.push(
      table(
        [
          new TableRow({ tableHeader: true, children: [cell(t.def.caption, SIZE.xiaosi, { columnSpan: n + 1 })] }),
          new TableRow({
            tableHeader: true,
            children: [cell('信息内容', SIZE.xiaosi), ...t.def.columns.map((c) => cell(c.label, SIZE.xiaosi))],
          }),
          ...t.def.rows
            .filter((r) => t.rowByKey.has(r.key))
            .map((r) => new TableRow({ children: [cell(r.label, SIZE.xiaosi), ...valuesOf(t, r.key, SIZE.xiaosi)] })),
        ],
        [3, ...new Array<number>(n).fill(2)],
      ),
    );
  }
  return out;
}

/**
 * Section 三 as the official table: the three-row header (申请人情况 / 自然人 · 法人或其他组织 · 总计 / five
 * sub-columns) with the 勾稽关系 note in the merged top-left cell, three label columns merged for
 * 三、本年度办理结果 and the （三）–（六） groups.
 */
function applications(t: MatchedTable): Table {
  const S = SIZE.wu;
  const rows: TableRow[] = [
    new TableRow({
      tableHeader: true,
      children: [
        cell('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', S, { rowSpan: 3, columnSpan: 3 }),
        cell('申请人情况', S, { columnSpan: 7 }),
      ],
    }),
    new TableRow({
      tableHeader: true,
      children: [
        cell('自然人', S, { rowSpan: 2 }),
        cell('法人或其他组织', S, { columnSpan: 5 }),
        cell('总计', S, { rowSpan: 2 }),
      ],
    }),
    new TableRow({
      tableHeader: true,
      children: ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((l) => cell(l, S)),
    }),
  ];
  const defs = t.def.rows;
  const results = defs.slice(
    defs.findIndex((r) => r.key === 'A'),
    defs.findIndex((r) => r.key === 'T') + 1,
  );
  const label = (key: string) => t.rowByKey.get(key)?.cells[0]?.text || defs.find((r) => r.key === key)!.label;
  let resultsOpen = false;
  for (let k = 0; k < defs.length; k++) {
    const d = defs[k];
    if (d.key === 'RES') continue;
    const lead: TableCell[] = [];
    if (results.includes(d) && !resultsOpen) {
      // The 三、本年度办理结果 cell spans every result row (the group items included).
      lead.push(
        cell(label('RES'), S, {
          rowSpan: results.filter(
            (r) => !(r.labelOnly && results.some((x) => x.key.startsWith(r.key) && x.key !== r.key)),
          ).length,
        }),
      );
      resultsOpen = true;
    }
    const items = d.labelOnly ? defs.filter((x) => x.key !== d.key && x.key.startsWith(d.key)) : [];
    if (items.length) {
      items.forEach((item, i) => {
        rows.push(
          new TableRow({
            children: [
              ...(i === 0 ? [...lead, cell(label(d.key), S, { rowSpan: items.length })] : []),
              cell(label(item.key), S, { left: true }),
              ...valuesOf(t, item.key, S),
            ],
          }),
        );
      });
      k += items.length;
      continue;
    }
    const span = results.includes(d) ? 2 : 3;
    rows.push(
      new TableRow({
        children: [...lead, cell(label(d.key), S, { columnSpan: span, left: true }), ...valuesOf(t, d.key, S)],
      }),
    );
  }
  return table(rows, [1.1, 1.5, 5.2, ...APPLICANT_PARTS.map(() => 1), 1]);
}

/** Section 四 as the official 15 columns under the two-level header. */
function review(t: MatchedTable): Table {
  const S = SIZE.wu;
  const sub = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  return table(
    [
      new TableRow({
        tableHeader: true,
        children: [cell('行政复议', S, { columnSpan: 5 }), cell('行政诉讼', S, { columnSpan: 10 })],
      }),
      new TableRow({
        tableHeader: true,
        children: [
          ...sub.map((l) => cell(l, S, { rowSpan: 2 })),
          cell('未经复议直接起诉', S, { columnSpan: 5 }),
          cell('复议后起诉', S, { columnSpan: 5 }),
        ],
      }),
      new TableRow({ tableHeader: true, children: [...sub, ...sub].map((l) => cell(l, S)) }),
      new TableRow({ children: t.def.rows.flatMap((r) => valuesOf(t, r.key, S)) }),
    ],
    new Array<number>(15).fill(1),
  );
}

/** A table the official formats do not know: printed as written. */
function asWritten(t: MdTable): Table {
  const rows = [t.header, ...t.rows].map(
    (r, i) => new TableRow({ tableHeader: i === 0, children: r.cells.map((c) => cell(c.text, SIZE.xiaosi)) }),
  );
  return table(
    rows,
    t.header.cells.map(() => 1),
  );
}

function pageNumber(align: (typeof AlignmentType)[keyof typeof AlignmentType]): Footer {
  const f = { ascii: FACE.pageNumber.fallback, hAnsi: FACE.pageNumber.fallback, eastAsia: FACE.pageNumber.eastAsia };
  return new Footer({
    children: [
      new Paragraph({
        alignment: align,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: f, size: SIZE.si })],
      }),
    ],
  });
}

/** The body of the document, in order: title, preamble, sections (notes left out), signature. */
function content(report: Report, tables: Tables): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  if (report.title)
    out.push(
      new Paragraph({
        children: runs(report.title.text, FACE.title, SIZE.er),
        alignment: AlignmentType.CENTER,
        spacing: { line: Math.round(LINE_PITCH * 1.25), lineRule: LineRuleType.AT_LEAST },
      }),
      blank(),
    );
  for (const p of report.preamble) out.push(body(p.text));
  const placed = new Set<MdTable>();
  for (const s of report.sections) {
    out.push(heading(s.heading.text, FACE.level1));
    type Block = { line: number; node: () => Array<Paragraph | Table> };
    const blocks: Block[] = [];
    for (const h of s.subheadings)
      blocks.push({
        line: h.range.start.line,
        node: () => [heading(h.text, /^[（(][一二三四五六七八九十]+[）)]/.test(h.text) ? FACE.level2 : FACE.body)],
      });
    for (const p of s.paragraphs) blocks.push({ line: p.range.start.line, node: () => [body(p.text)] });
    const official = [...tables.byId.values()].filter((t) => s.tables.includes(t.table));
    if (s.key === '二' && official.length)
      blocks.push({
        line: official[0].table.range.start.line,
        node: () => activeDisclosure(tables).flatMap((t) => [t, blank()]),
      });
    for (const t of official) {
      placed.add(t.table);
      if (t.def.id === 'applications') blocks.push({ line: t.table.range.start.line, node: () => [applications(t)] });
      if (t.def.id === 'review') blocks.push({ line: t.table.range.start.line, node: () => [review(t)] });
    }
    for (const t of s.tables)
      if (!placed.has(t) && !official.some((o) => o.table === t))
        blocks.push({ line: t.range.start.line, node: () => [asWritten(t)] });
    blocks.sort((a, b) => a.line - b.line).forEach((b) => out.push(...b.node()));
  }
  const sig = report.signature;
  if (sig) {
    out.push(blank());
    for (const part of [sig.agency, sig.date])
      if (part)
        out.push(
          new Paragraph({
            children: runs(part.text, FACE.body, SIZE.san),
            alignment: AlignmentType.RIGHT,
            indent: { right: 4 * 320 },
            spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT },
          }),
        );
  }
  return out;
}

/** The report as a Word file laid out per GB/T 9704 (A4, margins, type, line pitch, page numbers). */
export async function exportDocx(markdown: string): Promise<Uint8Array> {
  const report = parseReport(markdown);
  const { tables } = analyse(report);
  const doc = new Document({
    creator: 'Nianbao',
    title: report.title?.text,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: {
            font: { ascii: FACE.body.fallback, hAnsi: FACE.body.fallback, eastAsia: FACE.body.eastAsia },
            size: SIZE.san,
          },
        },
      },
    },
    sections: [
      {
        properties: {
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: { ...MARGIN, header: 851, footer: 992 } },
          grid: { linePitch: LINE_PITCH, type: 'lines' },
        },
        footers: { default: pageNumber(AlignmentType.RIGHT), even: pageNumber(AlignmentType.LEFT) },
        children: content(report, tables),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
