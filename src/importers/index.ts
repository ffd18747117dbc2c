import { analyse } from '../core/check';
import { decodeText } from '../core/encoding';
import { NianbaoError } from '../core/errors';
import { sizeLimit, tooLarge } from '../core/limits';
import { parseReport } from '../core/parse';
import { readNumber } from '../core/tables';
import { REPORT_FRONT_MATTER_RE } from '../core/text';
import { renderReport } from '../core/render';
import { assemble } from './assemble';
import { readHtml } from './html';
import type { Placement, Unplaced } from './placement';
import { readPdf } from './pdf';
import type { SourceItem } from './source';
import { readText } from './txt';
import { checkUnpackedSize } from './unpacked';

export type { PlacedCell, Placement, Unplaced, UnplacedCode } from './placement';
export { UNKNOWN_CELL } from './placement';

/** The kinds of published file we import. */
export type SourceKind = 'txt' | 'html' | 'docx' | 'pdf';

export interface Imported {
  markdown: string;
  /** What could not be placed (also in `placement`). */
  unplaced: Unplaced[];
  /** Every figure placed with where it was read, and everything not placed with the reason. */
  placement: Placement;
  agency?: string;
  year?: number;
  format?: '2019' | '2021';
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
  const { draft, placement } = assemble(items);
  return {
    markdown: renderReport(draft),
    unplaced: placement.unplaced,
    placement,
    agency: draft.agency,
    year: draft.year,
    format: draft.format,
  };
}

/** Imports a published report in plain text (also Markdown written by a PDF or OCR converter). */
export function importText(text: string): Imported {
  return fromItems(readText(text));
}

/** Imports a published report as a web page. */
export function importHtml(html: string): Imported {
  return fromItems(readHtml(html));
}

/**
 * Imports a Word file (through mammoth, loaded on first use; merged cells become row/col spans). A
 * file that would unpack past LIMITS.docxUnpackedBytes is refused before mammoth inflates it.
 */
export async function importDocx(data: Uint8Array): Promise<Imported> {
  checkUnpackedSize(data);
  // A bundled CommonJS module arrives as the namespace's default export.
  const loaded = (await import('mammoth')) as typeof import('mammoth') & { default?: typeof import('mammoth') };
  const mammoth = loaded.default?.convertToHtml ? loaded.default : loaded;
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(data) })).value;
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new NianbaoError('input', `无法读取 Word 文件：${reason}`, {
      cause: e,
      en: `The Word file cannot be read: ${reason}`,
    });
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
 * with BOM, the page's meta charset, GB18030/GBK; see core/encoding.ts). Content over its size limit
 * (core/limits.ts) is refused. `name` names the file in messages.
 */
export async function importReport(kind: SourceKind, data: Uint8Array, name = '文件'): Promise<Imported> {
  try {
    if (data.length > sizeLimit(`.${kind}`)) throw tooLarge(name, data.length, sizeLimit(`.${kind}`));
    if (kind === 'docx') return await importDocx(data);
    if (kind === 'pdf') return await importPdf(data);
    const { text } = decodeText(data, name, { html: kind === 'html' });
    return kind === 'html' ? importHtml(text) : importText(text);
  } catch (e) {
    if (e instanceof NianbaoError && !e.message.startsWith(name))
      throw new NianbaoError(e.code, `${name}：${e.message}`, {
        cause: e.cause,
        en: e.en === undefined ? undefined : `${name}: ${e.en}`,
      });
    throw e;
  }
}

/** How many official cells of a Markdown report hold a number (tables matched against the official ones). */
function numericCells(markdown: string): number {
  const { tables } = analyse(parseReport(markdown));
  let n = 0;
  for (const t of tables.byId.values())
    for (const row of t.rowByKey.values())
      for (const i of t.columnIndex.values()) if (row.cells[i] && readNumber(row.cells[i].text)) n++;
  return n;
}

/**
 * A Markdown file without our front matter may be a converter's output (torn tables, page numbers,
 * cells of merged places): its import, when the import places more figures than the file read as our
 * form; undefined when the file reads as our form (front matter, or tables as good as imported).
 */
export function betterImported(markdown: string): Imported | undefined {
  if (REPORT_FRONT_MATTER_RE.test(markdown)) return undefined;
  const imported = importText(markdown);
  return numericCells(imported.markdown) > numericCells(markdown) ? imported : undefined;
}
