import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { analyse } from '../../../src/core/check';
import { decodeText, metaCharset } from '../../../src/core/encoding';
import { parseReport } from '../../../src/core/parse';
import { importReport } from '../../../src/importers';
import { ROOT } from '../helpers';

/** The bundled example as a published plain text (tab-separated table rows) and its web page. */
const markdown = readFileSync(join(ROOT, 'examples/baiyun-2023.md'), 'utf8');
const plainText = markdown
  .replace(/^---[\s\S]*?---\n/, '')
  .replace(/```notes[\s\S]*?```\n/g, '')
  .split('\n')
  .filter((l) => !/^\| ---/.test(l))
  .map((l) =>
    l.startsWith('|')
      ? l
          .replace(/^\|\s*|\s*\|$/g, '')
          .split(/\s*\|\s*/)
          .join('\t')
      : l.replace(/^#+\s*/, ''),
  )
  .join('\n');
const page = readFileSync(join(ROOT, 'examples/published/baiyun-2023.html'), 'utf8');

const utf16be = (s: string) => {
  const le = iconv.encode(s, 'utf-16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
};
const withBom = (bom: number[], bytes: Uint8Array) => Buffer.concat([Buffer.from(bom), bytes]);
const figures = (md: string) => {
  const out: Record<string, string[]> = {};
  for (const t of analyse(parseReport(md)).tables.byId.values())
    for (const [key, row] of t.rowByKey) out[`${t.def.id}.${key}`] = row.cells.map((c) => c.text);
  return out;
};
const NOT_TEXT = (name: string) =>
  `${name}：不是文本文件，或编码无法识别（已试 UTF-8、UTF-16、GB18030/GBK），未读入；请另存为 UTF-8 后再试。` +
  ` / ${name}: not a text file, or an encoding Nianbao cannot tell (tried UTF-8, UTF-16, GB18030/GBK); save it as UTF-8 and try again.`;

suite('decoding text files', () => {
  const variants: Array<[string, Uint8Array, string]> = [
    ['UTF-8', Buffer.from(plainText), 'utf-8'],
    ['UTF-8 with BOM', withBom([0xef, 0xbb, 0xbf], Buffer.from(plainText)), 'utf-8-bom'],
    ['UTF-16 LE with BOM', withBom([0xff, 0xfe], iconv.encode(plainText, 'utf-16le')), 'utf-16le'],
    ['UTF-16 BE with BOM', withBom([0xfe, 0xff], utf16be(plainText)), 'utf-16be'],
    ['GBK', iconv.encode(plainText, 'gbk'), 'gb18030'],
    ['GB18030', iconv.encode(plainText, 'gb18030'), 'gb18030'],
  ];
  for (const [name, bytes, encoding] of variants)
    test(`a report text in ${name} decodes to the exact text and imports to the same figures`, async () => {
      const decoded = decodeText(bytes, 'r.txt');
      assert.equal(decoded.encoding, encoding);
      assert.equal(decoded.text, plainText);
      const imported = await importReport('txt', bytes, 'r.txt');
      assert.deepEqual(figures(imported.markdown), figures(markdown));
      assert.ok(!imported.markdown.includes('\ufffd'));
    });

  test('a web page: GBK with <meta charset="gbk">, with http-equiv gb2312, UTF-16, and a meta that lies', async () => {
    const gbkPage = page.replace(/<meta charset="[^"]*">/i, '<meta charset="gbk">');
    assert.notEqual(gbkPage, page);
    const httpEquiv = page.replace(
      /<meta charset="[^"]*">/i,
      '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
    );
    const want = figures((await importReport('html', Buffer.from(page), 'p.html')).markdown);
    const pages: Array<[string, Uint8Array, string]> = [
      ['meta gbk', iconv.encode(gbkPage, 'gbk'), 'gb18030'],
      ['http-equiv gb2312', iconv.encode(httpEquiv, 'gbk'), 'gb18030'],
      ['UTF-16 LE', withBom([0xff, 0xfe], iconv.encode(page, 'utf-16le')), 'utf-16le'],
      // Claims UTF-8, is GBK: the bytes are not valid UTF-8, so the claim is not believed.
      ['lying meta', iconv.encode(page, 'gbk'), 'gb18030'],
      // Claims GBK, is UTF-8: valid UTF-8 wins.
      ['meta gbk over UTF-8 bytes', Buffer.from(gbkPage), 'utf-8'],
    ];
    assert.equal(metaCharset(iconv.encode(gbkPage, 'gbk')), 'gbk');
    assert.equal(metaCharset(iconv.encode(httpEquiv, 'gbk')), 'gbk');
    for (const [name, bytes, encoding] of pages) {
      assert.equal(decodeText(bytes, 'p.html', { html: true }).encoding, encoding, name);
      const imported = await importReport('html', bytes, 'p.html');
      assert.deepEqual(figures(imported.markdown), want, name);
      assert.ok(imported.markdown.includes('白云县应急管理局'), name);
    }
  });

  test('a file that is not text is refused with a message naming it, never read as mojibake', async () => {
    const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]);
    assert.throws(() => decodeText(binary, 'picture.txt'), { name: 'NianbaoError', message: NOT_TEXT('picture.txt') });
    // No NUL byte, but invalid in UTF-8 and in GB18030 alike.
    const invalid = Buffer.from([0x41, 0xff, 0xfe, 0x80, 0x42]);
    assert.throws(() => decodeText(invalid, 'x.html', { html: true }), { message: NOT_TEXT('x.html') });
    await assert.rejects(importReport('txt', binary, 'a.txt'), { code: 'input', message: NOT_TEXT('a.txt') });
    // UTF-16 without a BOM has NUL bytes: refused, not guessed.
    assert.throws(() => decodeText(iconv.encode(plainText, 'utf-16le'), 'u.txt'), { message: NOT_TEXT('u.txt') });
  });
});
