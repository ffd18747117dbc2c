import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';
import { findRule, ruleCatalogue, RULES } from '../../../src/core/rules';
import { ROOT } from '../helpers';

/**
 * The rule catalogue as `nianbao rules --format json` prints it, in each language, against the golden files
 * test/golden/rules.{zh,en}.json: a changed title, description, severity or fixability must be a decision
 * (UPDATE_GOLDEN=1 writes the files instead of comparing).
 */
suite('the rule catalogue as the writer reads it (nianbao rules)', () => {
  for (const lang of ['zh', 'en'] as const) {
    test(`in ${lang === 'zh' ? 'Chinese' : 'English'}, word for word`, async () => {
      let stdout = '';
      const code = await main(['rules', '--format', 'json', '--lang', lang], {
        stdout: (s) => (stdout += s),
        stderr: () => undefined,
        env: {},
      });
      assert.equal(code, 0);
      const file = join(ROOT, 'test', 'golden', `rules.${lang}.json`);
      if (process.env.UPDATE_GOLDEN) writeFileSync(file, stdout);
      else {
        assert.ok(existsSync(file), `no golden file ${file} (UPDATE_GOLDEN=1 writes it)`);
        assert.equal(stdout, readFileSync(file, 'utf8'));
      }
    });
  }
});

suite('the catalogue for the hosts', () => {
  test('ruleCatalogue: every rule’s metadata, in catalogue order, and nothing of its check', () => {
    const catalogue = ruleCatalogue();
    assert.deepEqual(
      catalogue.map((r) => r.code),
      RULES.map((r) => r.code),
    );
    assert.deepEqual(catalogue[0], {
      code: 'NB101',
      name: 'structure.missing-section',
      severity: 'error',
      fixable: true,
      title: RULES[0].title,
      description: RULES[0].description,
    });
    assert.ok(catalogue.every((r) => !('check' in r)));
  });

  test('findRule: by code in any case or by name, spaces around ignored; anything else is no rule', () => {
    assert.equal(findRule('NB303')?.name, 'arith.balance');
    assert.equal(findRule(' nb303 ')?.name, 'arith.balance');
    assert.equal(findRule('arith.balance')?.code, 'NB303');
    assert.equal(findRule('ARITH.BALANCE'), undefined);
    assert.equal(findRule('NB999'), undefined);
    assert.equal(findRule(''), undefined);
  });
});
