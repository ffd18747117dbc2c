// Bundles the command-line tool (and its worker) with esbuild into dist/. mammoth (Word import) stays
// external: it is loaded from node_modules only when a .docx is read.
import { build } from 'esbuild';

const common = { external: ['mammoth'], bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, minify: true, legalComments: 'none', logLevel: 'warning' };
await Promise.all([
  build({ ...common, entryPoints: ['src/cli/bin.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  build({ ...common, entryPoints: ['src/cli/worker.ts'], outfile: 'dist/worker.js' }),
]);
