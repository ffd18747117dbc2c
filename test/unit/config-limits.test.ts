import * as assert from 'node:assert/strict';
import { parseConfig, validateRuleKeys } from '../../src/core/config';
import { NianbaoError } from '../../src/core/errors';
import { formatBytes, LIMITS, sizeLimit, tooLarge } from '../../src/core/limits';

/** The configuration file as the core reads it, and the size limits as every host states them. */
suite('configuration and limits', () => {
  const PATH = 'a/.nianbaorc.json';
  /** The error a call throws, as `code | Chinese | English`. */
  const thrown = (f: () => unknown): string => {
    try {
      f();
    } catch (e) {
      assert.ok(e instanceof NianbaoError, String(e));
      return `${e.code} | ${e.message} | ${e.en}`;
    }
    assert.fail('nothing was thrown');
  };

  test('a configuration: rules by code or name, in any case, as written', () => {
    assert.deepEqual(parseConfig('{"rules":{"NB101":"off","structure.preamble":"info"}}', PATH), {
      NB101: 'off',
      'structure.preamble': 'info',
    });
    assert.deepEqual(parseConfig('{"rules":{"nb101":"error"}}', PATH), { nb101: 'error' });
  });

  test('not JSON: the file and the parser’s reason, in both languages', () => {
    const [code, zh, en] = thrown(() => parseConfig('{"rules":', PATH)).split(' | ');
    assert.equal(code, 'config');
    assert.match(zh, /^配置文件 a\/\.nianbaorc\.json 不是有效的 JSON：\S/);
    assert.match(en, /^The configuration a\/\.nianbaorc\.json is not valid JSON: \S/);
  });

  test('a wrong value or key: where, and what is expected', () => {
    assert.equal(
      thrown(() => parseConfig('{"rules":{"NB101":"loud"}}', PATH)),
      'config | 配置文件 a/.nianbaorc.json 有误：rules.NB101：Invalid option: expected one of "error"|"warning"|"info"|"off"' +
        ' | The configuration a/.nianbaorc.json is wrong: rules.NB101: Invalid option: expected one of' +
        ' "error"|"warning"|"info"|"off"',
    );
    assert.equal(
      thrown(() => parseConfig('{"rule":{}}', PATH)),
      'config | 配置文件 a/.nianbaorc.json 有误：(根)：Unrecognized key: "rule"' +
        ' | The configuration a/.nianbaorc.json is wrong: (root): Unrecognized key: "rule"',
    );
  });

  test('a key that names no rule, wherever the rules came from', () => {
    const message =
      'config | 配置文件 a/.nianbaorc.json 有误：没有名为「NB999」的规则（可用 nianbao rules 查看全部规则）' +
      ' | The configuration a/.nianbaorc.json is wrong: there is no rule “NB999” (nianbao rules lists them all)';
    assert.equal(
      thrown(() => parseConfig('{"rules":{"NB101":"off","NB999":"off"}}', PATH)),
      message,
    );
    assert.equal(
      thrown(() => validateRuleKeys({ NB999: 'off' }, PATH)),
      message,
    );
  });

  test('the size limit by the file’s kind', () => {
    assert.equal(sizeLimit('a/报告.docx'), LIMITS.binaryBytes);
    assert.equal(sizeLimit('a/报告.PDF'), LIMITS.binaryBytes);
    assert.equal(sizeLimit('a/报告.md'), LIMITS.textBytes);
    assert.equal(sizeLimit('a/报告.docx.txt'), LIMITS.textBytes);
    assert.equal(LIMITS.textBytes, 10 * 1024 * 1024);
    assert.equal(LIMITS.binaryBytes, 50 * 1024 * 1024);
  });

  test('bytes for people', () => {
    assert.equal(formatBytes(0), '0 字节');
    assert.equal(formatBytes(1023, 'en'), '1023 bytes');
    assert.equal(formatBytes(1024), '1 KB');
    assert.equal(formatBytes(1536), '1.5 KB');
    assert.equal(formatBytes(99.96 * 1024), '100 KB');
    assert.equal(formatBytes(100 * 1024 + 600), '101 KB');
    assert.equal(formatBytes(1024 * 1024 - 1), '1024 KB');
    assert.equal(formatBytes(1024 * 1024), '1 MB');
    assert.equal(formatBytes(3.94 * 1024 ** 3, 'en'), '3.9 GB');
    assert.equal(formatBytes(2 * 1024 ** 5), '2048 TB');
  });

  test('a file over its limit: its name, its size and the limit', () => {
    assert.equal(
      thrown(() => {
        throw tooLarge('大.docx', 60 * 1024 * 1024, LIMITS.binaryBytes);
      }),
      'input | 大.docx：文件大小为 60 MB，超过上限 50 MB，未读入（年报文件远小于此；请确认选对了文件）' +
        ' | 大.docx: 60 MB, over the limit of 50 MB; not read (a report is far smaller: is it the right file?)',
    );
  });
});
