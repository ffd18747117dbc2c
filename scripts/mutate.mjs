#!/usr/bin/env node
// npm run mutate [-- shard…] [-- --summary]: runs the mutation shards of stryker.config.mjs one after
// another (all of the whole by default), then prints the score of every file and of the whole from the
// shards' JSON reports. `--summary` only prints what the last runs measured.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { calculateMetrics } from 'mutation-testing-metrics';

const WHOLE = ['rules', 'sentences', 'engine'];
const args = process.argv.slice(2);
const flags = args.filter((a) => a.startsWith('--'));
for (const flag of flags) if (flag !== '--summary') fail(`unknown option ${flag} (the one option is --summary)`);
const summaryOnly = flags.length > 0;
const asked = args.filter((a) => !a.startsWith('--'));
const { SHARDS } = await loadShards();
for (const name of asked)
  if (!SHARDS[name]) fail(`no mutation shard “${name}”; the shards are ${Object.keys(SHARDS).join(', ')}`);
// quick repeats files of the whole, so it runs and is summed up alone.
if (asked.includes('quick') && asked.length > 1) fail('the shard “quick” runs alone');
const shards = asked.length ? asked : WHOLE;

if (!summaryOnly)
  for (const name of shards) {
    console.log(`\n== mutation shard “${name}”: ${SHARDS[name].about}\n`);
    const env = { ...process.env, NIANBAO_MUTATE_SHARD: name, FC_RUNS: process.env.FC_RUNS ?? '0.01' };
    // A golden test told to write its file would pass under every mutant.
    delete env.UPDATE_GOLDEN;
    const run = spawnSync('npx', ['stryker', 'run', 'stryker.config.mjs'], { stdio: 'inherit', env });
    if (run.error) fail(`the shard “${name}” did not start: ${run.error.message}`);
    if (run.status !== 0) fail(`the shard “${name}” failed (exit ${run.status ?? run.signal})`);
  }

summarise(shards.includes('quick') ? ['quick'] : WHOLE);

/** The shards of stryker.config.mjs (it reads the shard to run from the environment when it loads). */
async function loadShards() {
  const before = process.env.NIANBAO_MUTATE_SHARD;
  process.env.NIANBAO_MUTATE_SHARD = 'rules';
  try {
    return await import('../stryker.config.mjs');
  } finally {
    if (before === undefined) delete process.env.NIANBAO_MUTATE_SHARD;
    else process.env.NIANBAO_MUTATE_SHARD = before;
  }
}

/** Mutation score of each file, each shard and all of them (killed and timed out over all valid mutants). */
function summarise(names) {
  const files = {};
  const lines = [];
  const missing = [];
  for (const name of names) {
    const path = `reports/mutation-${name}/mutation.json`;
    if (!existsSync(path)) {
      missing.push(name);
      continue;
    }
    const report = JSON.parse(readFileSync(path, 'utf8'));
    Object.assign(files, report.files);
    const m = calculateMetrics(report.files).metrics;
    const when = statSync(path).mtime.toISOString().slice(0, 16).replace('T', ' ');
    lines.push(`${pct(m.mutationScore)}  ${count(m)}  shard ${name} (measured ${when} UTC)`);
  }
  const byFile = Object.entries(files)
    .map(([file, f]) => [file, calculateMetrics({ [file]: f }).metrics])
    .filter(([, m]) => m.totalValid > 0)
    .sort(([, a], [, b]) => a.mutationScore - b.mutationScore);
  console.log('\nmutation score per file (lowest first):');
  for (const [file, m] of byFile) console.log(`${pct(m.mutationScore)}  ${count(m)}  ${file}`);
  console.log('\nper shard:');
  for (const line of lines) console.log(line);
  if (missing.length)
    console.log(`not measured: ${missing.map((n) => `${n} (npm run mutate -- ${n})`).join(', ')}; no total`);
  else {
    const m = calculateMetrics(files).metrics;
    console.log(`\nall of ${names.join(' + ')}: ${pct(m.mutationScore)}  ${count(m)}  (target 85 %)`);
  }
}

function pct(score) {
  return Number.isNaN(score) ? '    – %' : `${score.toFixed(1).padStart(5)} %`;
}

function count(m) {
  const undetected = `${m.survived} survived, ${m.noCoverage} without a test`;
  return `${String(m.totalDetected).padStart(5)} of ${String(m.totalValid).padStart(5)} (${undetected})`;
}

function fail(message) {
  console.error(`npm run mutate: ${message}`);
  process.exit(2);
}
