import { decodeText } from '../core/encoding';
import { NianbaoError } from '../core/errors';
import { renderReport } from '../core/render';
import { assemble, type Unplaced } from './assemble';
import { readHtml } from './html';
import { readPdf } from './pdf';
import type { SourceItem } from './source';
import { readText } from './txt';

export type { Unplaced } from './assemble';

/** The kinds of published file we import. */
export type SourceKind = 'txt' | 'html' | 'docx' | 'pdf';

/** What could not be placed; for a PDF, `line` counts on `page`. */
export type UnplacedItem = Unplaced & { page?: number };

export interface Imported {
  markdown: string;
  unplaced: UnplacedItem[];
  agency?: string;
  year?: number;
}

/** The kind of a file from its name; undefined for Markdown and anything else. */
export function sourceKind(path: string): SourceKind | undefined {
  const ext = path.toLowerCase().slice(path.lastIndexOf('.'));
  if (ext === '.txt') return 'txt';
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.docx') return 'docx';
  if (ext === '.pdf') return 'pdf';
  return undefined;
}

function fromItems(items: SourceItem[]): Imported {
  const { draft, unplaced } = assemble(items);
  return {
    markdown: renderReport(draft),
    unplaced: withPages(unplaced, items),
    agency: draft.agency,
    year: draft.year,
  };
}

/**
 * The page of each unplaced piece of a PDF: the page of the item it came from, the next item on from
 * the last one found with its line and text (pieces of one row are reported together, in order).
 */
export function withPages(unplaced: readonly Unplaced[], items: readonly SourceItem[]): UnplacedItem[] {
  if (!items.some((i) => i.page)) return [...unplaced];
  let cursor = 0;
  return unplaced.map((u) => {
    const same = (i: SourceItem) => i.line === u.line && (i.text === u.text || i.text.includes(u.text));
    let at = items.findIndex((i, k) => k >= cursor && same(i));
    if (at < 0) at = items.findIndex(same);
    if (at < 0) return u;
    cursor = at + 1;
    return items[at].page ? { ...u, page: items[at].page } : u;
  });
}

/** Imports a published report in plain text. */
export function importText(text: string): Imported {
  return fromItems(readText(text));
}

/** Imports a published report as a web page. */
export function importHtml(html: string): Imported {
  return fromItems(readHtml(html));
}

/** Imports a Word file (through mammoth, loaded on first use; merged cells become row/col spans). */
export async function importDocx(data: Uint8Array): Promise<Imported> {
  // A bundled CommonJS module arrives as the namespace's default export.
  const loaded = (await import('mammoth')) as typeof import('mammoth') & { default?: typeof import('mammoth') };
  const mammoth = loaded.default?.convertToHtml ? loaded.default : loaded;
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(data) })).value;
  } catch (e) {
    throw new NianbaoError('input', `无法读取 Word 文件：${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  return importHtml(html);
}

/**
 * Imports a PDF (through pdf.js, loaded on first use): lines and table rows rebuilt from the text
 * positions. A PDF without a text layer (a scan) is refused with a NianbaoError('input').
 */
export async function importPdf(data: Uint8Array): Promise<Imported> {
  return fromItems(await readPdf(data));
}

/**
 * Imports any supported file content by kind; text and web pages are decoded first (UTF-8, UTF-16
 * with BOM, the page's meta charset, GB18030/GBK; see core/encoding.ts). `name` names the file in
 * messages.
 */
export async function importReport(kind: SourceKind, data: Uint8Array, name = '文件'): Promise<Imported> {
  try {
    if (kind === 'docx') return await importDocx(data);
    if (kind === 'pdf') return await importPdf(data);
  } catch (e) {
    if (e instanceof NianbaoError && !e.message.startsWith(name))
      throw new NianbaoError(e.code, `${name}：${e.message}`, { cause: e.cause });
    throw e;
  }
  const { text } = decodeText(data, name, { html: kind === 'html' });
  return kind === 'html' ? importHtml(text) : importText(text);
}
