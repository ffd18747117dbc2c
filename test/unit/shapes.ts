/**
 * Our own reports rendered into the shapes published reports come in, for import tests: the text a
 * writer copies out of a Word file (one cell per tab-indented line, blank lines between rows, section
 * 四 in the official 15-column layout with its header broken across lines).
 */

interface Block {
  kind: 'title' | 'heading' | 'paragraph' | 'table';
  text?: string;
  rows?: string[][];
}

/** The blocks of one of our Markdown reports: front matter and notes left out, tables as cell rows. */
export function blocksOf(markdown: string): Block[] {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const blocks: Block[] = [];
  let inNotes = false;
  let table: string[][] | undefined;
  for (const line of body.split('\n')) {
    if (line.startsWith('```')) {
      inNotes = !inNotes;
      continue;
    }
    if (inNotes) continue;
    if (line.startsWith('|')) {
      if (/^\|\s*-{3}/.test(line)) continue;
      const cells = line
        .replace(/^\s*\||\|\s*$/g, '')
        .split('|')
        .map((c) => c.trim());
      if (!table) blocks.push({ kind: 'table', rows: (table = []) });
      table.push(cells);
      continue;
    }
    table = undefined;
    if (!line.trim()) continue;
    if (line.startsWith('# ')) blocks.push({ kind: 'title', text: line.slice(2) });
    else if (line.startsWith('#')) blocks.push({ kind: 'heading', text: line.replace(/^#+\s*/, '') });
    else blocks.push({ kind: 'paragraph', text: line });
  }
  return blocks;
}

/** Section 四 of our form (three rows of five) in the official layout: 15 figures after a two-level header. */
function officialReview(rows: string[][]): string[] {
  const header = [
    '行政复议',
    '行政诉讼',
    '结果',
    '维持',
    '结果纠正',
    '其他结果',
    '尚未',
    '审结',
    '总',
    '计',
    '未经复议直接起诉',
    '复议后起诉',
    ...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].flatMap((h) => [h]),
    ...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
  ];
  return [...header.map((h) => `\t${h}`), '', ...rows.slice(1).flatMap((r) => r.slice(1).map((v) => `\t${v}`))];
}

/** The text a writer gets by copying a Word file's content: tab-indented cells, one a line. */
export function wordCopyText(markdown: string): string {
  const out: string[] = [];
  for (const b of blocksOf(markdown)) {
    if (b.kind !== 'table') {
      out.push(b.text!, '');
      continue;
    }
    const rows = b.rows!;
    if (rows[0][0] === '行政复议、行政诉讼') {
      out.push(...officialReview(rows), '');
      continue;
    }
    for (const row of rows) out.push(...row.map((c) => `\t${c}`), '');
  }
  return out.join('\n');
}

/** The header cells of a table as a published page writes them, and its rows' labels and figures. */
function tableParts(rows: string[][]): { header: string[]; body: string[][] } {
  const [head, ...body] = rows;
  if (head[0] === '申请人情况')
    return {
      header: [
        '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
        '申请人情况',
        '自然人',
        '法人或其他组织',
        '总计',
        '商业企业',
        '科研机构',
        '社会公益组织',
        '法律服务机构',
        '其他',
      ],
      body,
    };
  if (head[0] === '行政复议、行政诉讼') {
    const review = officialReview(rows).filter(Boolean);
    const values = review.slice(-15).map((c) => c.trim());
    return { header: review.slice(0, -15).map((c) => c.trim()), body: [['', ...values]] };
  }
  return { header: [head[0], '信息内容', ...head.slice(1)], body };
}

export interface FlattenOptions {
  /** Between the figures of a row: ' ' as a crawler usually writes, '' when it ran them together. */
  figures?: string | ((row: number) => string);
  /** Between everything else. */
  joiner?: string;
  /** A breadcrumb and page header before the title, as a crawled page has. */
  pageHeader?: boolean;
  /** Blocks per line (a crawl keeps some line breaks); all in one line by default. */
  perLine?: number;
}

/** The text a crawler keeps of a published page: headings, paragraphs and table cells run into long lines. */
export function flattenedText(markdown: string, options: FlattenOptions = {}): string {
  const joiner = options.joiner ?? ' ';
  const figuresJoiner = (k: number) =>
    typeof options.figures === 'function' ? options.figures(k) : (options.figures ?? ' ');
  const parts: string[] = [];
  if (options.pageHeader) parts.push('首页 > 政务公开 > 政府信息公开年报');
  let row = 0;
  for (const b of blocksOf(markdown)) {
    if (b.kind !== 'table') {
      parts.push(b.text!);
      if (b.kind === 'title' && options.pageHeader) parts.push('发布时间：2022-01-18 浏览次数：56');
      continue;
    }
    const { header, body } = tableParts(b.rows!);
    parts.push(...header);
    for (const [label, ...cells] of body) {
      const figures = cells.join(figuresJoiner(row++));
      parts.push(label ? `${label}${joiner}${figures}` : figures);
    }
  }
  if (!options.perLine) return parts.join(joiner) + '\n';
  const lines: string[] = [];
  for (let k = 0; k < parts.length; k += options.perLine) lines.push(parts.slice(k, k + options.perLine).join(joiner));
  return lines.join('\n') + '\n';
}

/** Text a PDF converter writes one cell a line: every label and figure on a line of its own, empty cells left out. */
export function oneCellPerLineText(markdown: string): string {
  const out: string[] = [];
  for (const b of blocksOf(markdown)) {
    if (b.kind !== 'table') {
      out.push(b.text!);
      continue;
    }
    const { header, body } = tableParts(b.rows!);
    out.push(...header);
    for (const r of body) out.push(...r.filter((c) => c !== ''));
  }
  return out.join('\n') + '\n';
}

export interface ConverterOptions {
  /** A page footer (`— n —`) after every so many table rows. */
  footerEvery?: number;
  /** Each row its own little table, with a delimiter row after its first row. */
  tornRows?: boolean;
  /** A row's label on one line and its figures on the next. */
  splitLabels?: boolean;
}

/** Markdown a PDF/OCR converter writes: `#` headings, pipe tables torn at page breaks, page footers between rows. */
export function converterMarkdown(markdown: string, options: ConverterOptions = {}): string {
  const out: string[] = [];
  let page = 1;
  let rows = 0;
  const pipe = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const delimiter = (n: number) => `|${' --- |'.repeat(n)}`;
  for (const b of blocksOf(markdown)) {
    if (b.kind === 'title') out.push(`# ${b.text}`, '');
    else if (b.kind === 'heading') out.push(`${/^[一二三四五六]、/.test(b.text!) ? '##' : '###'} ${b.text}`, '');
    else if (b.kind === 'paragraph') out.push(b.text!, '');
    else {
      const { header, body } = tableParts(b.rows!);
      out.push(pipe(header), delimiter(header.length));
      for (const r of body) {
        if (options.footerEvery && ++rows % options.footerEvery === 0) out.push('', `— ${page++} —`, '');
        const cells = r[0] === '' ? r.slice(1) : r;
        if (options.splitLabels && r[0]) out.push(pipe([r[0]]), pipe(r.slice(1)));
        else out.push(pipe(cells));
        if (options.tornRows) out.push(delimiter(cells.length), '');
      }
      out.push('');
    }
  }
  return out.join('\n');
}

/**
 * The report as plain text, front matter and notes left out, headings without their #, each table row on
 * one line with its cells joined by `joiner` (blank cells left out with `dropBlank`, as a copy loses them).
 */
export function rowsAsText(markdown: string, joiner = '\t', dropBlank = false): string {
  return markdown
    .replace(/^---[\s\S]*?---\n/, '')
    .split('\n')
    .filter((l) => !/^\| ---/.test(l) && !l.startsWith('```') && !l.startsWith('- '))
    .map((l) => {
      if (!l.startsWith('|')) return l.replace(/^#+\s*/, '');
      const cells = l.replace(/^\|\s*|\s*\|$/g, '').split(/\s*\|\s*/);
      return (dropBlank ? cells.filter(Boolean) : cells).join(joiner);
    })
    .join('\n');
}
