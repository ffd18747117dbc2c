import * as assert from 'node:assert/strict';
import { check } from '../../../src/core/check';
import { applyEdits } from '../../../src/core/edits';
import { mutate, readFixture, REPORT_2021 } from '../helpers';

/**
 * The structure rules where their choices are not obvious: where NB101 puts a missing heading, how NB104
 * renumbers level-2 items of every style (and what it replaces), and which citation NB106 calls the first.
 */
suite('structure rules: placements, renumbering and first citations', () => {
  const s21 = readFixture(REPORT_2021);
  const at = (f: { range: { start: { line: number; character: number }; end: { character: number } } }) =>
    `${f.range.start.line + 1}:${f.range.start.character}-${f.range.end.character}`;
  const of = (code: string, text: string) => check(text).findings.filter((f) => f.code === code);

  suite('NB101: where the missing heading goes', () => {
    /** `place message → inserted at line:character "text"` for each missing section. */
    const nb101 = (text: string) =>
      of('NB101', text).map((f) => {
        const e = f.fix!.edits[0];
        return `${at(f)} ${f.message} → ${e.range.start.line + 1}:${e.range.start.character} ${JSON.stringify(e.newText)}`;
      });

    test('before its own tables when they stand under the section before', () => {
      const text = s21.replace('## 三、收到和处理政府信息公开申请情况\n\n', '');
      assert.deepEqual(nb101(text), [
        '57:0-57 缺少第三部分「三、收到和处理政府信息公开申请情况」 → 57:0 "## 三、收到和处理政府信息公开申请情况\\n\\n"',
      ]);
      const fixed = applyEdits(text, of('NB101', text)[0].fix!.edits).text;
      assert.equal(fixed, s21);
    });

    test('else before the next section present', () => {
      assert.deepEqual(nb101(s21.replace('## 一、总体情况\n\n', '')), [
        '35:0-15 缺少第一部分「一、总体情况」 → 35:0 "## 一、总体情况\\n\\n"',
      ]);
      // At the very start of the text: no blank line to put before it.
      assert.deepEqual(nb101(s21.slice(s21.indexOf('## 二、'))), [
        '1:0-15 缺少第一部分「一、总体情况」 → 1:0 "## 一、总体情况\\n\\n"',
      ]);
    });

    test('a table of no known kind under the section before does not count as the missing section’s', () => {
      const text = s21.replace(
        '## 三、收到和处理政府信息公开申请情况\n\n',
        '| 项目 | 数量 |\n| --- | --: |\n| 培训 | 2 |\n\n',
      );
      assert.deepEqual(nb101(text), [
        '61:0-57 缺少第三部分「三、收到和处理政府信息公开申请情况」 → 61:0 "## 三、收到和处理政府信息公开申请情况\\n\\n"',
      ]);
    });

    test('else before the signature, marked at the section before', () => {
      assert.deepEqual(nb101(s21.replace('## 六、其他需要报告的事项\n\n', '')), [
        '100:0-17 缺少第六部分「六、其他需要报告的事项」 → 114:0 "## 六、其他需要报告的事项\\n\\n"',
      ]);
    });

    test('else at the end, after a blank line', () => {
      const head = s21.slice(0, s21.indexOf('## 六、'));
      assert.deepEqual(nb101(head), [
        '100:0-17 缺少第六部分「六、其他需要报告的事项」 → 108:0 "## 六、其他需要报告的事项\\n\\n"',
      ]);
      assert.deepEqual(nb101(head.trimEnd()), [
        '100:0-17 缺少第六部分「六、其他需要报告的事项」 → 106:40 "\\n\\n## 六、其他需要报告的事项\\n\\n"',
      ]);
      assert.deepEqual(nb101('本报告依据条例编制。\n').slice(0, 1), [
        '1:0-0 缺少第一部分「一、总体情况」 → 2:0 "\\n## 一、总体情况\\n\\n"',
      ]);
    });

    test('with no section at all: every heading, marked at the title', () => {
      const title = s21.slice(0, s21.indexOf('本报告依据'));
      const found = nb101(title);
      assert.equal(found.length, 6);
      assert.equal(found[5], '6:0-27 缺少第六部分「六、其他需要报告的事项」 → 8:0 "## 六、其他需要报告的事项\\n\\n"');
    });
  });

  suite('NB104: level-2 numbers of every style', () => {
    const FIVE = s21.slice(s21.indexOf('## 五、'), s21.indexOf('## 六、'));
    const withFive = (body: string) => s21.replace(FIVE, `## 五、存在的主要问题及改进情况\n\n${body}\n\n`);
    /** The findings, and section 五 after all their fixes. */
    const nb104 = (body: string) => {
      const text = withFive(body);
      const found = of('NB104', text);
      const fixed = applyEdits(
        text,
        found.flatMap((f) => f.fix!.edits),
      ).text;
      const five = fixed.slice(fixed.indexOf('## 五、'), fixed.indexOf('## 六、'));
      return { found: found.map((f) => `${at(f)} ${f.message} | ${f.fix!.title}`), five };
    };

    test('「一、」 paragraphs', () => {
      const { found, five } = nb104('一、问题。甲。\n\n二、改进。乙。');
      assert.deepEqual(found, [
        '102:0-2 二级标题「一、问题。甲。」使用了「一、」式序号，与章节序号冲突；应为「（一）」 | 改为「（一）」',
        '104:0-2 二级标题「二、改进。乙。」使用了「一、」式序号，与章节序号冲突；应为「（二）」 | 改为「（二）」',
      ]);
      assert.equal(five, '## 五、存在的主要问题及改进情况\n\n（一）问题。甲。\n\n（二）改进。乙。\n\n');
    });

    test('(1) paragraphs, the blank after the number going with it', () => {
      const { found, five } = nb104('(1) 问题。甲。\n\n(2)改进。乙。');
      assert.deepEqual(found, [
        '102:0-3 二级标题「(1) 问题。甲。」应使用（一）（二）式序号，应为「（一）」 | 改为「（一）」',
        '104:0-3 二级标题「(2)改进。乙。」应使用（一）（二）式序号，应为「（二）」 | 改为「（二）」',
      ]);
      assert.equal(five, '## 五、存在的主要问题及改进情况\n\n（一）问题。甲。\n\n（二）改进。乙。\n\n');
    });

    test('### 1. and ### 2、 headings; ### 一、 and ### （2）', () => {
      let r = nb104('### 1. 问题\n\n甲。\n\n### 2、改进\n\n乙。');
      assert.deepEqual(r.found, [
        '102:4-6 二级标题「1. 问题」应使用（一）（二）式序号，应为「（一）」 | 改为「（一）」',
        '106:4-6 二级标题「2、改进」应使用（一）（二）式序号，应为「（二）」 | 改为「（二）」',
      ]);
      assert.equal(r.five, '## 五、存在的主要问题及改进情况\n\n### （一）问题\n\n甲。\n\n### （二）改进\n\n乙。\n\n');
      r = nb104('### 一、问题\n\n甲。\n\n### （2）改进\n\n乙。');
      assert.deepEqual(r.found, [
        '102:4-6 二级标题「一、问题」使用了「一、」式序号，与章节序号冲突；应为「（一）」 | 改为「（一）」',
        '106:4-7 二级标题「（2）改进」应使用（一）（二）式序号，应为「（二）」 | 改为「（二）」',
      ]);
    });

    test('a number skipped, and a heading without one among numbered ones', () => {
      assert.deepEqual(nb104('### （一）问题\n\n甲。\n\n### （三）改进\n\n乙。').found, [
        '106:4-7 二级标题序号不连续：「（三）改进」应为「（二）」 | 改为「（二）」',
      ]);
      const r = nb104('### （一）问题\n\n甲。\n\n### 改进\n\n乙。');
      assert.deepEqual(r.found, ['106:4-5 「改进」缺少序号，同级其他标题有序号；应为「（二）」 | 改为「（二）」']);
      assert.equal(r.five, '## 五、存在的主要问题及改进情况\n\n### （一）问题\n\n甲。\n\n### （二）改进\n\n乙。\n\n');
    });

    test('run-in （一）（二） paragraphs, then ### headings going on from （三）', () => {
      assert.deepEqual(nb104('（一）问题。甲。\n\n（二）整改。乙。\n\n### （三）改进\n\n丙。').found, []);
      assert.deepEqual(nb104('（一）问题。甲。\n\n（二）整改。乙。\n\n### （四）改进\n\n丙。').found, [
        '106:4-7 二级标题序号不连续：「（四）改进」应为「（三）」 | 改为「（三）」',
      ]);
      assert.deepEqual(
        nb104('（一）问题。甲。\n\n（二）整改。乙。\n\n### （三）改进\n\n丙。\n\n### （五）其他\n\n丁。').found,
        ['110:4-7 二级标题序号不连续：「（五）其他」应为「（四）」 | 改为「（四）」'],
      );
    });

    test('run-in paragraphs before headings that count from （一） themselves: the headings stand alone', () => {
      assert.deepEqual(
        nb104('（一）问题一。\n\n（二）问题二。\n\n### （一）改进\n\n甲。\n\n### （二）其他\n\n乙。').found,
        [],
      );
    });

    test('（1） paragraphs under run-in （一） ones are the level below: neither told nor renumbered', () => {
      assert.deepEqual(
        nb104('（一）问题。甲。\n\n（1）目录更新。乙。\n\n（2）属性审查。丙。\n\n（二）改进。丁。').found,
        [],
      );
      assert.deepEqual(nb104('（一）问题。甲。\n\n（1）目录更新。乙。\n\n（三）改进。丁。').found, [
        '106:0-3 二级标题序号不连续：「（三）改进。丁。」应为「（二）」 | 改为「（二）」',
      ]);
    });

    test('run-in （二） paragraphs between ### headings are in the same sequence', () => {
      assert.deepEqual(nb104('### （一）问题\n\n甲。\n\n（二）整改。乙。\n\n### （三）改进\n\n丙。').found, []);
      const r = nb104('### （一）问题\n\n甲。\n\n（二）整改。乙。\n\n### （四）改进\n\n丙。');
      assert.deepEqual(r.found, ['108:4-7 二级标题序号不连续：「（四）改进」应为「（三）」 | 改为「（三）」']);
      assert.equal(
        r.five,
        '## 五、存在的主要问题及改进情况\n\n### （一）问题\n\n甲。\n\n（二）整改。乙。\n\n### （三）改进\n\n丙。\n\n',
      );
      // A run-in paragraph out of step is told its number too; one before the headings counts them on.
      assert.deepEqual(nb104('### （一）问题\n\n甲。\n\n（三）整改。乙。\n\n### （三）改进\n\n丙。').found, [
        '106:0-3 二级标题序号不连续：「（三）整改。乙。」应为「（二）」 | 改为「（二）」',
      ]);
      assert.deepEqual(
        nb104('（一）问题。甲。\n\n### （二）整改\n\n乙。\n\n（三）改进。丙。\n\n### （四）其他\n\n丁。').found,
        [],
      );
    });

    test('in 总体情况, an unnumbered area title among numbered paragraphs wants its number; elsewhere not', () => {
      const ONE = s21.slice(s21.indexOf('## 一、'), s21.indexOf('## 二、'));
      const body = '（一）主动公开。甲。\n\n政府信息管理。乙。\n\n（三）监督保障。丙。';
      const one = of('NB104', s21.replace(ONE, `## 一、总体情况\n\n${body}\n\n`)).map((f) => `${at(f)} ${f.message}`);
      assert.deepEqual(one, ['14:0-1 「政府信息管理。乙。」缺少序号，同级其他标题有序号；应为「（二）」']);
      assert.deepEqual(nb104(body).found, [
        '106:0-3 二级标题序号不连续：「（三）监督保障。丙。」应为「（二）」 | 改为「（二）」',
      ]);
    });

    test('a number alone on its line: the fix keeps the line break, the message shows that line', () => {
      const r = nb104('（1）\n问题。甲。\n\n（2）改进。乙。');
      assert.deepEqual(r.found, [
        '102:0-3 二级标题「（1）」应使用（一）（二）式序号，应为「（一）」 | 改为「（一）」',
        '105:0-3 二级标题「（2）改进。乙。」应使用（一）（二）式序号，应为「（二）」 | 改为「（二）」',
      ]);
      assert.equal(r.five, '## 五、存在的主要问题及改进情况\n\n（一）\n问题。甲。\n\n（二）改进。乙。\n\n');
    });

    test('no number anywhere, or plain paragraphs: nothing', () => {
      assert.deepEqual(nb104('### 问题\n\n甲。\n\n### 改进\n\n乙。').found, []);
      assert.deepEqual(nb104('问题。甲。\n\n1.改进。乙。').found, []);
    });
  });

  suite('NB107: debris, and when its line may go', () => {
    const ANCHOR = '### （五）监督保障\n';
    /** `start-end message → the edit of its fix` for a line put under （五） (line 34). */
    const nb107 = (line: string) =>
      of('NB107', s21.replace(ANCHOR, `${ANCHOR}${line}\n\n`)).map((f) => {
        const e = f.fix?.edits[0];
        const edit = e
          ? `${e.range.start.line + 1}:${e.range.start.character}-${e.range.end.line + 1}:${e.range.end.character} ${JSON.stringify(e.newText)}`
          : '-';
        return `${f.range.start.character}-${f.range.end.character} ${f.message} → ${edit}`;
      });
    const IMAGE = '疑似图片占位符，不属于报告正文：「[image: image3]」';

    test('a line of debris alone, blanks around it or not: the fix deletes the line', () => {
      assert.deepEqual(nb107('[image: image3]'), [`0-15 ${IMAGE} → 34:0-35:0 ""`]);
      assert.deepEqual(nb107('  [image: image3]  '), [`2-17 ${IMAGE} → 34:0-35:0 ""`]);
      assert.deepEqual(nb107('【打印本页】【关闭窗口】'), [
        '0-12 疑似网页按钮，不属于报告正文：「【打印本页】【关闭窗口】」 → 34:0-35:0 ""',
      ]);
    });

    test('debris inside, before or after a sentence: said, but the line stays', () => {
      assert.deepEqual(nb107('如图[image: image3]所示，本局工作扎实推进。'), [`2-17 ${IMAGE} → -`]);
      assert.deepEqual(nb107('[image: image3]本局工作扎实推进。'), [`0-15 ${IMAGE} → -`]);
      assert.deepEqual(nb107('本局工作扎实推进。 [image: image3] '), [`10-25 ${IMAGE} → -`]);
    });
  });

  suite('NB106: the preamble and the first citation of the 条例', () => {
    const nb106 = (text: string) => of('NB106', text).map((f) => `${at(f)} ${f.message}`);
    const FULL = '《中华人民共和国政府信息公开条例》（以下简称《条例》）';

    test('the first citation is its short name', () => {
      assert.deepEqual(nb106(mutate(s21, FULL, '《条例》')), [
        '8:5-9 首次引用条例写作「《条例》」，应使用全称《中华人民共和国政府信息公开条例》（简称须先定义后使用）',
      ]);
    });

    test('another 条例 cited first does not count; the first citation of this one does', () => {
      assert.deepEqual(nb106(mutate(s21, FULL, '《中华人民共和国保守国家秘密法实施条例》和《政府信息公开条例》')), [
        '8:26-36 首次引用条例写作「《政府信息公开条例》」，应使用全称《中华人民共和国政府信息公开条例》（简称须先定义后使用）',
      ]);
      const later = mutate(
        mutate(s21, FULL, '《中华人民共和国保守国家秘密法实施条例》'),
        '### （五）监督保障\n',
        '### （五）监督保障\n\n严格执行《条例》各项规定。\n',
      );
      assert.deepEqual(nb106(later), [
        '35:4-8 首次引用条例写作「《条例》」，应使用全称《中华人民共和国政府信息公开条例》（简称须先定义后使用）',
      ]);
    });

    test('no statistic period, no preamble, only a page header', () => {
      assert.deepEqual(nb106(mutate(s21, '本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。', '')), [
        '8:0-197 导语未说明统计期限（如「本报告中所列数据的统计期限自X年1月1日起至X年12月31日止」）',
      ]);
      const preamble = s21.slice(s21.indexOf('本报告依据'), s21.indexOf('\n', s21.indexOf('本报告依据')));
      assert.deepEqual(nb106(mutate(s21, preamble, '')), ['6:2-27 报告缺少导语：应说明编制依据和统计期限']);
      assert.deepEqual(nb106(mutate(s21, preamble, '发布日期：2022-01-20　　信息来源：临河县自然资源局')), [
        '6:2-27 报告缺少导语：应说明编制依据和统计期限',
      ]);
    });
  });
});
