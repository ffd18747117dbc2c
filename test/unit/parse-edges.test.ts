import * as assert from 'node:assert/strict';
import type { Range } from '../../src/core/model';
import { parseReport, sectionOfTitle, titleFacts } from '../../src/core/parse';
import { splitRow } from '../../src/core/parse/table';

/** `line:char-line:char` of a range. */
function span(r: Range | undefined): string {
  return r ? `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}` : '-';
}

/** One pipe-table line split as cells: `"text"@offset:start-end[span]`, and the row's range. */
function cellsOf(line: string): string {
  const r = splitRow(`x\n${line}\ny`, 1, 2, 2 + line.length);
  const c = r.cells.map(
    (c) =>
      `${JSON.stringify(c.text)}@${c.offset}:${c.range.start.character}-${c.range.end.character}` +
      `[${c.span.start.character}-${c.span.end.character}]`,
  );
  return `${c.join(' ')} row ${r.range.start.character}-${r.range.end.character}`;
}

suite('parser edges: table rows', () => {
  // Offsets are of the document, characters of the line (it starts at offset 2).
  const cases: Array<[string, string]> = [
    ['| 甲 | 乙 |', '"甲"@4:2-3[1-4] "乙"@8:6-7[5-8] row 0-9'],
    ['  |甲|乙|  ', '"甲"@5:3-4[3-4] "乙"@7:5-6[5-6] row 0-9'],
    ['\t| 甲\t| 乙 |\r', '"甲"@5:3-4[2-5] "乙"@9:7-8[6-9] row 0-10'],
    ['甲 | 乙', '"甲"@2:0-1[0-2] "乙"@6:4-5[3-5] row 0-5'],
    ['| a \\| b | c |', '"a | b"@4:2-8[1-9] "c"@13:11-12[10-13] row 0-14'],
    ['| 甲 | 乙 \\|', '"甲"@4:2-3[1-4] "乙 |"@8:6-10[5-10] row 0-10'],
    ['a\\|b|c', '"a|b"@2:0-4[0-4] "c"@7:5-6[5-6] row 0-6'],
    ['|  | 乙 |', '""@4:2-2[1-3] "乙"@7:5-6[4-7] row 0-8'],
    ['| 甲 |   ', '"甲"@4:2-3[1-4] row 0-8'],
    ['|甲|\r', '"甲"@3:1-2[1-2] row 0-3'],
    ['||', '""@3:1-1[1-1] row 0-2'],
    ['|', '""@3:1-1[1-1] row 0-1'],
    ['\r', '""@2:0-0[0-0] row 0-0'],
    ['', '""@2:0-0[0-0] row 0-0'],
  ];
  for (const [line, expected] of cases)
    test(`splits ${JSON.stringify(line)}`, () => assert.equal(cellsOf(line), expected));
});

/** The parts of a parsed report these tests look at, in a compact form. */
function outline(text: string) {
  const r = parseReport(text);
  return {
    title: r.title?.text,
    sections: r.sections.map((s) => ({
      key: s.key,
      heading: `${s.heading.text} ${span(s.heading.textRange)}`,
      paragraphs: s.paragraphs.map((p) => p.text),
      notes: s.notes.map((n) => n.text),
      subheadings: s.subheadings.map((h) => h.text),
      tables: s.tables.length,
    })),
    other: r.otherHeadings.map((h) => `${h.level} ${JSON.stringify(h.text)} ${span(h.textRange)}`),
    preamble: r.preamble.map((p) => p.text),
    tables: r.tables.map((t) => `${t.section ?? '-'}:${t.header.cells.map((c) => c.text).join('|')}:${t.rows.length}`),
  };
}

suite('parser edges: blocks and headings', () => {
  test('a lone CR stays inside its line: one paragraph, later lines keep their numbers', () => {
    const o = outline('## 一、总体情况\n第一行\r第二行\n## 二、主动公开政府信息情况\n');
    assert.deepEqual(o.sections[0].paragraphs, ['第一行\r第二行']);
    assert.equal(o.sections[1].heading, '二、主动公开政府信息情况 2:3-2:15');
  });

  test('an unknown level-2 heading is kept aside and as a subheading of the section before it', () => {
    const o = outline('## 一、总体情况\n\n## 附：名词解释\n\n正文\n');
    assert.deepEqual(o.other, ['2 "附：名词解释" 2:3-2:9']);
    assert.deepEqual(o.sections[0].subheadings, ['附：名词解释']);
    assert.deepEqual(o.sections[0].paragraphs, ['正文']);
  });

  test('an HTML block is prose; only a `notes` fence is notes, its info may have blanks around', () => {
    const o = outline('## 一、总体情况\n\n<div>块</div>\n\n``` notes 要点\n要点\n```\n\n```js\nx\n```\n');
    assert.deepEqual(o.sections[0].paragraphs, ['<div>块</div>']);
    assert.deepEqual(o.sections[0].notes, ['要点\n']);
  });

  test('a table before any section belongs to none', () => {
    const o = outline('| 甲 | 乙 |\n|---|---|\n| 1 | 2 |\n\n## 一、总体情况\n');
    assert.deepEqual(o.tables, ['-:甲|乙:1']);
    assert.equal(o.sections[0].tables, 0);
  });

  test('heading texts: indented, ideographic blank, closing hashes, trailing blanks, a # inside', () => {
    const o = outline(
      '   ## 一、总体情况 ##  \n## \u3000二、主动公开政府信息情况\n### 关于 #3 号文件\n### 标题#\n### 尾空格  \n## ##\n',
    );
    assert.deepEqual(
      o.sections.map((s) => s.heading),
      ['一、总体情况 0:6-0:12', '二、主动公开政府信息情况 1:4-1:16'],
    );
    assert.deepEqual(o.sections[1].subheadings, ['关于 #3 号文件', '标题#', '尾空格', '']);
    assert.deepEqual(o.other, ['2 "" 5:2-5:2']);
  });

  test('a setext title keeps a # in its text', () => {
    assert.equal(outline('标题 C#\n===\n\n正文\n').title, '标题 C#');
  });
});

suite('parser edges: front matter', () => {
  const fm = (text: string) => parseReport(text).frontMatter;

  test('only a first line of --- opens it, and it needs its closing line', () => {
    assert.equal(fm('# 甲---\n正文\n---\n乙\n'), undefined);
    assert.equal(fm('---yaml\nagency: 甲\n---\n'), undefined);
    assert.equal(fm('---\nagency: 甲\n正文\n'), undefined);
    assert.equal(fm('---\n'), undefined);
    assert.deepEqual(outline('---\nagency: 甲\n正文\n').preamble, ['agency: 甲\n正文']);
  });

  test('closes at ---, at ... or at the end of the file, blanks after the marks allowed', () => {
    for (const [text, end] of [
      ['---\nagency: 甲\n---\n# 标题\n', '2:3'],
      ['---\nagency: 甲\n---', '2:3'],
      ['---  \nagency: 甲\n---  \n# 标题\n', '2:5'],
      ['---\nagency: 甲\n...\n# 标题\n', '2:3'],
      ['---\nnote: 待定...\nagency: 甲\n---\n# 标题\n', '3:3'],
    ]) {
      const f = fm(text);
      assert.equal(f?.agency, '甲', text);
      assert.equal(span(f?.range), `0:0-${end}`, text);
      assert.deepEqual(f?.problems, [], text);
    }
  });

  test('invalid YAML is one problem at its line, with the parser’s first line of message', () => {
    assert.deepEqual(fm('---\nagency: 甲\nyear: [2024\n---\n')?.problems, [
      {
        line: 3,
        zh: '前置信息不是有效的 YAML：Flow sequence in block collection must be sufficiently indented and end with a ] at line 3, column 1:',
        en: 'The front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] at line 3, column 1:',
      },
    ]);
  });

  test('YAML that is not a mapping is one problem at line 1; an empty one none', () => {
    const expected = {
      line: 1,
      zh: '前置信息应为「键: 值」的列表（agency、year 等）',
      en: 'The front matter must be a list of `key: value` (agency, year, …)',
    };
    assert.deepEqual(fm('---\n只是一句话\n---\n')?.problems, [expected]);
    assert.deepEqual(fm('---\n- 甲\n- 乙\n---\n')?.problems, [expected]);
    assert.deepEqual(fm('---\n---\n')?.problems, []);
  });

  test('a value of the wrong kind is shown as written (lists as JSON), other keys kept', () => {
    const f = fm('---\nyear: 2024\nagency: [甲, 乙]\nformat: 2020\nwho: 不认识的键\n---\n');
    assert.equal(f?.year, 2024);
    assert.deepEqual(f?.problems, [
      {
        key: 'agency',
        line: 2,
        zh: '前置信息「agency」为「["甲","乙"]」，应为单位全称（不能为空）',
        en: 'The front matter\'s `agency` is “["甲","乙"]”; expected the unit’s full name (not empty)',
      },
      {
        key: 'format',
        line: 3,
        zh: '前置信息「format」为「2020」，应为2019或2021',
        en: "The front matter's `format` is “2020”; expected 2019 or 2021",
      },
    ]);
  });
});

suite('parser edges: section titles', () => {
  const cases: Array<[string, string]> = [
    ['一、总体情况', '一 一 2'],
    ['一、总体情况：', '一 一 2'],
    ['总体情况。 ', '一 - 0'],
    ['一. 总体情况', '一 一 3'],
    ['二，主动公开政府信息情况', '二 二 2'],
    ['十、概述', '一 十 2'],
    ['概述', 'none'],
    ['三、受理政府信息公开申请情况', '三 三 2'],
    ['三、收到和处理政府信息公开申请的情况说明', '三 三 2'],
    ['四、行政复议和行政诉讼情况', '四 四 2'],
    ['四、复议、诉讼情况', '四 四 2'],
    ['存在的问题和改进措施', '五 - 0'],
    ['五、存在的主要问题及整改情况', '五 五 2'],
    ['七、存在的不足与改进方向', '五 七 2'],
    ['其他需要说明的事项', '六 - 0'],
    ['其他需报告事项', '六 - 0'],
    ['六、其他', 'none'],
    ['附件', 'none'],
    ['总体工作情况', 'none'],
    ['一、主动公开政府信息情况', '二 一 2'],
  ];
  for (const [title, expected] of cases)
    test(`${title} → ${expected}`, () => {
      const s = sectionOfTitle(title);
      assert.equal(s ? `${s.key} ${s.number ?? '-'} ${s.numberLength}` : 'none', expected);
    });

  test('title facts: year after or before the unit, blanks, 年度, no year', () => {
    assert.deepEqual(titleFacts('甲局2024年政府信息公开工作年度报告'), { agency: '甲局', year: 2024 });
    assert.deepEqual(titleFacts('2024年度甲局政府信息公开年度报告'), { agency: '甲局', year: 2024 });
    assert.deepEqual(titleFacts('甲局 2024 年政府信息公开工作年度报告'), { agency: '甲局', year: 2024 });
    assert.deepEqual(titleFacts('甲局政府信息公开工作年度报告'), {});
  });
});

suite('parser edges: the signature', () => {
  const H = '## 六、其他需要报告的事项\n\n';
  /** The signature's lines and range, and what is left of section 六's prose (text, offset, range). */
  function signature(body: string) {
    const r = parseReport(H + body);
    const s = r.signature;
    return {
      agency: s?.agency && `${s.agency.text} ${span(s.agency.range)}`,
      date: s?.date && `${s.date.text} ${s.date.year} ${span(s.date.range)}`,
      range: s && span(s.range),
      prose: r.sections[0].paragraphs.map((p) => `${p.text}@${p.offset} ${span(p.range)}`),
    };
  }

  test('a date alone, a unit alone', () => {
    assert.deepEqual(signature('2024年1月5日\n'), {
      agency: undefined,
      date: '2024年1月5日 2024 2:0-2:9',
      range: '2:0-2:9',
      prose: [],
    });
    assert.deepEqual(signature('甲局\n'), { agency: '甲局 2:0-2:2', date: undefined, range: '2:0-2:2', prose: [] });
  });

  test('unit and date side by side on one line are both found; a date as a web page writes it too', () => {
    assert.deepEqual(signature('本年度无其他事项。\n\n甲局 2024年1月5日\n'), {
      agency: '甲局 4:0-4:2',
      date: '2024年1月5日 2024 4:3-4:12',
      range: '4:0-4:12',
      prose: ['本年度无其他事项。@16 2:0-2:9'],
    });
    assert.equal(
      signature('本年度无其他事项。\n\n甲局\u3000\u30002024 年 1 月 5 日\n').date,
      '2024 年 1 月 5 日 2024 4:4-4:18',
    );
    assert.equal(signature('甲局\n2024-01-05\n').date, '2024-01-05 2024 3:0-3:10');
    assert.equal(signature('甲局\n2024.1.5\n').agency, '甲局 2:0-2:2');
    // A sentence with a date at its end is no signature.
    assert.equal(signature('本年度无其他事项。\n\n报告发布于 2024年1月5日\n').agency, undefined);
  });

  test('a date in Chinese numerals gives its year', () => {
    assert.equal(signature('甲局\n二〇二四年一月五日\n').date, '二〇二四年一月五日 2024 3:0-3:9');
  });

  test('web-page buttons after the signature are passed over; debris alone is no signature', () => {
    assert.deepEqual(signature('本年度无其他事项。\n\n甲局\n2024年1月5日\n\n【打印本页】【关闭窗口】\n'), {
      agency: '甲局 4:0-4:2',
      date: '2024年1月5日 2024 5:0-5:9',
      range: '4:0-5:9',
      prose: ['本年度无其他事项。@16 2:0-2:9'],
    });
    assert.deepEqual(signature('![印章](seal.png)甲局\n'), {
      agency: undefined,
      date: undefined,
      range: undefined,
      prose: ['![印章](seal.png)甲局@16 2:0-2:17'],
    });
  });

  test('a paragraph ending in buttons is prose: no signature is looked for above it', () => {
    assert.equal(signature('甲局\n2024年1月5日\n\n本年度无其他事项。\n【关闭窗口】\n').range, undefined);
  });

  test('a blank-looking last paragraph is no signature (and does not throw)', () => {
    assert.deepEqual(signature('本年度无其他事项。\n\n\u3000\n').prose, [
      '本年度无其他事项。@16 2:0-2:9',
      '\u3000@27 4:0-4:1',
    ]);
    assert.equal(signature('本年度无其他事项。\n\n\u3000\n').range, undefined);
  });

  test('signature lines in the paragraph of the last sentence are cut from it, trailing blanks too', () => {
    assert.deepEqual(signature('特此报告。  \n甲局\n2024年1月5日\n'), {
      agency: '甲局 3:0-3:2',
      date: '2024年1月5日 2024 4:0-4:9',
      range: '3:0-4:9',
      prose: ['特此报告。@16 2:0-2:5'],
    });
  });

  test('indented signature lines point at their text, without the blanks around it', () => {
    assert.deepEqual(signature('本年度无其他事项。\n    甲局  \n    2024年1月5日\n'), {
      agency: '甲局 3:4-3:6',
      date: '2024年1月5日 2024 4:4-4:13',
      range: '3:0-4:13',
      prose: ['本年度无其他事项。@16 2:0-2:9'],
    });
  });

  test('above a date, a line with sentence punctuation or over 40 characters is not the unit', () => {
    assert.equal(signature('本年度无其他事项。\n\n以上情况，特此报告。\n2024年1月5日\n').agency, undefined);
    const name40 = '甲'.repeat(39) + '局';
    assert.equal(signature(`本年度无其他事项。\n\n  ${name40}\n2024年1月5日\n`).agency, `${name40} 4:2-4:42`);
    assert.equal(signature(`本年度无其他事项。\n\n${'甲'.repeat(40)}局\n2024年1月5日\n`).agency, undefined);
  });

  test('a blank-looking line between unit and date is passed over; unit and date may be two paragraphs', () => {
    assert.equal(signature('本年度无其他事项。\n\n甲局\n\u3000\n2024年1月5日\n').range, '4:0-6:9');
    assert.deepEqual(signature('甲局\n\n2024年1月5日\n'), {
      agency: '甲局 2:0-2:2',
      date: '2024年1月5日 2024 4:0-4:9',
      range: '2:0-4:9',
      prose: [],
    });
  });
});
