import * as assert from 'node:assert/strict';
import { encodingName, isUtf8, metaCharset } from '../../src/core/encoding';
import { isReportMarkdown, oneOf } from '../../src/core/text';

suite('oneOf: a pattern of several shapes written one per line', () => {
  test('is the alternation of its parts, in order, with the flags given', () => {
    const re = oneOf([/第\s*(\d+)\s*页/, /(\d+)\s*\/\s*\d+/], 'g');
    assert.equal(re.source, '第\\s*(\\d+)\\s*页|(\\d+)\\s*\\/\\s*\\d+');
    assert.equal(re.flags, 'g');
    assert.deepEqual(
      [...'第 3 页，4/7'.matchAll(re)].map((m) => [m[0], m[1], m[2]]),
      [
        ['第 3 页', '3', undefined],
        ['4/7', undefined, '4'],
      ],
    );
  });

  test('without flags matches once, and an anchor stays with its own alternative', () => {
    const re = oneOf([/^首页/, /索引号：/]);
    assert.equal(re.flags, '');
    assert.equal(re.test('首页 > 政务公开'), true);
    assert.equal(re.test('信息公开 索引号：001'), true);
    assert.equal(re.test('返回首页'), false);
  });
});

suite('what a text is: a report, an encoding', () => {
  test('a report: front matter naming agency or year, or a level-1 or -2 heading naming the report', () => {
    assert.equal(isReportMarkdown('---\nagency: 某局\n---\n'), true);
    assert.equal(isReportMarkdown('---\r\ntitle: x\r\nyear: 2023\r\n---\r\n'), true);
    assert.equal(isReportMarkdown('---\ntitle: x\n---\n# 会议纪要\n'), false);
    assert.equal(isReportMarkdown('# 某局2023年政府信息公开工作年度报告\n'), true);
    assert.equal(isReportMarkdown('说明\n\n## 某局2023年政府信息公开年度报告  \n'), true);
    assert.equal(isReportMarkdown('### 某局2023年政府信息公开工作年度报告\n'), false);
    assert.equal(isReportMarkdown('# 关于某局2023年政府信息公开工作年度报告的说明\n'), false);
    assert.equal(isReportMarkdown('year: 2023\n'), false);
  });

  test('encodings by the names users know, and which write back as UTF-8', () => {
    assert.equal(encodingName('gb18030'), 'GB18030/GBK');
    assert.equal(encodingName('utf-8-bom'), 'UTF-8 (BOM)');
    assert.equal(encodingName('utf-16le'), 'UTF-16LE');
    assert.deepEqual(['utf-8', 'utf-8-bom', 'utf-16le', 'gb18030'].map(isUtf8), [true, true, false, false]);
  });

  test('<meta charset>: a name the decoder knows, else nothing', () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    assert.equal(metaCharset(bytes('<html><head><meta charset="GBK"></head>')), 'gbk');
    assert.equal(metaCharset(bytes('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')), 'gbk');
    assert.equal(metaCharset(bytes('<meta charset="x-klingon">')), undefined);
    assert.equal(metaCharset(bytes('<p>charset=gbk</p>')), undefined);
  });
});
