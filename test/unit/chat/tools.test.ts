import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toolCheck, toolFacts, toolRules } from '../../../src/chat';
import { ROOT } from '../helpers';

const EXAMPLES = join(ROOT, 'examples');
const REPORT = readFileSync(join(EXAMPLES, 'baiyun-2024-draft.md'), 'utf8');
const readPrevious = (ref: string) => readFileSync(join(EXAMPLES, ref), 'utf8');

suite('chat: what the language-model tools return', () => {
  test('nianbao_check: the engine’s findings, one line each with 1-based positions', () => {
    const lines = toolCheck(REPORT, readPrevious).split('\n');
    assert.equal(lines[0], '8 findings (format 2021)');
    assert.ok(lines.includes('NB401 23:19 warning 正文称本年新收申请16件，表格为15件'));
    assert.equal(toolCheck(REPORT, readPrevious, 'en').split('\n')[0], '8 findings (format 2021)');
  });

  test('nianbao_facts: unit, year, every table figure and last year’s changed figures', () => {
    const lines = toolFacts(REPORT, readPrevious).split('\n');
    assert.deepEqual(lines.slice(0, 2), ['unit: 白云县应急管理局', 'year: 2024']);
    assert.ok(lines.includes('第二十条第（五）项 · 行政许可 · 本年处理决定数量: 95'));
    assert.ok(lines.includes('## last year (baiyun-2023.md): changed figures'));
    assert.ok(lines.includes('第二十条第（五）项 · 行政许可 · 本年处理决定数量：上年 87 → 本年 95（+8）'));
    assert.ok(toolFacts(REPORT).endsWith('## last year: baiyun-2023.md could not be read'));
  });

  test('nianbao_rules: the catalogue, or the rule a code names', () => {
    assert.equal(toolRules('NB603').split('\n')[0], 'NB603 typo.wording (info, fixable): 不规范用字');
    assert.ok(toolRules().startsWith('NB101 structure.missing-section (error, fixable): 缺少章节\n'));
    assert.equal(toolRules('NB999'), 'No rule matches “NB999”.');
  });
});
