import * as assert from 'node:assert/strict';
import { check } from '../../src/core/check';
import { parseReport } from '../../src/core/parse';
import { previousRef, reportFileName, scaffold, scaffoldInputProblem } from '../../src/core/scaffold';
import { mutate, readFixture, REPORT_2021 } from './helpers';

/** A report being written says so (`status: draft`): its placeholders are warnings, not errors. */
suite('status: draft', () => {
  const clean = readFixture(REPORT_2021);
  const withPlaceholders = mutate(
    mutate(clean, '全年开展政务公开业务培训5次', '全年开展政务公开业务培训【待核实：培训次数】次'),
    '2022年1月18日',
    '2022年  月  日',
  );
  const asDraft = (text: string, status = 'draft') => mutate(text, 'year: 2021\n', `year: 2021\nstatus: ${status}\n`);
  const placeholders = (text: string, rules?: Record<string, 'error' | 'warning' | 'info' | 'off'>) =>
    check(text, { rules })
      .findings.filter((f) => f.code === 'NB404')
      .map((f) => `${f.severity} ${f.message}`);

  test('the front matter accepts status: draft (and 草稿, any case); another value means final', () => {
    assert.equal(parseReport(asDraft(clean)).frontMatter?.status, 'draft');
    assert.equal(parseReport(asDraft(clean, ' Draft ')).frontMatter?.status, 'draft');
    assert.equal(parseReport(asDraft(clean, '草稿')).frontMatter?.status, 'draft');
    const other = parseReport(asDraft(clean, 'final')).frontMatter!;
    assert.equal(other.status, undefined);
    assert.deepEqual([other.agency, other.year, other.problems], ['临河县自然资源局', 2021, []]);
    assert.equal(parseReport(clean).frontMatter?.status, undefined);
  });

  test('NB404 is an error in a published report and a warning in a draft, with the same messages', () => {
    const messages = ['未填写的日期「2022年  月  日」尚未填写', '待补充标记「【待核实：培训次数】」尚未填写'];
    assert.deepEqual(placeholders(withPlaceholders).sort(), messages.map((m) => `error ${m}`).sort());
    assert.deepEqual(placeholders(asDraft(withPlaceholders)).sort(), messages.map((m) => `warning ${m}`).sort());
    assert.deepEqual(placeholders(asDraft(withPlaceholders, 'final')).length, 2);
    assert.ok(placeholders(asDraft(withPlaceholders, 'final')).every((p) => p.startsWith('error')));
  });

  test('a draft softens NB404 only: other errors stay errors', () => {
    const broken = mutate(
      asDraft(withPlaceholders),
      '| （一）予以公开 | 9 | 1 | 0 | 1 | 0 | 0 | 11 |',
      '| （一）予以公开 | 9 | 1 | 0 | 1 | 0 | 0 | 12 |',
    );
    const errors = check(broken).findings.filter((f) => f.severity === 'error');
    assert.deepEqual([...new Set(errors.map((f) => f.code))].sort(), ['NB301', 'NB302']);
  });

  test('a configured severity is kept when it is milder, and at most a warning in a draft', () => {
    assert.ok(placeholders(asDraft(withPlaceholders), { NB404: 'info' }).every((p) => p.startsWith('info')));
    assert.ok(placeholders(asDraft(withPlaceholders), { NB404: 'error' }).every((p) => p.startsWith('warning')));
    assert.deepEqual(placeholders(asDraft(withPlaceholders), { 'text.placeholder': 'off' }), []);
    assert.ok(placeholders(withPlaceholders, { NB404: 'warning' }).every((p) => p.startsWith('warning')));
  });

  test('the scaffold writes status: draft, so a new report has no error', () => {
    const text = scaffold({ agency: '青山市云溪区数据局', year: 2024 });
    assert.match(text, /^---\nagency: 青山市云溪区数据局\nyear: 2024\nformat: 2021\nstatus: draft\n---\n/);
    const { findings } = check(text);
    assert.equal(findings.length, 13);
    assert.ok(findings.every((f) => f.code === 'NB404' && f.severity === 'warning'));
    const published = check(text.replace('status: draft\n', '')).findings;
    assert.ok(published.every((f) => f.code === 'NB404' && f.severity === 'error'));
  });
});

suite('what both hosts ask before a scaffold', () => {
  test('the unit must be named and the year must be a year up to the latest allowed', () => {
    assert.equal(scaffoldInputProblem({ agency: '某局', year: '2024' }, 2025), undefined);
    assert.equal(scaffoldInputProblem({ agency: '某局', year: ' 2025 ' }, 2025), undefined);
    assert.deepEqual(scaffoldInputProblem({ agency: '  ' }, 2025), {
      zh: '请填写单位名称',
      en: 'Enter the name of the unit',
    });
    for (const year of ['2026', '2007', '20x4', '24', '二〇二四', ''])
      assert.deepEqual(scaffoldInputProblem({ year }, 2025), {
        zh: `报告年度应为 2008 至 2025 之间的年份，而不是「${year}」`,
        en: `The report year must be a year from 2008 to 2025, not “${year}”`,
      });
  });

  test('the file name and the previous reference', () => {
    assert.equal(reportFileName(' 青山市云溪区数据局 ', 2024), '青山市云溪区数据局2024年政府信息公开工作年度报告.md');
    assert.equal(reportFileName('A/B:C', 2024), 'A_B_C2024年政府信息公开工作年度报告.md');
    assert.equal(previousRef('/w/2024/年报.md', '/w/2023/年报.md'), '../2023/年报.md');
    assert.equal(previousRef('/w/年报2024.md', '/w/年报2023.md'), '年报2023.md');
    assert.equal(previousRef('/w/a/b/new.md', '/w/old.docx'), '../../old.docx');
    assert.equal(previousRef('/w/new.md', '/w/x/y/old.md'), 'x/y/old.md');
    assert.equal(previousRef('C:\\w\\2024\\r.md', 'C:\\w\\2023\\r.md'), '../2023/r.md');
    assert.equal(previousRef('C:\\w\\r.md', 'D:\\old\\r.md'), 'D:/old/r.md');
    // Drives in either case, and a URI's path (/c:/w/…) as some callers pass it.
    assert.equal(previousRef('c:\\w\\r.md', 'C:\\w\\old\\r.md'), 'old/r.md');
    assert.equal(previousRef('/c:/w/r.md', '/d:/old/r.md'), 'D:/old/r.md');
    assert.equal(previousRef('/c:/w/r.md', '/C:/w/old/r.md'), 'old/r.md');
    assert.equal(previousRef('C:\\a\\r.md', '/a/p.md'), '/a/p.md');
  });
});
