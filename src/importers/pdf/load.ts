import { NianbaoError } from '../../core/errors';
import type { TextRun } from './lines';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs', { with: { 'resolution-mode': 'import' } });
/** The bundle (dist/pdfjs.js) adds where it keeps the CMaps and fonts; a bundled CommonJS module arrives as default. */
type Loaded = PdfJs & { assetRoot?: string; default?: PdfJs & { assetRoot?: string } };

/** The text of one page: its runs (display coordinates: y from the top) and its size in points. */
export interface PdfPage {
  number: number;
  width: number;
  height: number;
  runs: TextRun[];
  /** For a page without text: whether it shows a picture (a scanned page) rather than nothing. */
  picture?: boolean;
}

let loading: Promise<{ pdfjs: PdfJs; assets: string }> | undefined;

/**
 * pdf.js, loaded on the first PDF (dist/pdfjs.js in the bundles, the installed package in tests), and
 * the folder of its standard CMaps (Chinese CID fonts) and standard fonts.
 */
function loadPdfJs(): Promise<{ pdfjs: PdfJs; assets: string }> {
  loading ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((m: Loaded) => {
    const pdfjs = m.default?.getDocument ? m.default : m;
    const root = m.default?.assetRoot ?? m.assetRoot;
    // Not bundled (tests run the compiled sources): the package's own folder.
    const assets = root ? `${root}/` : require.resolve('pdfjs-dist/package.json').replace(/package\.json$/, '');
    return { pdfjs, assets };
  });
  return loading;
}

const NO_PASSWORD =
  'PDF 文件已加密，需要密码才能打开；请先解除密码（另存为不加密的 PDF）再导入。 / The PDF is encrypted and needs a ' +
  'password; save an unencrypted copy first.';

function readError(e: unknown): NianbaoError {
  const name = (e as { name?: string })?.name;
  const message = e instanceof Error ? e.message : String(e);
  if (name === 'PasswordException') return new NianbaoError('input', NO_PASSWORD, { cause: e });
  return new NianbaoError(
    'input',
    `无法读取 PDF 文件（文件损坏或不是 PDF）：${message} / Cannot read the PDF (damaged, or not a PDF): ${message}`,
    { cause: e },
  );
}

/** pdf.js 5.4 reads its CMaps through process.getBuiltinModule, which Node has from 20.16 on. */
function assertNode(): void {
  const proc = (globalThis as { process?: { getBuiltinModule?: unknown; version?: string } }).process;
  if (typeof proc?.getBuiltinModule !== 'function')
    throw new NianbaoError(
      'input',
      `读取 PDF 需要 Node.js 20.16 或更高版本（当前为 ${proc?.version ?? '未知'}）。 / Reading a PDF ` +
        `needs Node.js 20.16 or later (this is ${proc?.version ?? 'unknown'}).`,
    );
}

/** The text runs of every page of a PDF; an encrypted or damaged file is a NianbaoError('input'). */
export async function readPdfPages(data: Uint8Array): Promise<PdfPage[]> {
  assertNode();
  const { pdfjs, assets } = await loadPdfJs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(data), // pdf.js may take the buffer over
    cMapUrl: `${assets}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${assets}standard_fonts/`,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    throw readError(e);
  }
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) pages.push(await pageRuns(pdfjs, await doc.getPage(n), n));
    return pages;
  } catch (e) {
    throw readError(e);
  } finally {
    await doc.destroy();
  }
}

type Page = Awaited<ReturnType<Awaited<ReturnType<PdfJs['getDocument']>['promise']>['getPage']>>;

async function pageRuns(pdfjs: PdfJs, page: Page, number: number): Promise<PdfPage> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const runs: TextRun[] = [];
  for (const item of content.items) {
    if (!('str' in item) || !item.str.trim()) continue;
    const [a, b, c, d, x, y] = pdfjs.Util.transform(viewport.transform, item.transform);
    const size = Math.hypot(c, d);
    // Horizontal text only (rotated pages are turned upright by the viewport).
    if (size <= 0 || Math.abs(b) > 0.1 * Math.hypot(a, b) || a <= 0) continue;
    runs.push({ text: item.str, x0: x, x1: x + item.width * (a / Math.hypot(a, b)), y, size });
  }
  const picture = runs.length ? undefined : await hasPicture(pdfjs, page);
  return { number, width: viewport.width, height: viewport.height, runs, picture };
}

async function hasPicture(pdfjs: PdfJs, page: Page): Promise<boolean> {
  const { OPS } = pdfjs;
  const images = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject]);
  return (await page.getOperatorList()).fnArray.some((op) => images.has(op));
}
