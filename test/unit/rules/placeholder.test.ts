import * as assert from 'node:assert/strict';
import { check } from '../../../src/core/check';
import { mutate, readFixture, REPORT_2021 } from '../helpers';

/** NB404 beyond the prose: in the title and in the signature, indented or not, at the right place. */
suite('NB404: placeholders in the title and the signature', () => {
  const s21 = readFixture(REPORT_2021);
  const SIGNATURE = '临河县自然资源局\n2022年1月18日';
  const nb404 = (text: string, locale: 'zh-cn' | 'en' = 'zh-cn') =>
    check(text, { locale })
      .findings.filter((f) => f.code === 'NB404')
      .map((f) => `${f.range.start.line + 1}:${f.range.start.character}-${f.range.end.character} ${f.message}`);

  test('in the title', () => {
    assert.deepEqual(nb404(mutate(s21, '# 临河县自然资源局2021年', '# XX县自然资源局2021年')), [
      '6:2-4 占位符「XX」尚未填写',
    ]);
  });

  test('in the signing unit and its date, indented with full-width spaces', () => {
    assert.deepEqual(nb404(mutate(s21, SIGNATURE, '　　　　XXX局\n　　　　2022年1月XX日')), [
      '116:4-7 占位符「XXX」尚未填写',
      '117:11-13 占位符「XX」尚未填写',
    ]);
    assert.deepEqual(nb404(mutate(s21, SIGNATURE, 'XXX局\n2022年1月18日'), 'en'), [
      '116:0-3 The placeholder “XXX” is still to be filled in',
    ]);
  });
});
