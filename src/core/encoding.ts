import { NianbaoError } from './errors';

/** The encodings a report file is read in. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | string;

/** A file's text and the encoding it was read in. */
export interface Decoded {
  text: string;
  encoding: TextEncoding;
}

/** Whether text read in this encoding can be written back byte for byte by a UTF-8 writer. */
export function isUtf8(encoding: TextEncoding): boolean {
  return encoding === 'utf-8' || encoding === 'utf-8-bom';
}

/** A name for users: GB18030 (GBK), UTF-16 LE … */
export function encodingName(encoding: TextEncoding): string {
  if (encoding === 'gb18030') return 'GB18030/GBK';
  if (encoding === 'utf-8-bom') return 'UTF-8 (BOM)';
  return encoding.toUpperCase();
}

function strict(bytes: Uint8Array, label: string): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The encoding a web page names in `<meta charset>` or `http-equiv` Content-Type, if any. */
export function metaCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (!m) return undefined;
  try {
    return new TextDecoder(m[1].toLowerCase()).encoding;
  } catch {
    return undefined; // a name TextDecoder does not know
  }
}

/**
 * The text of a file read from disk, decoded carefully: a UTF-16 or UTF-8 byte-order mark; else
 * UTF-8 if the bytes are valid UTF-8 (so a page whose meta claims GBK but is UTF-8 reads right);
 * else the encoding a web page names (a meta that claims UTF-8, or UTF-16 for bytes without NUL, is ignored);
 * else GB18030 (which covers GBK and GB2312), strictly. Anything else, and any file with NUL bytes
 * outside UTF-16, is not text: a NianbaoError('input') naming the file. Never a replacement character.
 */
export function decodeText(bytes: Uint8Array, name: string, options: { html?: boolean } = {}): Decoded {
  const b = bytes;
  if (b[0] === 0xff && b[1] === 0xfe) {
    const text = strict(b.subarray(2), 'utf-16le');
    if (text !== undefined) return { text, encoding: 'utf-16le' };
  } else if (b[0] === 0xfe && b[1] === 0xff) {
    const text = strict(b.subarray(2), 'utf-16be');
    if (text !== undefined) return { text, encoding: 'utf-16be' };
  } else if (!b.includes(0)) {
    const bom = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
    const utf8 = strict(bom ? b.subarray(3) : b, 'utf-8');
    if (utf8 !== undefined) return { text: utf8, encoding: bom ? 'utf-8-bom' : 'utf-8' };
    const named = options.html ? metaCharset(b) : undefined;
    // A page in UTF-16 has NUL bytes (its ASCII tags), so here a UTF-16 name is a leftover (Word's
    // `charset=unicode` on a page saved again as GBK).
    const byMeta = named && named !== 'utf-8' && !named.startsWith('utf-16') ? strict(b, named) : undefined;
    if (byMeta !== undefined) return { text: byMeta, encoding: named === 'gbk' ? 'gb18030' : named! };
    const gb = strict(b, 'gb18030');
    if (gb !== undefined) return { text: gb, encoding: 'gb18030' };
  }
  throw new NianbaoError(
    'input',
    `${name}：不是文本文件，或编码无法识别（已试 UTF-8、UTF-16、GB18030/GBK），未读入；请另存为 UTF-8 后再试。` +
      ` / ${name}: not a text file, or an encoding Nianbao cannot tell (tried UTF-8, ` +
      `UTF-16, GB18030/GBK); save it as UTF-8 and try again.`,
  );
}

/** Text back to bytes in the encoding it was read in (UTF-8 with its mark, if it had one). */
export function encodeUtf8(text: string, encoding: TextEncoding): Uint8Array {
  return new TextEncoder().encode(encoding === 'utf-8-bom' ? `\ufeff${text}` : text);
}
