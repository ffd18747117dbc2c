import { analyse } from '../../src/core/check';
import type { Range } from '../../src/core/model';
import { parseReport } from '../../src/core/parse';
import { assertGolden, mutate, readFixture, REPORT_2021 } from './helpers';

/**
 * What the parser and the table matching make of our reports and of broken variants, part by part (front
 * matter, title, preamble, sections with their headings, paragraphs, notes and tables, the signature; each
 * table matched against its official definition, cell by cell), against test/golden/parse.txt. Every rule
 * reads these; a changed reading is a decision to be made (UPDATE_GOLDEN=1 writes the file instead).
 */
suite('the parsed report and its matched tables (golden)', () => {
  const at = (r: Range) => `${r.start.line + 1}:${r.start.character}-${r.end.line + 1}:${r.end.character}`;
  const head = (text: string) => JSON.stringify(text.length > 24 ? `${text.slice(0, 24)}…` : text);

  function described(name: string, text: string): string[] {
    const report = parseReport(text);
    const out = [`## ${name}`];
    const fm = report.frontMatter;
    if (fm) {
      const fields = (['agency', 'year', 'format', 'previous', 'date', 'status'] as const)
        .filter((k) => fm[k] !== undefined)
        .map((k) => `${k}=${fm[k]}`);
      out.push(`front matter ${at(fm.range)} ${fields.join(' ')}`);
      for (const p of fm.problems) out.push(`  problem ${p.key ?? '-'} line ${p.line}: ${p.zh} | ${p.en}`);
    }
    if (report.title)
      out.push(
        `title ${at(report.title.textRange)} ${head(report.title.text)} ${report.title.agency}/${report.title.year}`,
      );
    out.push(`report ${report.agency}/${report.year}`);
    for (const p of report.preamble) out.push(`preamble ${at(p.range)} ${head(p.text)}`);
    for (const s of report.sections) {
      out.push(`section ${s.key} ${at(s.range)} heading ${at(s.heading.textRange)} ${head(s.heading.text)}`);
      if (s.number !== undefined) out.push(`  number ${s.number} ${s.numberRange ? at(s.numberRange) : ''}`);
      for (const h of s.subheadings) out.push(`  h${h.level} ${at(h.textRange)} ${head(h.text)}`);
      for (const p of s.paragraphs) out.push(`  paragraph ${at(p.range)} ${head(p.text)}`);
      for (const n of s.notes) out.push(`  notes ${at(n.range)} ${head(n.text)}`);
      for (const t of s.tables) out.push(`  table ${at(t.range)} ${t.rows.length} rows`);
    }
    for (const h of report.otherHeadings) out.push(`other heading ${at(h.textRange)} ${head(h.text)}`);
    const sig = report.signature;
    if (sig)
      out.push(
        `signature ${at(sig.range)} ${sig.agency ? head(sig.agency.text) : '-'} ${sig.date ? `${head(sig.date.text)}/${sig.date.year}` : '-'}`,
      );
    const { tables, format } = analyse(report);
    out.push(`format ${format.version}`);
    for (const id of ['item1', 'item5', 'item6', 'item8', 'item9', 'applications', 'review'] as const) {
      const t = tables.get(id);
      if (!t) continue;
      const columns = [...t.columnIndex].map(([k, i]) => `${k}@${i}`).join(' ');
      out.push(`matched ${id} ${head(t.def.caption)} caption ${t.caption.deviation.kind} columns ${columns}`);
      for (const l of t.labels.filter((x) => x.deviation.kind !== 'exact'))
        out.push(`  label ${head(l.cell.text)} ≈ ${head(l.official)} ${l.deviation.kind}`);
      for (const [key, row] of t.rowByKey)
        out.push(`  ${key}: ${[...t.columnIndex.values()].map((i) => row.cells[i]?.text ?? '∅').join(' ')}`);
      for (const row of t.unknownRows) out.push(`  unknown row ${row.line + 1} ${head(row.cells[0]?.text ?? '')}`);
      for (const c of t.unknownColumns) out.push(`  unknown column ${head(c.text)}`);
    }
    return out;
  }

  test('our reports and broken variants, part by part', () => {
    const s21 = readFixture(REPORT_2021);
    const reports: Array<[string, string]> = [
      ...['reports/linhe-2020.md', 'reports/linhe-2021.md', 'reports/linhe-2022.md', 'drafting/qingshan-2023.md'].map(
        (rel): [string, string] => [rel, readFixture(rel)],
      ),
      ...['archive-2021', 'dept-2023', 'gov-2022', 'vet-2024'].map((n): [string, string] => [
        `corpus/${n}.md`,
        readFixture(`corpus/${n}.md`),
      ]),
      ['no heading 三, its tables under 二', s21.replace('## 三、收到和处理政府信息公开申请情况\n\n', '')],
      [
        'headings unnumbered and out of order',
        mutate(mutate(s21, '## 四、', '## '), '## 二、主动公开', '## 五、主动公开'),
      ],
      [
        'rows and columns of the wrong kind',
        mutate(
          mutate(s21, '| 2.重复申请 |', '| 2.重复的申请 |'),
          '| 行政复议、行政诉讼 | 结果维持 |',
          '| 行政复议、行政诉讼 | 维持原结果 |',
        ),
      ],
      ['front matter that is not a list', mutate(s21, 'agency: 临河县自然资源局\nyear: 2021\n', '- 临河县\n- 2021\n')],
      ['no front matter, no signature', s21.slice(s21.indexOf('# '), s21.indexOf('临河县自然资源局\n2022'))],
    ];
    assertGolden(
      'parse.txt',
      reports.flatMap(([name, text]) => described(name, text)),
    );
  });
});
