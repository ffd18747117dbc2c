// Bundles with esbuild into dist/:
//   cli.js, worker.js   the command-line tool and its worker threads
//   extension.js        the VS Code extension's wiring (small: activation stays fast)
//   engine.js           core + importers, loaded by the extension on first use
//   mammoth.js          the Word reader, loaded only when a .docx is read
//   docx.js             the Word writer, loaded only when a report is exported
//   openai.js           the model client, loaded only when a model drafts
import { build } from 'esbuild';

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
  plugins: [sibling('mammoth', './mammoth.js'), sibling('docx', './docx.js'), sibling('openai', './openai.js')],
};
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
]);
