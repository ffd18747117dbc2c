import * as assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeText, encodeUtf8, metaCharset } from '../../src/core/encoding';

/** The refusal decodeText gives for bytes that are not text in any encoding it tries. */
const NOT_TEXT = (name: string) =>
  `${name}：不是文本文件，或编码无法识别（已试 UTF-8、UTF-16、GB18030/GBK），未读入；请另存为 UTF-8 后再试。` +
  ` / ${name}: not a text file, or an encoding Nianbao cannot tell (tried UTF-8, UTF-16, GB18030/GBK); ` +
  'save it as UTF-8 and try again.';

const bytes = (...list: number[]) => Uint8Array.from(list);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(Buffer.concat(parts));

suite('decoding: byte-order marks and their look-alikes', () => {
  test('GBK text that opens with 政 (bytes D5 FE) is read as GB18030, not taken for a UTF-16 LE mark', () => {
    const text = '政府信息公开工作年度报告';
    const gbk = iconv.encode(text, 'gbk');
    assert.deepEqual([gbk[0], gbk[1]], [0xd5, 0xfe]);
    assert.deepEqual(decodeText(gbk, 'r.txt'), { text, encoding: 'gb18030' });
  });

  test('GB18030 text that opens with lead byte FE (not FE FF) is read as GB18030, not UTF-16 BE', () => {
    // FE 50 is ⺁ (U+2E81) in GB18030; the rest is GBK text of our own.
    const data = concat(bytes(0xfe, 0x50), iconv.encode('年报', 'gbk'));
    assert.deepEqual(decodeText(data, 'r.txt'), { text: '\u2e81年报', encoding: 'gb18030' });
  });

  test('a first byte FF without FE, or a second byte FF, is not a mark: such bytes are refused', () => {
    // Read as UTF-16 after the first two bytes these would give 䍂; they are neither UTF-8 nor GB18030.
    assert.throws(() => decodeText(bytes(0xff, 0x41, 0x42, 0x43), 'a.txt'), {
      name: 'NianbaoError',
      message: NOT_TEXT('a.txt'),
    });
    assert.throws(() => decodeText(bytes(0x41, 0xff, 0x42, 0x43), 'b.txt'), {
      name: 'NianbaoError',
      message: NOT_TEXT('b.txt'),
    });
  });

  test('a UTF-16 mark followed by bytes that are not UTF-16 (lone surrogate, odd length) is refused', () => {
    const cases: Array<[string, Uint8Array]> = [
      ['le-surrogate.txt', bytes(0xff, 0xfe, 0x00, 0xd8)],
      ['be-surrogate.txt', bytes(0xfe, 0xff, 0xd8, 0x00)],
      ['le-odd.txt', bytes(0xff, 0xfe, 0x41)],
      ['be-odd.txt', bytes(0xfe, 0xff, 0x00, 0x41, 0x00)],
    ];
    for (const [name, data] of cases)
      assert.throws(() => decodeText(data, name), { name: 'NianbaoError', message: NOT_TEXT(name) }, name);
  });

  test('valid UTF-16 after its mark decodes, without the mark', () => {
    assert.deepEqual(decodeText(bytes(0xff, 0xfe, 0x74, 0x5e, 0xa5, 0x62), 'le.txt'), {
      text: '年报',
      encoding: 'utf-16le',
    });
    assert.deepEqual(decodeText(bytes(0xfe, 0xff, 0x5e, 0x74, 0x62, 0xa5), 'be.txt'), {
      text: '年报',
      encoding: 'utf-16be',
    });
  });

  test('UTF-8 text whose first bytes resemble the UTF-8 mark in part keeps every character', () => {
    // 仿 = E4 BB BF, ＿ = EF BC BF, ﻠ = EF BB A0: each shares two of the three bytes EF BB BF.
    for (const text of ['仿宋_GB2312 排版', '＿＿＿年度', '\ufee0 附注', '（一）主动公开', '丿乙'])
      assert.deepEqual(decodeText(Buffer.from(text), 'u.txt'), { text, encoding: 'utf-8' }, text);
  });

  test('the whole UTF-8 mark EF BB BF is recognised and dropped from the text', () => {
    const text = '仿宋 年报';
    assert.deepEqual(decodeText(concat(bytes(0xef, 0xbb, 0xbf), Buffer.from(text)), 'b.txt'), {
      text,
      encoding: 'utf-8-bom',
    });
  });
});

suite('decoding: the charset a web page names', () => {
  const page = '<html><head><meta charset="big5"></head><body><p>某縣政府資訊公開年報</p></body></html>';
  const big5 = iconv.encode(page, 'big5');

  test('a Big5 page that says so decodes as Big5 (the meta is believed when the bytes fit it)', () => {
    assert.equal(metaCharset(big5), 'big5');
    assert.deepEqual(decodeText(big5, 'p.html', { html: true }), { text: page, encoding: 'big5' });
  });

  test('the meta is read only for web pages: the same bytes as plain text fall back to GB18030', () => {
    assert.equal(decodeText(big5, 'p.txt').encoding, 'gb18030');
    assert.notEqual(decodeText(big5, 'p.txt').text, page);
  });

  test('a page that names GBK is reported as GB18030 (the superset it is read in)', () => {
    const gbkPage = '<meta charset="GBK"><p>某县政府信息公开年报</p>';
    assert.deepEqual(decodeText(iconv.encode(gbkPage, 'gbk'), 'g.html', { html: true }), {
      text: gbkPage,
      encoding: 'gb18030',
    });
  });

  test('a meta that names UTF-16 on a page without NUL bytes is not believed: GBK, not mojibake', () => {
    // Word writes charset=unicode on its UTF-16 pages; saved again as GBK, the page keeps the claim.
    for (const name of ['unicode', 'utf-16le', 'UTF-16BE']) {
      const head = `<meta http-equiv="Content-Type" content="text/html; charset=${name}"><p>某市信息公开年报</p>`;
      // An even length, so that as UTF-16 these bytes would decode to CJK-looking text.
      const page = head.length % 2 ? `${head}\n` : head;
      const gbk = iconv.encode(page, 'gbk');
      assert.equal(gbk.length % 2, 0, name);
      assert.equal(metaCharset(gbk), name === 'UTF-16BE' ? 'utf-16be' : 'utf-16le');
      assert.deepEqual(decodeText(gbk, 'u.html', { html: true }), { text: page, encoding: 'gb18030' }, name);
    }
  });

  test('metaCharset: spaces around =, http-equiv in capitals, unknown names and no meta at all', () => {
    const of = (s: string) => metaCharset(Buffer.from(s, 'latin1'));
    assert.equal(of('<meta charset = "gbk">'), 'gbk');
    assert.equal(of("<meta charset= 'big5' />"), 'big5');
    assert.equal(of('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; CHARSET=GB2312">'), 'gbk');
    assert.equal(of('<meta charset="UTF-8">'), 'utf-8');
    assert.equal(of('<meta charset="x-no-such-code">'), undefined);
    assert.equal(of('<p>charset=gbk</p>'), undefined);
    assert.equal(of(''), undefined);
  });
});

suite('encoding text back', () => {
  test('UTF-8 with its mark when it was read with one, without otherwise', () => {
    const utf8 = [0xe5, 0xb9, 0xb4, 0xe6, 0x8a, 0xa5];
    assert.deepEqual([...encodeUtf8('年报', 'utf-8-bom')], [0xef, 0xbb, 0xbf, ...utf8]);
    assert.deepEqual([...encodeUtf8('年报', 'utf-8')], utf8);
    assert.deepEqual([...encodeUtf8('', 'utf-8-bom')], [0xef, 0xbb, 0xbf]);
  });
});
