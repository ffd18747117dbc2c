import * as assert from 'node:assert/strict';
import { check } from '../../../src/core/check';
import { applyEdits } from '../../../src/core/edits';
import { mutate, readFixture, REPORT_2021 } from '../helpers';

/**
 * The typography rules on the shapes they must tell apart: half-width marks touching Chinese (not times,
 * thousands, URLs or English; brackets converted in pairs), stray whitespace inside table numbers (one
 * finding per row), and the fixed replacements of NB603.
 */
suite('typography: half-width marks, padded numbers, fixed replacements', () => {
  const s21 = readFixture(REPORT_2021);
  const ANCHOR = '### （五）监督保障\n';
  /** The findings of `code` on a line put under （五）: `start-end message → the line after the fixes`. */
  const onLine = (code: string, line: string, locale: 'zh-cn' | 'en' = 'zh-cn') => {
    const text = s21.replace(ANCHOR, `${ANCHOR}${line}\n\n`);
    const found = check(text, { locale }).findings.filter((f) => f.code === code);
    const fixed = applyEdits(
      text,
      found.flatMap((f) => f.fix?.edits ?? []),
    ).text;
    const after = fixed.split('\n')[33];
    return found.map((f) => `${f.range.start.character}-${f.range.end.character} ${f.message} → ${after}`);
  };

  test('NB601: marks touching Chinese, brackets with their partners', () => {
    assert.deepEqual(onLine('NB601', '本局(办公室)负责。'), [
      '2-7 中文中使用了2处半角标点（( )），应使用全角 → 本局（办公室）负责。',
    ]);
    assert.deepEqual(onLine('NB601', '(A类)事项。'), [
      '0-4 中文中使用了2处半角标点（( )），应使用全角 → （A类）事项。',
    ]);
    assert.deepEqual(onLine('NB601', '见附件(B)'), ['3-6 中文中使用了2处半角标点（( )），应使用全角 → 见附件（B）']);
    assert.deepEqual(onLine('NB601', '本局(办公室(二))负责'), [
      '2-10 中文中使用了4处半角标点（( ( ) )），应使用全角 → 本局（办公室（二））负责',
    ]);
    assert.deepEqual(onLine('NB601', '邮箱:abc@example.com,电话:0000-1234567'), [
      '2-22 中文中使用了3处半角标点（: , :），应使用全角 → 邮箱：abc@example.com，电话：0000-1234567',
    ]);
    assert.deepEqual(onLine('NB601', '本局(办公室)负责。', 'en'), [
      '2-7 2 half-width punctuation mark(s) (( )) in Chinese text; use full-width → 本局（办公室）负责。',
    ]);
  });

  test('NB601: not times, thousands, URLs, link destinations, or English between Latin letters', () => {
    assert.deepEqual(onLine('NB601', '上午08:50开始，共1,000条。'), []);
    assert.deepEqual(onLine('NB601', '网址https://www.example.gov.cn/a:b,c'), []);
    assert.deepEqual(onLine('NB601', 'see (A) and (B)'), []);
    assert.deepEqual(onLine('NB601', 'A,B两类'), []);
    assert.deepEqual(onLine('NB601', '详见[指南](zn.html)，或[办法](http://www.gov.cn/a.html)。'), []);
    assert.deepEqual(onLine('NB601', '(详见[指南](zn.html))'), [
      '0-17 中文中使用了2处半角标点（( )），应使用全角 → （详见[指南](zn.html)）',
    ]);
  });

  test('NB602: whitespace inside a number, one finding per row', () => {
    const ROW = '| 一、本年新收政府信息公开申请数量 | 20 | 3 | 0 | 1 | 2 | 0 | 26 |';
    const padded = (row: string, locale: 'zh-cn' | 'en' = 'zh-cn') =>
      check(mutate(s21, ROW, row), { locale })
        .findings.filter((f) => f.code === 'NB602')
        .map(
          (f) =>
            `${f.range.start.line + 1}:${f.range.start.character}-${f.range.end.character} ${f.message} → ` +
            f.fix!.edits.map((e) => `${e.range.start.character}:${e.newText}`).join(','),
        );
    const one = '| 一、本年新收政府信息公开申请数量 | 2\u30000 | 3 | 0 | 1 | 2 | 0 | 26 |';
    assert.deepEqual(padded(one), ['61:21-24 数字「2[U+3000]0」中有多余空白，应为「20」 → 21:20']);
    assert.deepEqual(padded(one, 'en'), [
      '61:21-24 The number “2[U+3000]0” contains stray whitespace; expected “20” → 21:20',
    ]);
    const two = '| 一、本年新收政府信息公开申请数量 | 2\u00a00 | 3 | 0 | 1 | 2 | 0 | 2 6 |';
    assert.deepEqual(padded(two), [
      '61:21-50 「一、本年新收政府信息公开申请数量」一行有2个数字夹有多余空白（如「2[NBSP]0」） → 21:20,47:26',
    ]);
    assert.deepEqual(padded(two, 'en'), [
      '61:21-50 2 numbers in the row “一、本年新收政府信息公开申请数量” contain stray whitespace (e.g. “2[NBSP]0”) → 21:20,47:26',
    ]);
  });

  test('NB603: 其它, a level-3 number 2、, a traditional character, ASCII quotes around Chinese', () => {
    assert.deepEqual(onLine('NB603', '  2、加强"政务公开"培训，其它事项見附件。'), [
      '2-4 三级序号「2、」应为「2.」 →   2.加强“政务公开”培训，其他事项见附件。',
      '6-12 中文引号应为“”："政务公开" →   2.加强“政务公开”培训，其他事项见附件。',
      '15-17 「其它」应为「其他」 →   2.加强“政务公开”培训，其他事项见附件。',
      '19-20 繁体字「見」应为「见」 →   2.加强“政务公开”培训，其他事项见附件。',
    ]);
    assert.deepEqual(onLine('NB603', '他说"OK"，见第12、13项。'), []);
    // A ### heading numbered 2、 is NB104's (a misnumbered level-2 heading), not a level-3 number.
    const heading = s21.replace('### （五）监督保障\n', '### 2、监督保障\n');
    assert.deepEqual(
      check(heading)
        .findings.filter((f) => f.code === 'NB603' || f.code === 'NB104')
        .map((f) => `${f.code} ${f.message}`),
      ['NB104 二级标题「2、监督保障」应使用（一）（二）式序号，应为「（五）」'],
    );
  });
});
