// A report as a plain Word user lays it out (docx library, Word's defaults): cells top-aligned with no
// top or bottom margin, the official tables with vertically merged label cells, body in 12 pt, a
// footer 第 X 页 共 Y 页. Used by make-pdf-fixtures.mjs (LibreOffice turns it into a PDF).
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

const FONT = 'WenQuanYi Micro Hei';
const run = (text, size = 21) => new TextRun({ text, font: { eastAsia: FONT, ascii: FONT }, size });
const cell = (text, opts = {}) => new TableCell({ children: [new Paragraph({ children: [run(text)] })], ...opts });

/** The pipe tables and the other blocks of a Markdown report, in order. */
function blocks(markdown) {
  const out = [];
  let table;
  for (const line of markdown.replace(/^---[\s\S]*?---\n/, '').split('\n')) {
    if (line.startsWith('|')) {
      if (/^\|\s*-/.test(line)) continue;
      const cells = line.replace(/^\|\s*|\s*\|$/g, '').split(/\s*\|\s*/);
      if (!table) out.push((table = { kind: 'table', rows: [] }));
      table.rows.push(cells);
      continue;
    }
    table = undefined;
    if (line.startsWith('```') || line.startsWith('- ') || !line.trim()) continue;
    const heading = /^(#+)\s+(.*)$/.exec(line);
    out.push(heading ? { kind: 'heading', level: heading[1].length, text: heading[2] } : { kind: 'text', text: line });
  }
  return out;
}

/** Section 三 with the official header and the group labels merged down over their numbered rows. */
function applications(rows) {
  const [, ...body] = rows;
  const header = [
    new TableRow({
      children: [
        cell('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', { rowSpan: 3, columnSpan: 2 }),
        cell('申请人情况', { columnSpan: 7 }),
      ],
    }),
    new TableRow({
      children: [
        cell('自然人', { rowSpan: 2 }),
        cell('法人或其他组织', { columnSpan: 5 }),
        cell('总计', { rowSpan: 2 }),
      ],
    }),
    new TableRow({ children: ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((l) => cell(l)) }),
  ];
  const out = [];
  for (let i = 0; i < body.length; i++) {
    const [label, ...values] = body[i];
    const items = [];
    for (let k = i + 1; k < body.length && /^\d\./.test(body[k][0]); k++) items.push(body[k]);
    if (values.every((v) => v === '') && items.length) {
      out.push(new TableRow({ children: [cell(label, { rowSpan: items.length }), ...items[0].map((v) => cell(v))] }));
      for (const item of items.slice(1)) out.push(new TableRow({ children: item.map((v) => cell(v)) }));
      i += items.length;
    } else out.push(new TableRow({ children: [cell(label, { columnSpan: 2 }), ...values.map((v) => cell(v))] }));
  }
  return new Table({ rows: [...header, ...out], width: { size: 100, type: WidthType.PERCENTAGE } });
}

/** Section 四 in the official layout: two header rows over fifteen figures. */
function review(rows) {
  const sub = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ children: [cell('行政复议', { columnSpan: 5 }), cell('行政诉讼', { columnSpan: 10 })] }),
      new TableRow({
        children: [
          ...sub.map((l) => cell(l, { rowSpan: 2 })),
          cell('未经复议直接起诉', { columnSpan: 5 }),
          cell('复议后起诉', { columnSpan: 5 }),
        ],
      }),
      new TableRow({ children: [...sub, ...sub].map((l) => cell(l)) }),
      new TableRow({ children: rows.slice(1).flatMap((r) => r.slice(1).map((v) => cell(v))) }),
    ],
  });
}

function table(rows) {
  if (rows[0][0] === '申请人情况') return applications(rows);
  if (rows[0][0] === '行政复议、行政诉讼') return review(rows);
  const [caption, ...columns] = rows[0];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ children: [cell(caption, { columnSpan: columns.length + 1 })] }),
      new TableRow({ children: [cell('信息内容'), ...columns.map((c) => cell(c))] }),
      ...rows.slice(1).map((r) => new TableRow({ children: r.map((v) => cell(v)) })),
    ],
  });
}

/** The .docx bytes of a Markdown report, laid out with Word's defaults. */
export async function wordLayout(markdown) {
  const children = blocks(markdown).map((b) => {
    if (b.kind === 'table') return table(b.rows);
    if (b.kind === 'heading')
      return new Paragraph({
        children: [run(b.text, b.level === 1 ? 36 : 24)],
        heading: b.level === 1 ? HeadingLevel.TITLE : undefined,
        alignment: b.level === 1 ? AlignmentType.CENTER : undefined,
      });
    return new Paragraph({ children: [run(b.text, 24)], indent: { firstLine: 480 } });
  });
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'] })],
      }),
    ],
  });
  return Packer.toBuffer(new Document({ sections: [{ children, footers: { default: footer } }] }));
}
