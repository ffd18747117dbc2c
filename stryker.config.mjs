// @ts-check
/**
 * Mutation testing of the pure core and the drafter's figure guard (StrykerJS; not part of npm test).
 * `npm run mutate` runs the shards below one after another and prints the score of each file and of all
 * of them (scripts/mutate.mjs); `npm run mutate -- rules` runs one. A shard is a part of the whole run
 * with its own incremental file, so a rerun tests only mutants whose code or covering tests changed, and
 * the whole can be measured a shard at a time on a small machine.
 *
 * Only tests that run the engine in-process take part, fast and precise ones first (.mocharc.mutate.json):
 * the command-line tests (they start the bundled executable, which sees no mutant), the host tests (chat,
 * extension), the model client's network tests, the guard's runs of the bundled executable, the Word
 * import and export, the PDF tests and the lint test are left out. Property tests run at FC_RUNS=0.01. A
 * mutant that loops is stopped after its tests' normal time × 1.5 + 5 s.
 */

/** @type {Record<string, { files: string[]; mocha?: string; about: string }>} */
export const SHARDS = {
  rules: { files: ['src/core/rules/*.ts'], about: 'the rules: their checks, messages and fixes' },
  sentences: { files: ['src/core/sentences/**/*.ts'], about: 'how sentences are read: figures, quantities, shares' },
  engine: {
    files: [
      'src/core/**/*.ts',
      '!src/core/rules/**',
      '!src/core/sentences/**',
      '!src/core/formats/traditional.ts',
      'src/drafting/guard.ts',
    ],
    about: 'the parser, tables, formats, numbers, edits, fix-all, check, scaffold and the figure guard',
  },
  quick: {
    files: ['src/core/fix.ts', 'src/core/edits.ts', 'src/core/check.ts', 'src/core/rules/arith.ts'],
    mocha: '.mocharc.mutate-quick.json',
    about: 'a few minutes on the engine’s mechanics (not part of the whole: its files are in the others)',
  },
};

const name = process.env.NIANBAO_MUTATE_SHARD ?? 'rules';
const shard = SHARDS[name];
if (!shard) throw new Error(`no mutation shard “${name}”; the shards are ${Object.keys(SHARDS).join(', ')}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'mocha',
  mochaOptions: { config: shard.mocha ?? '.mocharc.mutate.json' },
  buildCommand: 'npm run compile-mutants',
  mutate: shard.files,
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 5000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation-${name}/mutation.html` },
  jsonReporter: { fileName: `reports/mutation-${name}/mutation.json` },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['/.vscode-test', '/reports', '/docs/images', '/.stryker-tmp', '*.vsix'],
  incremental: true,
  incrementalFile: `reports/stryker-${name}-incremental.json`,
};
