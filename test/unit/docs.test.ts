import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../src/core/rules';
import { COPIED } from '../../src/core/rules/content';
import { ROOT } from './helpers';

/** Every rule has its documentation page (what, why, an example, the fix), which the diagnostics link to. */
suite('rule documentation', () => {
  for (const rule of RULES) {
    test(`${rule.code} has a page with what, why, an example and the fix`, () => {
      const path = join(ROOT, 'docs', 'rules', `${rule.code}.md`);
      assert.ok(existsSync(path), `missing ${path}`);
      const page = readFileSync(path, 'utf8');
      assert.match(page, new RegExp(`^# ${rule.code} ${rule.name.replace('.', '\\.')}`));
      for (const heading of ['## 检查什么', '## 为什么', '## 示例', '## 如何修复'])
        assert.ok(page.includes(heading), `${rule.code}: no “${heading}”`);
      assert.ok(page.includes(`**${rule.severity}**`), `${rule.code}: the default severity is not named`);
      assert.equal(
        page.includes('可自动修复 / fixable'),
        rule.fixable,
        `${rule.code}: the page and the rule disagree on whether it is fixable`,
      );
    });
  }
});

suite('thresholds in the rule pages', () => {
  test('NB505’s page states the thresholds the rule uses', () => {
    const page = readFileSync(join(ROOT, 'docs', 'rules', 'NB505.md'), 'utf8');
    assert.ok(page.includes(`至少${COPIED.minLength}字`), 'the minimum length');
    assert.ok(page.includes(`${COPIED.percent}%以上`), 'the share');
    assert.ok(page.includes(`at least ${COPIED.percent}%`), 'the share, in English');
  });
});
