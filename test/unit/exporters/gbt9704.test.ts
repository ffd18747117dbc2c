import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { stackWords } from '../../../src/exporters/cells';
import { runInHead, titleLines } from '../../../src/exporters/paragraphs';
import { scaffold } from '../../../src/core/scaffold';
import { ROOT } from '../helpers';
import { all, attr, exported, first, isOn, linesOf, paragraph, rows, style, textOf } from './xml';

const markdown = readFileSync(join(ROOT, 'examples/baiyun-2023.md'), 'utf8');
const TWIPS_PER_MM = 1440 / 25.4;

/** The type area's width in points, from the page size and margins of the document. */
function typeWidth(doc: Parameters<typeof first>[0]): number {
  const sect = first(doc, 'w:sectPr');
  const pg = (a: string) => Number(attr(first(sect, 'w:pgSz'), a));
  const mar = (a: string) => Number(attr(first(sect, 'w:pgMar'), a));
  return (pg('w:w') - mar('w:left') - mar('w:right')) / 20;
}

/** The section 三 table and its rows. */
async function applicationsTable(md = markdown) {
  const { doc, styles } = await exported(md);
  const tbl = all(doc, 'w:tbl').find((t) => textOf(t).includes('勾稽关系'))!;
  return { doc, styles, tbl, rows: rows(tbl) };
}

const cellParagraphs = (tr: Element) => all(tr, 'w:p');
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

suite('export: a Word file an office publishes as it is (GB/T 9704)', () => {
  test('a grid of 22 lines of 28 characters: linesAndChars, its pitch 28 characters of 3号 across 156 mm', async () => {
    const { doc, styles } = await exported(markdown);
    const grid = first(first(doc, 'w:sectPr'), 'w:docGrid');
    assert.deepEqual(
      ['w:type', 'w:linePitch', 'w:charSpace'].map((a) => attr(grid, a)),
      ['linesAndChars', '579', '-842'],
    );
    const width = typeWidth(doc);
    assert.equal(Math.round(width * 4) / 4, 442.25);
    const pitch = 16 + Number(attr(grid, 'w:charSpace')) / 4096;
    assert.equal(Math.floor(width / pitch), 28);
    // Normal: 3号, condensed so that a line holds 28 characters with or without the grid narrowing them.
    const normal = style(styles, 'Normal');
    assert.equal(attr(first(normal, 'w:sz'), 'w:val'), '32');
    const condensed = 16 + Number(attr(first(first(normal, 'w:rPr'), 'w:spacing'), 'w:val')) / 20;
    assert.equal(condensed, 15.6);
    assert.deepEqual([Math.floor(width / condensed), Math.floor(width / (condensed + pitch - 16))], [28, 28]);
    assert.ok(isOn(normal, 'w:snapToGrid') === false, 'Normal keeps the exact line spacing it is given');
  });

  test('zh-CN is the language of East Asian text in the document defaults and in Normal', async () => {
    const { styles } = await exported(markdown);
    const defaults = first(styles, 'w:docDefaults');
    assert.deepEqual(
      [attr(first(defaults, 'w:lang'), 'w:eastAsia'), attr(first(defaults, 'w:lang'), 'w:val')],
      ['zh-CN', 'en-US'],
    );
    assert.equal(attr(first(style(styles, 'Normal'), 'w:lang'), 'w:eastAsia'), 'zh-CN');
  });

  test('page numbers: their line 7 mm below the type area, one character in from the outer edge', async () => {
    const { doc, footers } = await exported(markdown);
    const mar = first(first(doc, 'w:sectPr'), 'w:pgMar');
    const parsed = footers.map((f) => parseDocument(f, { xmlMode: true }));
    const line = parsed.map((f) => attr(first(f, 'w:spacing'), 'w:line'));
    assert.deepEqual(line, ['280', '280'], 'an exact 4号 line');
    const gap = (Number(attr(mar, 'w:bottom')) - Number(attr(mar, 'w:footer')) - 280) / TWIPS_PER_MM;
    assert.ok(Math.abs(gap - 7) < 0.05, `the line starts ${gap.toFixed(2)} mm below the type area`);
    const sides = parsed.map((f) => {
      const ind = first(f, 'w:ind');
      return [attr(first(f, 'w:jc'), 'w:val'), attr(ind, 'w:right') ?? attr(ind, 'w:left')];
    });
    assert.deepEqual(sides.sort(), [
      ['left', '316'],
      ['right', '316'],
    ]);
    assert.equal(Math.round((typeWidth(doc) * 20) / 28), 316, 'one character of the grid');
  });

  test('every table row is cantSplit, and every table paragraph is in the compact style off the grid', async () => {
    const { doc, styles } = await exported(markdown);
    const trs = all(doc, 'w:tr');
    assert.ok(trs.length > 40);
    for (const tr of trs) assert.ok(first(tr, 'w:cantSplit'), `row “${textOf(tr).slice(0, 20)}” may split`);
    for (const p of all(doc, 'w:tbl').flatMap((t) => all(t, 'w:p'))) {
      assert.equal(attr(first(p, 'w:pStyle'), 'w:val'), 'TableText');
      const mark = first(first(p, 'w:pPr'), 'w:sz');
      assert.ok(['21', '24'].includes(attr(mark, 'w:val') ?? ''), 'the paragraph mark is as small as the text');
    }
    const tableText = style(styles, 'TableText');
    assert.equal(attr(first(tableText, 'w:snapToGrid'), 'w:val'), '0');
    assert.deepEqual(
      [attr(first(tableText, 'w:spacing'), 'w:line'), attr(first(tableText, 'w:spacing'), 'w:lineRule')],
      ['240', 'auto'],
    );
  });

  test('headings are kept with what follows them', async () => {
    const { doc } = await exported(markdown);
    for (const h of [
      '一、总体情况',
      '（一）主动公开',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
    ])
      assert.ok(isOn(paragraph(doc, h).p, 'w:keepNext'), h);
    const bodyP = all(doc, 'w:p').find((p) => textOf(p).startsWith('建立政府信息公开属性审查台账'))!;
    assert.equal(isOn(bodyP, 'w:keepNext'), false, 'a body paragraph in the middle flows freely');
  });

  test('三: the rows of 三、本年度办理结果 and of each group are kept on the page of their label', async () => {
    const { rows: r } = await applicationsTable();
    const keeps = (x: (typeof r)[number]) => cellParagraphs(x.tr).every((p) => isOn(p, 'w:keepNext'));
    const start = r.findIndex((x) => x.texts.includes('（一）予以公开'));
    const total = r.findIndex((x) => x.texts.includes('（七）总计'));
    assert.ok(start > 3 && total > start);
    for (const x of r.slice(0, 3)) assert.ok(keeps(x), 'header rows stay with the first row');
    for (const x of r.slice(start, total)) assert.ok(keeps(x), `${x.texts.filter(Boolean)[0]} is kept with the next`);
    assert.equal(keeps(r[total]), false, 'the group ends at （七）总计');
    assert.equal(keeps(r[total + 1]), false, '四、结转下年度继续办理');
  });

  test('二: each block stays whole; 四: the header stays with the figures', async () => {
    const { doc } = await exported(markdown);
    const tables = all(doc, 'w:tbl');
    const blocks = tables.filter((t) => textOf(t).startsWith('第二十条'));
    assert.equal(blocks.length, 4);
    for (const t of [...blocks, tables.find((x) => textOf(x).includes('未经复议直接起诉'))!]) {
      const trs = all(t, 'w:tr');
      trs.forEach((tr, i) =>
        assert.equal(
          cellParagraphs(tr).every((p) => isOn(p, 'w:keepNext')),
          i < trs.length - 1,
          `${textOf(t).slice(0, 10)} row ${i}`,
        ),
      );
    }
  });

  test('三: header labels never break inside a word, and 自然人 has room for its three characters', async () => {
    const { rows: r, tbl } = await applicationsTable();
    const cellLines = (text: string) =>
      r
        .flatMap((x) => x.cells)
        .filter((c) => textOf(c) === text)
        .map(linesOf)[0];
    assert.deepEqual(cellLines('自然人'), ['自然人']);
    assert.deepEqual(cellLines('商业企业'), ['商业', '企业']);
    assert.deepEqual(cellLines('社会公益组织'), ['社会', '公益', '组织']);
    assert.deepEqual(cellLines('法律服务机构'), ['法律', '服务', '机构']);
    assert.deepEqual(cellLines('三、本年度办理结果'), ['三、', '本年度', '办理', '结果']);
    assert.deepEqual(cellLines('（三）不予公开'), ['（三）', '不予', '公开']);
    assert.deepEqual(cellLines('法人或其他组织'), ['法人或其他组织']);
    const cols = all(tbl, 'w:gridCol').map((c) => Number(attr(c, 'w:w')));
    const natural = r[1].cells.find((c) => textOf(c) === '自然人')!;
    const margins = all(natural, 'w:tcMar').flatMap((m) => [first(m, 'w:left'), first(m, 'w:right')]);
    const inner = cols[3] - margins.reduce((a, m) => a + Number(attr(m, 'w:w')), 0);
    assert.ok(inner >= 3 * 210, `自然人 has ${inner} twips for 630`);
    assert.equal(
      cols.reduce((a, b) => a + b, 0),
      8845,
      'the columns fill the type area',
    );
  });

  test('a run-in head such as （一）上年度问题的改进情况。 is in 楷体, the rest of its paragraph in 仿宋', async () => {
    const { doc } = await exported(markdown);
    const p = all(doc, 'w:p').find((x) => textOf(x).startsWith('（一）上年度问题的改进情况。'))!;
    const parts = all(p, 'w:r').map((r) => [attr(first(r, 'w:rFonts'), 'w:eastAsia'), textOf(r)]);
    assert.deepEqual(parts[0], ['楷体_GB2312', '（一）上年度问题的改进情况。']);
    assert.ok(parts.slice(1).every(([face]) => face === '仿宋_GB2312'));
    assert.ok((parts[1][1] ?? '').startsWith('上年度报告提出执法信息公开不够及时'));
  });

  test('the title breaks after the unit with an explicit line break', async () => {
    const { doc } = await exported(markdown);
    const title = paragraph(doc, '白云县应急管理局2023年政府信息公开工作年度报告');
    assert.deepEqual(linesOf(title.p), ['白云县应急管理局', '2023年政府信息公开工作年度报告']);
    assert.ok(isOn(title.p, 'w:keepNext'));
  });

  test('signature: the longer line four characters in from the right, the shorter centred on it, kept with the text', async () => {
    const { doc } = await exported(markdown);
    const ps = all(doc, 'w:p');
    const unit = ps.findIndex((p) => textOf(p) === '白云县应急管理局' && !first(p, 'w:br'));
    const [u, d] = [ps[unit], ps[unit + 1]];
    assert.equal(textOf(d), '2024年1月22日');
    // 白云县应急管理局 is 8 characters, 2024年1月22日 6.5: the date is centred under the unit name.
    const pitch = 8845 / 28;
    assert.deepEqual(
      [u, d].map((p) => [attr(first(p, 'w:jc'), 'w:val'), attr(first(p, 'w:ind'), 'w:right')]),
      [
        ['right', String(Math.round(4 * pitch))],
        ['right', String(Math.round(4.75 * pitch))],
      ],
    );
    assert.deepEqual(
      ps.slice(unit - 2, unit + 2).map((p) => isOn(p, 'w:keepNext')),
      [true, true, true, false],
      'the last paragraph, the blank line and the unit name are kept with the date',
    );
    assert.ok(isOn(u, 'w:keepLines') && isOn(d, 'w:keepLines'));
    assert.match(textOf(ps[unit - 2]), /^（二）建议提案办理结果公开情况。/);
  });

  test('signature: a date longer than the unit name takes the four characters, the name centred over it', async () => {
    const md = markdown.replace(/白云县应急管理局\n2024年1月22日\n$/, '白云县局\n2024年12月31日\n');
    const { doc } = await exported(md);
    const ps = all(doc, 'w:p');
    const unit = ps.findIndex((p) => textOf(p) === '白云县局');
    const pitch = 8845 / 28;
    // 2024年12月31日 is 7 characters wide, 白云县局 4.
    assert.deepEqual(
      [ps[unit], ps[unit + 1]].map((p) => attr(first(p, 'w:ind'), 'w:right')),
      [String(Math.round(5.5 * pitch)), String(Math.round(4 * pitch))],
    );
  });

  for (const year of [2020, 2024])
    test(`every row of every table fills its grid, and each merge goes on in its own column (${year})`, async () => {
      const { doc } = await exported(scaffold({ agency: '青山市某局', year }));
      for (const tbl of all(doc, 'w:tbl')) {
        const widthsOf = all(tbl, 'w:gridCol').map((c) => Number(attr(c, 'w:w')));
        let open = new Map<number, string>();
        for (const { cells, texts } of rows(tbl)) {
          let col = 0;
          const next = new Map<number, string>();
          for (const c of cells) {
            const span = Number(attr(first(c, 'w:gridSpan'), 'w:val') ?? 1);
            const merge = first(c, 'w:vMerge');
            if (merge && attr(merge, 'w:val') !== 'restart')
              assert.ok(open.has(col), `a merge goes on at column ${col} where none began: ${texts.join('|')}`);
            if (merge) next.set(col, textOf(c) || open.get(col)!);
            assert.equal(Number(attr(first(c, 'w:tcW'), 'w:w')), sum(widthsOf.slice(col, col + span)));
            col += span;
          }
          assert.equal(col, widthsOf.length, `row ${texts.join('|')}`);
          open = next;
        }
      }
    });
});

suite('export: words kept whole', () => {
  test('a long title breaks after the unit, else before 政府信息公开工作年度报告; a short one stays whole', () => {
    const report = '政府信息公开工作年度报告';
    assert.deepEqual(titleLines(`白云县应急管理局2023年${report}`), ['白云县应急管理局', `2023年${report}`]);
    assert.deepEqual(titleLines(`白云县2023年${report}`), [`白云县2023年${report}`]);
    assert.deepEqual(titleLines(`2023年白云县应急管理局${report}`), ['2023年白云县应急管理局', report]);
    assert.deepEqual(titleLines(`白云县人民政府办公室2023年度${report}`), [
      '白云县人民政府办公室',
      `2023年度${report}`,
    ]);
    const joint = '中共白云县委员会办公室白云县人民政府办公室';
    assert.deepEqual(titleLines(`${joint}2023年${report}`), [joint, `2023年${report}`]);
    const other = '白云县应急管理局关于政府信息公开工作情况的说明材料汇编';
    assert.deepEqual(titleLines(other), [other]);
  });

  test('run-in heads: a short phrase ended by 。 and followed by text; sentences and lone heads are not', () => {
    assert.equal(runInHead('（一）上年度问题整改情况。上年度报告提出的问题已整改。'), '（一）上年度问题整改情况。');
    assert.equal(runInHead('(三)改进措施。一是加强培训。'), '(三)改进措施。');
    assert.equal(runInHead('（十二）其他需要报告的事项。无。'), '（十二）其他需要报告的事项。');
    assert.equal(runInHead('（一）本年度，本局共收到申请13件。其中予以公开6件。'), undefined);
    assert.equal(runInHead('（一）信息处理费收取情况。'), undefined);
    assert.equal(runInHead(`（一）${'很长的一句话'.repeat(6)}。后文。`), undefined);
    assert.equal(runInHead('一是依申请公开答复的说理还不够充分。二是解读形式单一。'), undefined);
  });

  test('labels of narrow columns are stacked at word boundaries', () => {
    assert.deepEqual(stackWords('社会公益组织', 2), ['社会', '公益', '组织']);
    assert.deepEqual(stackWords('（六）其他处理', 3), ['（六）', '其他', '处理']);
    assert.deepEqual(stackWords('未经复议直接起诉', 4), ['未经复议', '直接起诉']);
    assert.deepEqual(stackWords('自然人', 3), ['自然人']);
  });
});
