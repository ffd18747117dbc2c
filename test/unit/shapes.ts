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
