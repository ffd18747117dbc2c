import * as assert from 'node:assert/strict';
import { check } from '../../../src/core/check';
import { assertGolden, shown, textAt } from '../helpers';
import { addedFindings, baseReport, readCorpus, score, type Outcome } from './corpus';

/**
 * Every sentence of the corpus, placed into its base report: the findings it raises must be exactly
 * those its label names. Prints precision and recall per rule; fails on any false alarm or miss.
 */

interface Tally {
  entries: number;
  positives: number;
  found: number;
  falseAlarms: number;
  missed: number;
}

const entries = readCorpus();
/** Scored in the test, not when the file loads (so a mutation test runs the scoring under its mutant). */
let outcomes: Outcome[] = [];

function tallies(): Map<string, Tally> {
  const out = new Map<string, Tally>();
  const of = (code: string) => {
    let t = out.get(code);
    if (!t) out.set(code, (t = { entries: 0, positives: 0, found: 0, falseAlarms: 0, missed: 0 }));
    return t;
  };
  for (const o of outcomes) {
    of(o.entry.rule).entries++;
    for (const l of o.entry.labels) of(l.code).positives++;
    for (const m of o.matched) of(m.label.code).found++;
    for (const f of o.falseAlarms) of(f.code).falseAlarms++;
    for (const l of o.missed) of(l.code).missed++;
  }
  return out;
}

const pct = (a: number, b: number) => (b === 0 ? '   –  ' : `${((a / b) * 100).toFixed(1).padStart(5)}%`);

function describe(o: Outcome): string {
  const where = `sentences.txt:${o.entry.line} [${o.entry.base}/${o.entry.slot}] ${o.entry.text}`;
  const alarms = o.falseAlarms.map((f) => `  false alarm ${f.code} at “${textAt(o.text, f)}”: ${f.message}`);
  const missed = o.missed.map((l) => `  missed ${l.code}${l.at ? `@${l.at}` : ''}`);
  return [where, ...alarms, ...missed].join('\n');
}

suite('sentence corpus: precision and recall per rule', () => {
  suiteTeardown(() => {
    const rows = [...tallies()].sort(([a], [b]) => a.localeCompare(b));
    console.log(`\n  corpus: ${entries.length} sentences in ${new Set(entries.map((e) => e.base)).size} reports`);
    console.log('  rule    sentences  labelled  found  false  missed  precision  recall');
    for (const [code, t] of rows)
      console.log(
        `  ${code.padEnd(7)} ${String(t.entries).padStart(9)} ${String(t.positives).padStart(9)} ${String(t.found).padStart(6)} ` +
          `${String(t.falseAlarms).padStart(6)} ${String(t.missed).padStart(7)}  ${pct(t.found, t.found + t.falseAlarms).padStart(9)}  ${pct(t.found, t.found + t.missed).padStart(6)}`,
      );
  });

  test('the corpus holds at least 300 sentences, faults and near misses for every text rule', () => {
    assert.ok(entries.length >= 300, `${entries.length} sentences`);
    const labelled = new Set(entries.flatMap((e) => e.labels.map((l) => l.code)));
    for (const code of ['NB101', 'NB103', 'NB106', 'NB107', 'NB401', 'NB402', 'NB403', 'NB405', 'NB501', 'NB506'])
      assert.ok(labelled.has(code), `no labelled fault for ${code}`);
  });

  test('the base reports are clean (the archive’s 2019 tables in a 2021 report aside)', () => {
    for (const base of new Set(entries.map((e) => e.base))) {
      const got = check(baseReport(base)).findings.filter((f) => f.severity !== 'info');
      assert.deepEqual(
        got.map((f) => f.code),
        base === 'archive-2021' ? ['NB201'] : [],
        base,
      );
    }
  });

  test('every sentence: no false alarm and every labelled fault found, rule by rule', () => {
    outcomes = entries.map(score);
    const codes = [...new Set(outcomes.flatMap((o) => [o.entry.rule, ...o.entry.labels.map((l) => l.code)]))].sort();
    const wrong = codes.map((code) => ({
      code,
      wrong: outcomes
        .filter((o) => o.falseAlarms.some((f) => f.code === code) || o.missed.some((l) => l.code === code))
        .map(describe),
    }));
    assert.deepEqual(
      wrong.filter((w) => w.wrong.length),
      [],
    );
    const stray = outcomes.filter((o) => o.falseAlarms.some((f) => !codes.includes(f.code)));
    assert.deepEqual(stray.map(describe), [], 'no other rule fires on the corpus');
  });

  /**
   * What the writer reads for each sentence that raises anything: every finding word for word in both
   * languages, with its place and fix, against test/golden/corpus-findings.txt (the test above holds codes
   * and places; this one the messages and fixes).
   */
  test('every finding of the corpus as the writer sees it, in Chinese and in English (golden)', () => {
    const out: string[] = [];
    for (const entry of entries) {
      const zh = addedFindings(entry).findings;
      if (!zh.length) continue;
      out.push(`## sentences.txt:${entry.line} [${entry.base}/${entry.slot}] ${entry.text}`);
      out.push(...zh.map(shown), ...addedFindings(entry, 'en').findings.map(shown));
    }
    assertGolden('corpus-findings.txt', out);
  });
});
