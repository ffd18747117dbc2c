import { NianbaoError } from './errors';

const MB = 1024 * 1024;

/**
 * What Nianbao reads at most, in one place: the CLI, the extension and the importers check against
 * these, and the messages and the README state them. A real report is far below every one (its
 * Markdown is under 1 MB, a published Word file a few MB, a web page nests a few dozen elements).
 */
export const LIMITS = {
  /** A Markdown, text or web-page file (also last year's report named by `previous`). */
  textBytes: 10 * MB,
  /** A Word or PDF file, pictures included. */
  binaryBytes: 50 * MB,
  /** What the parts of a Word file unpack to, together (a zip bomb is refused before it unpacks). */
  docxUnpackedBytes: 200 * MB,
  /** Elements nested in a web page (or in the HTML of a Word file). */
  htmlDepth: 1000,
} as const;

/** The size limit of a file by its name: Word and PDF files are binary, everything else is text. */
export function sizeLimit(path: string): number {
  return /\.(docx|pdf)$/i.test(path) ? LIMITS.binaryBytes : LIMITS.textBytes;
}

/** Bytes for people: `10 MB`, `3.9 GB`, `512 字节`/`512 bytes`. */
export function formatBytes(n: number, locale: 'zh-cn' | 'en' = 'zh-cn'): string {
  if (n < 1024) return locale === 'en' ? `${n} bytes` : `${n} 字节`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = n / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = value >= 100 ? String(Math.round(value)) : value.toFixed(1).replace(/\.0$/, '');
  return `${shown} ${units[unit]}`;
}

/** The error for a file larger than its limit: it names the file, its size and the limit. */
export function tooLarge(name: string, size: number, limit: number): NianbaoError {
  return new NianbaoError(
    'input',
    `${name}：文件大小为 ${formatBytes(size)}，超过上限 ${formatBytes(limit)}，未读入（年报文件远小于此；请确认选对了文件）`,
    {
      en:
        `${name}: ${formatBytes(size, 'en')}, over the limit of ` +
        `${formatBytes(limit, 'en')}; not read (a report is far smaller: is it the right ` +
        `file?)`,
    },
  );
}
