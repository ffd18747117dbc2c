import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type Table,
} from 'docx';
import { analyse } from '../core/check';
import type { Report, Table as MdTable } from '../core/model';
import { parseReport } from '../core/parse';
import type { Tables } from '../core/tables';
import { TABLE_TEXT_STYLE } from './cells';
import {
  CHAR_PITCH,
  CHAR_SPACE,
  CONDENSE,
  FACE,
  FOOTER,
  LINE_PITCH,
  MARGIN,
  PAGE,
  PAGE_NUMBER_LINE,
  SIZE,
} from './layout';
import { blank, body, heading, signature, title } from './paragraphs';
import { activeDisclosure, applications, asWritten, review } from './tables';

type Node = Paragraph | Table;
/** Part of a section in source order; `keepNext` asks a closing paragraph to stay with what follows it. */
type Block = { line: number; nodes: (keepNext: boolean) => Node[] };

/**
 * The page number `— N —` in 4号 宋体, its line 7 mm below the type area, one character in from the outer edge:
 * right on odd pages, left on even ones (GB/T 9704 §7.5).
 */
function pageNumber(side: 'odd' | 'even'): Footer {
  const f = { ascii: FACE.pageNumber.fallback, hAnsi: FACE.pageNumber.fallback, eastAsia: FACE.pageNumber.eastAsia };
  const inset = Math.round(CHAR_PITCH);
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: inset } : { left: inset },
        spacing: { line: PAGE_NUMBER_LINE, lineRule: LineRuleType.EXACT },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: f, size: SIZE.si })],
      }),
    ],
  });
}

/** The blocks of one section: subheadings, paragraphs and tables, in the order of the source. */
function sectionBlocks(s: Report['sections'][number], tables: Tables): Block[] {
  const blocks: Block[] = [];
  for (const h of s.subheadings) {
    const face = /^[（(][一二三四五六七八九十]+[）)]/.test(h.text) ? FACE.level2 : FACE.body;
    blocks.push({ line: h.range.start.line, nodes: () => [heading(h.text, face)] });
  }
  for (const p of s.paragraphs) blocks.push({ line: p.range.start.line, nodes: (keep) => [body(p.text, keep)] });
  const official = [...tables.byId.values()].filter((t) => s.tables.includes(t.table));
  if (s.key === '二' && official.length)
    blocks.push({
      line: official[0].table.range.start.line,
      nodes: () => activeDisclosure(tables).flatMap((t) => [t, blank()]),
    });
  for (const t of official) {
    const line = t.table.range.start.line;
    if (t.def.id === 'applications') blocks.push({ line, nodes: () => [applications(t)] });
    if (t.def.id === 'review') blocks.push({ line, nodes: () => [review(t)] });
  }
  const placed = new Set<MdTable>(official.map((t) => t.table));
  for (const t of s.tables) if (!placed.has(t)) blocks.push({ line: t.range.start.line, nodes: () => [asWritten(t)] });
  return blocks.sort((a, b) => a.line - b.line);
}

/**
 * The body of the document, in order: title, preamble, sections (notes left out), signature; the last paragraph
 * is kept with the signature, so that the signature never stands alone on a page.
 */
function content(report: Report, tables: Tables): Node[] {
  const out: Node[] = [];
  if (report.title) out.push(title(report.title.text), blank());
  const blocks: Block[] = [
    ...report.preamble.map((p) => ({ line: p.range.start.line, nodes: (keep: boolean) => [body(p.text, keep)] })),
    ...report.sections.flatMap((s) => [
      { line: s.heading.range.start.line, nodes: () => [heading(s.heading.text, FACE.level1)] },
      ...sectionBlocks(s, tables),
    ]),
  ];
  const sig = report.signature && (report.signature.agency || report.signature.date) ? report.signature : undefined;
  blocks.forEach((b, i) => out.push(...b.nodes(!!sig && i === blocks.length - 1)));
  if (sig) out.push(blank(true), ...signature(sig));
  return out;
}

/** Body type: 3号 仿宋 in Chinese (zh-CN). */
const BODY_RUN = {
  font: { ascii: FACE.body.fallback, hAnsi: FACE.body.fallback, eastAsia: FACE.body.eastAsia },
  size: SIZE.san,
  language: { value: 'en-US', eastAsia: 'zh-CN' },
};

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const BODY_FONTS = `w:ascii="${FACE.body.fallback}" w:hAnsi="${FACE.body.fallback}" w:eastAsia="${FACE.body.eastAsia}"`;

/**
 * Styles that take the place of docx's own (docx has no option for a paragraph's snapToGrid, so they are XML).
 * Normal: 3号 仿宋, zh-CN, condensed (CONDENSE) and off the grid, so that Word and LibreOffice both set 28 characters a
 * line and every paragraph keeps the exact line spacing it is given. Table text: single-spaced at its natural width,
 * so that rows stay compact.
 */
const STYLES =
  `<w:styles xmlns:w="${W}">` +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>' +
  '<w:pPr><w:snapToGrid w:val="0"/></w:pPr>' +
  `<w:rPr><w:rFonts ${BODY_FONTS}/><w:spacing w:val="${CONDENSE}"/><w:sz w:val="${SIZE.san}"/>` +
  `<w:szCs w:val="${SIZE.san}"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:style>` +
  `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${TABLE_TEXT_STYLE}">` +
  '<w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/>' +
  '<w:pPr><w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>' +
  '<w:rPr><w:spacing w:val="0"/></w:rPr></w:style></w:styles>';

/**
 * The report as a Word file laid out per GB/T 9704: A4, margins, a grid of 22 lines of 28 characters, fonts, page
 * numbers, the official tables; Chinese (zh-CN) as the language of the East Asian text.
 */
export async function exportDocx(markdown: string): Promise<Uint8Array> {
  const report = parseReport(markdown);
  const { tables } = analyse(report);
  const doc = new Document({
    creator: 'Nianbao',
    title: report.title?.text,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: { document: { run: BODY_RUN } },
    },
    externalStyles: STYLES,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...MARGIN, header: 851, footer: FOOTER },
          },
          grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH, charSpace: CHAR_SPACE },
        },
        footers: { default: pageNumber('odd'), even: pageNumber('even') },
        children: content(report, tables),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
