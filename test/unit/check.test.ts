import * as assert from 'node:assert/strict';
import { analyse, check, runRule } from '../../src/core/check';
import type { Finding, Rule } from '../../src/core/rules/types';
import { parseReport } from '../../src/core/parse';
import { fixtureReader, mutate, readFixture, REPORT_2021, REPORT_2022 } from './helpers';

/** What check() itself decides: the format, last year's report, severities, the order of findings. */

const s21 = () => readFixture(REPORT_2021);
const para = '全部申请均在法定期限内作出答复。';

suite('check: the format a report is read against', () => {
  /** One 2021 column label of section 二 replaced by its 2019 counterpart: the tables show both formats. */
  const mixed = (s: string) =>
    mutate(s, '| 第二十条第（一）项 | 本年制发件数 |', '| 第二十条第（一）项 | 本年新制作数量 |');

  test('tables of one format decide it, whatever the year', () => {
    assert.equal(check(s21()).format, '2021');
    assert.equal(check(readFixture('corpus/archive-2021.md')).format, '2019');
  });

  test('tables of both formats: the front matter’s format decides, else the year’s', () => {
    assert.equal(check(mixed(s21())).format, '2021');
    assert.equal(check(mixed(mutate(s21(), 'year: 2021\n', 'year: 2021\nformat: 2019\n'))).format, '2019');
    assert.equal(check(mixed(mutate(s21(), 'year: 2021\n', 'year: 2019\n'))).format, '2019');
  });

  test('no year, no declared format and both formats: 2021', () => {
    const ctx = analyse(parseReport(mixed(mutate(s21(), 'year: 2021\n', '')).replace(/2021年/g, '')));
    assert.equal(ctx.yearFormat, undefined);
    assert.equal(ctx.format.version, '2021');
  });
});

suite('check: last year’s report', () => {
  const s22 = () => readFixture(REPORT_2022);

  test('named but unreadable: said in the result, and no rule reads it', () => {
    const r = check(s22(), { readPrevious: () => undefined });
    assert.equal(r.previousUnreadable, 'linhe-2021.md');
    assert.deepEqual(
      r.findings.filter((f) => f.code === 'NB305').map((f) => f.message),
      [],
    );
  });

  test('read: the cross-year rules use it, and nothing is said unreadable', () => {
    const broken = mutate(
      s22(),
      '| 二、上年结转政府信息公开申请数量 | 2 |',
      '| 二、上年结转政府信息公开申请数量 | 9 |',
    );
    const r = check(broken, { readPrevious: fixtureReader(REPORT_2022) });
    assert.equal(r.previousUnreadable, undefined);
    assert.ok(r.findings.some((f) => f.code === 'NB305'));
  });

  test('without a reader nothing is read and nothing is said unreadable', () => {
    assert.equal(check(s22()).previousUnreadable, undefined);
  });
});

suite('check: severities', () => {
  const withXX = () => mutate(s21(), para, para + '联系人：XX。');
  const severityOf = (text: string, options = {}) =>
    check(text, options).findings.find((f) => f.code === 'NB404')?.severity;

  test('a placeholder is an error, and a warning while the report is a draft', () => {
    assert.equal(severityOf(withXX()), 'error');
    assert.equal(severityOf(mutate(withXX(), 'year: 2021\n', 'year: 2021\nstatus: draft\n')), 'warning');
  });

  test('in a draft, a severity configured milder than the draft’s stays as configured', () => {
    const draft = mutate(withXX(), 'year: 2021\n', 'year: 2021\nstatus: draft\n');
    assert.equal(severityOf(draft, { rules: { NB404: 'info' } }), 'info');
    assert.equal(severityOf(draft, { rules: { NB404: 'error' } }), 'warning');
  });

  test('rules are configured by code in any case, or by name; other keys change nothing', () => {
    assert.equal(severityOf(withXX(), { rules: { nb404: 'info' } }), 'info');
    assert.equal(severityOf(withXX(), { rules: { 'text.placeholder': 'warning' } }), 'warning');
    assert.equal(severityOf(withXX(), { rules: { nb404x: 'info', xnb404: 'info', NB4040: 'info' } }), 'error');
    assert.equal(severityOf(withXX(), { rules: { NB404: 'off' } }), undefined);
  });

  test('messages are Chinese unless English is asked for', () => {
    assert.equal(check(withXX()).findings.find((f) => f.code === 'NB404')?.message, '占位符「XX」尚未填写');
    assert.equal(
      check(withXX(), { locale: 'en' }).findings.find((f) => f.code === 'NB404')?.message,
      'The placeholder “XX” is still to be filled in',
    );
  });
});

suite('check: the order of findings', () => {
  test('by line, then by column, then by code', () => {
    const text = mutate(s21(), para, '联系人：XX，其它事项见附件。' + para + '联系人：XX。');
    const got = check(text).findings.map((f) => [f.range.start.line, f.range.start.character, f.code]);
    const sorted = [...got].sort(
      (a, b) =>
        (a[0] as number) - (b[0] as number) ||
        (a[1] as number) - (b[1] as number) ||
        String(a[2]).localeCompare(String(b[2])),
    );
    assert.deepEqual(got, sorted);
    const line = got.filter((g) => g[0] === got.find((x) => x[2] === 'NB404')![0]);
    assert.ok(line.length >= 3, `three findings on one line: ${JSON.stringify(line)}`);
  });
});

suite('check: a rule that throws', () => {
  const rule = (thrown: unknown): Rule => ({
    code: 'NB999',
    name: 'test.throws',
    severity: 'error',
    fixable: false,
    title: { zh: '测试', en: 'test' },
    description: { zh: '测试', en: 'test' },
    check(_ctx, emit) {
      emit({
        range: { start: { line: 2, character: 1 }, end: { line: 2, character: 3 } },
        message: { zh: '先报', en: 'first' },
      });
      throw thrown;
    },
  });
  const run = (thrown: unknown, locale: 'zh-cn' | 'en') => {
    const out: Finding[] = [];
    runRule(rule(thrown), { ...analyse(parseReport(s21())) }, 'warning', locale, out);
    return out;
  };

  test('keeps what it found, and becomes an info finding naming the rule and the error', () => {
    assert.deepEqual(run(new Error('boom'), 'zh-cn'), [
      {
        code: 'NB999',
        name: 'test.throws',
        severity: 'warning',
        message: '先报',
        range: { start: { line: 2, character: 1 }, end: { line: 2, character: 3 } },
        related: [],
        fix: undefined,
      },
      {
        code: 'NB999',
        name: 'test.throws',
        severity: 'info',
        message: '内部错误：规则 NB999 未能完成检查（boom）',
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        related: [],
      },
    ]);
  });

  test('in English, and whatever was thrown', () => {
    assert.deepEqual(
      run('a string', 'en').map((f) => f.message),
      ['first', 'Internal error: rule NB999 could not finish (a string)'],
    );
  });
});
