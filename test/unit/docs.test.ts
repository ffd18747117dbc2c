import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../src/core/rules';
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
