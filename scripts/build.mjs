// Bundles with esbuild into dist/:
//   cli.js, worker.js   the command-line tool and its worker threads
//   extension.js        the VS Code extension's wiring (small: activation stays fast)
//   engine.js           core + importers, loaded by the extension on first use
//   mammoth.js          the Word reader, loaded only when a .docx is read
//   docx.js             the Word writer, loaded only when a report is exported
//   openai.js           the model client, loaded only when a model drafts
//   pdfjs.js            the PDF reader (pdf.js 5.4 with its worker), loaded only when a .pdf is read, and
//   pdfjs/              what it reads at run time: the standard CMaps (Chinese CID fonts) and fonts
import { cpSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import './gen-prompts.mjs';

/** Resolves `from` to a sibling bundle in dist/ instead of bundling it. */
const sibling = (from, to) => ({
  name: `sibling-${to}`,
  setup(b) {
    b.onResolve({ filter: new RegExp(`^${from.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`) }, () => ({
      path: to,
      external: true,
    }));
  },
});
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
};
const withMammoth = {
  ...common,
  external: ['pdfjs-dist/package.json'], // only read when the sources run unbundled (tests)
  plugins: [
    sibling('mammoth', './mammoth.js'),
    sibling('docx', './docx.js'),
    sibling('openai', './openai.js'),
    sibling('pdfjs-dist/legacy/build/pdf.mjs', './pdfjs.js'),
  ],
};
// pdf.js in Node runs its worker in the same thread (the "fake worker" it finds on globalThis). It needs a
// DOMMatrix as it loads (Node has none; @thednp/dommatrix provides it) and tries the optional native
// @napi-rs/canvas for drawing (never loaded here: import.meta.url is undefined in this CommonJS bundle).
// It warns on load that it cannot draw; we only read text, and the CLI's stdout carries the Markdown,
// so the load is kept quiet.
const pdfjsEntry = `
globalThis.DOMMatrix ??= require('@thednp/dommatrix');
const warn = console.warn;
const log = console.log;
console.warn = console.log = () => {};
try {
  globalThis.pdfjsWorker = require('pdfjs-dist/legacy/build/pdf.worker.mjs');
  module.exports = { ...require('pdfjs-dist/legacy/build/pdf.mjs'), assetRoot: require('path').join(__dirname, 'pdfjs') };
} finally {
  console.warn = warn;
  console.log = log;
}
`;
rmSync('dist/pdfjs', { recursive: true, force: true });
// Where pdfjs-dist is installed (resolved like an import: node_modules may be above this folder).
const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
for (const dir of ['cmaps', 'standard_fonts']) cpSync(join(pdfjsRoot, dir), `dist/pdfjs/${dir}`, { recursive: true });
cpSync(join(pdfjsRoot, 'LICENSE'), 'dist/pdfjs/LICENSE');
await Promise.all([
  build({
    ...withMammoth,
    entryPoints: ['src/cli/bin.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  }),
  build({ ...withMammoth, entryPoints: ['src/cli/worker.ts'], outfile: 'dist/worker.js' }),
  build({ ...withMammoth, entryPoints: ['src/extension/engine.ts'], outfile: 'dist/engine.js' }),
  build({
    ...common,
    entryPoints: ['src/extension/main.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
    plugins: [sibling('./engine', './engine.js')],
  }),
  build({
    ...common,
    stdin: { contents: "module.exports = require('mammoth');", resolveDir: '.', loader: 'js' },
    outfile: 'dist/mammoth.js',
  }),
  build({
    ...common,
    stdin: { contents: "module.exports = require('docx');", resolveDir: '.', loader: 'js' },
    outfile: 'dist/docx.js',
  }),
  build({
    ...common,
    stdin: { contents: "module.exports = require('openai');", resolveDir: '.', loader: 'js' },
    outfile: 'dist/openai.js',
  }),
  build({
    ...common,
    stdin: { contents: pdfjsEntry, resolveDir: '.', loader: 'js' },
    outfile: 'dist/pdfjs.js',
    define: { 'import.meta.url': 'undefined' },
  }),
]);
