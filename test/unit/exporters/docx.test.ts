import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'domhandler';
import { DomUtils } from 'htmlparser2';
import { analyse } from '../../../src/core/check';
import { parseReport } from '../../../src/core/parse';
import { exportDocx } from '../../../src/exporters/docx';
import { importDocx } from '../../../src/importers';
import { readFixture, ROOT, REPORT_2021, REPORT_2022 } from '../helpers';
import { all, attr, exported, first, paragraph, rows, textOf } from './xml';

suite('export to Word (GB/T 9704)', () => {
  const markdown = readFileSync(join(ROOT, 'examples/baiyun-2023.md'), 'utf8');

  test('A4 with the standard margins, a fixed pitch of 22 lines, page numbers — N — odd right and even left', async () => {
    const { doc, settings, footers } = await exported(markdown);
    const sect = first(doc as unknown as Element, 'w:sectPr');
    assert.deepEqual([attr(first(sect, 'w:pgSz'), 'w:w'), attr(first(sect, 'w:pgSz'), 'w:h')], ['11906', '16838']);
    const mar = first(sect, 'w:pgMar');
    assert.deepEqual(
      ['w:top', 'w:bottom', 'w:left', 'w:right'].map((a) => attr(mar, a)),
      ['2098', '1984', '1587', '1474'],
    );
    assert.equal(attr(first(sect, 'w:docGrid'), 'w:linePitch'), '579');
    assert.match(settings, /<w:evenAndOddHeaders\/>/);
    assert.equal(footers.length, 2);
    for (const f of footers) {
      assert.match(f, /— <\/w:t>[\s\S]*PAGE[\s\S]*<w:t xml:space="preserve"> —<\/w:t>/);
      assert.match(f, /w:eastAsia="宋体"/);
      assert.match(f, /<w:sz w:val="28"\/>/);
    }
    assert.deepEqual(footers.map((f) => /<w:jc w:val="(\w+)"/.exec(f)![1]).sort(), ['left', 'right']);
  });

  test('title 2号 方正小标宋简体 centred; body 3号 仿宋_GB2312 indented two characters; headings 黑体 and 楷体', async () => {
    const { doc } = await exported(markdown);
    const title = paragraph(doc, '白云县应急管理局2023年政府信息公开工作年度报告');
    assert.deepEqual(
      [title.eastAsia, title.size, attr(first(title.p, 'w:jc'), 'w:val')],
      ['方正小标宋简体', '44', 'center'],
    );
    const h1 = paragraph(doc, '一、总体情况');
    assert.deepEqual([h1.eastAsia, h1.ascii, h1.size], ['黑体', 'SimHei', '32']);
    const h2 = paragraph(doc, '（一）主动公开');
    assert.deepEqual([h2.eastAsia, h2.ascii, h2.size], ['楷体_GB2312', 'KaiTi', '32']);
    const bodyP = all(doc, 'w:p').find((p) => textOf(p).startsWith('2023年，本局在县政府门户网站'))!;
    assert.ok(
      all(bodyP, 'w:rFonts').every(
        (f) => f.attribs['w:eastAsia'] === '仿宋_GB2312' && f.attribs['w:ascii'] === 'FangSong',
      ),
      'the East Asian font on every run',
    );
    assert.equal(attr(first(bodyP, 'w:sz'), 'w:val'), '32');
    assert.equal(attr(first(bodyP, 'w:ind'), 'w:firstLineChars'), '200');
    assert.deepEqual(
      [attr(first(bodyP, 'w:spacing'), 'w:line'), attr(first(bodyP, 'w:spacing'), 'w:lineRule')],
      ['579', 'exact'],
    );
    const sig = all(doc, 'w:p').filter((p) => ['白云县应急管理局', '2024年1月22日'].includes(textOf(p)));
    assert.deepEqual(
      sig.map((p) => attr(first(p, 'w:jc'), 'w:val')),
      ['right', 'right'],
    );
  });

  test('notes are left out; placeholders stay visible, highlighted', async () => {
    const { doc } = await exported(markdown);
    const text = all(doc, 'w:t')
      .map((t) => DomUtils.textContent(t))
      .join('');
    assert.doesNotMatch(text, /安全生产 96、防灾减灾 58/);
    const draft = await exported(readFileSync(join(ROOT, 'examples/baiyun-2024-draft.md'), 'utf8'));
    const run = all(draft.doc, 'w:r').find((r) => textOf(r) === '2025年  月  日')!;
    assert.equal(attr(first(run, 'w:highlight'), 'w:val'), 'yellow');
  });

  test('table 三 has the official merged header and label columns; table 四 its two-level header', async () => {
    const { doc } = await exported(markdown);
    const tables = all(doc, 'w:tbl');
    const three = tables.find((t) => textOf(t).includes('勾稽关系'))!;
    const r = rows(three);
    const note = r[0].cells[0];
    assert.deepEqual(
      [attr(first(note, 'w:gridSpan'), 'w:val'), attr(first(note, 'w:vMerge'), 'w:val')],
      ['3', 'restart'],
    );
    assert.equal(attr(first(r[0].cells[1], 'w:gridSpan'), 'w:val'), '7');
    assert.equal(r[1].texts[1], '自然人');
    assert.equal(attr(first(r[1].cells[2], 'w:gridSpan'), 'w:val'), '5');
    assert.deepEqual(r[2].texts.filter(Boolean), ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
    const results = r.find((x) => x.texts[0] === '三、本年度办理结果')!;
    assert.equal(attr(first(results.cells[0], 'w:vMerge'), 'w:val'), 'restart');
    const refused = r.find((x) => x.texts.includes('（三）不予公开'))!;
    assert.equal(attr(first(refused.cells[refused.texts.indexOf('（三）不予公开')], 'w:vMerge'), 'w:val'), 'restart');
    assert.ok(all(r[0].cells[0].parent as Element, 'w:tblHeader').length > 0, 'header rows repeat on every page');
    const four = tables.find((t) => textOf(t).includes('未经复议直接起诉'))!;
    const f = rows(four);
    assert.deepEqual(
      f[0].cells.map((c) => attr(first(c, 'w:gridSpan'), 'w:val')),
      ['5', '10'],
    );
    assert.deepEqual(f[1].texts.slice(-2), ['未经复议直接起诉', '复议后起诉']);
    assert.equal(f[3].texts.length, 15);
  });

  for (const source of ['examples/baiyun-2023.md', REPORT_2021, REPORT_2022]) {
    test(`every figure in its cell, and importing the export gives back every figure and paragraph (${source})`, async () => {
      const md = source.startsWith('examples/baiyun') ? readFileSync(join(ROOT, source), 'utf8') : readFixture(source);
      const { tables } = analyse(parseReport(md));
      const { doc } = await exported(md);
      const docRows = all(doc, 'w:tbl').flatMap(rows);
      for (const t of tables.byId.values()) {
        if (t.def.id === 'review') {
          const values = t.def.rows.flatMap((d) =>
            [...t.columnIndex.values()].map((i) => t.rowByKey.get(d.key)!.cells[i].text),
          );
          assert.ok(
            docRows.some((r) => r.texts.join('|') === values.join('|')),
            'the 15 figures of 四',
          );
          continue;
        }
        for (const d of t.def.rows) {
          if (d.labelOnly) continue;
          const values = [...t.columnIndex.values()].map((i) => t.rowByKey.get(d.key)!.cells[i].text);
          const row = docRows.find(
            (r) =>
              r.texts.includes(d.label) && r.texts.slice(r.texts.indexOf(d.label) + 1).join('|') === values.join('|'),
          );
          assert.ok(row, `${t.def.id} ${d.label}: ${values.join(' ')}`);
        }
      }
      const back = await importDocx(await exportDocx(md));
      assert.deepEqual(back.unplaced, []);
      const figures = (m: string) => {
        const tb = analyse(parseReport(m)).tables;
        return [...tb.byId.values()]
          .flatMap((t) =>
            [...t.rowByKey].map(
              ([k, r]) => `${t.def.id}.${k}=${[...t.columnIndex.values()].map((i) => r.cells[i]?.text).join(',')}`,
            ),
          )
          .sort();
      };
      assert.deepEqual(figures(back.markdown), figures(md));
      const paragraphs = (m: string) => {
        const r = parseReport(m);
        return [...r.preamble, ...r.sections.flatMap((s) => s.paragraphs)].map((p) => p.text.replace(/\s+/g, ''));
      };
      const got = paragraphs(back.markdown);
      for (const p of paragraphs(md)) assert.ok(got.includes(p), `lost: ${p.slice(0, 30)}`);
      assert.equal(parseReport(back.markdown).signature?.date?.text, parseReport(md).signature?.date?.text);
    });
  }
});
