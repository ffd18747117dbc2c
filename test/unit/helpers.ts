import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { check, type CheckOptions } from '../../src/core/check';
import { applyEdits } from '../../src/core/edits';
import type { Range } from '../../src/core/model';
import type { Finding } from '../../src/core/rules/types';
import type { Figure } from '../../src/core/sentences';

/** The repository root (tests run from out/test/unit). */
export const ROOT = resolve(__dirname, '../../..');
/** Report files of our own writing that the unit tests use (the suite needs nothing outside the repository). */
export const FIXTURES = resolve(ROOT, 'test/fixtures');

export function readFixture(rel: string): string {
  return readFileSync(resolve(FIXTURES, rel), 'utf8');
}

/** A clean 2021 report (2021 format), a clean 2022 one naming it as `previous`, a clean 2020 one (2019 format). */
export const REPORT_2021 = 'reports/linhe-2021.md';
export const REPORT_2022 = 'reports/linhe-2022.md';
export const REPORT_2020 = 'reports/linhe-2020.md';

/** Options that read `previous` relative to a fixture file. */
export function fixtureReader(rel: string): CheckOptions['readPrevious'] {
  return (ref) => {
    try {
      return readFileSync(resolve(dirname(resolve(FIXTURES, rel)), ref), 'utf8');
    } catch {
      return undefined;
    }
  };
}

/** Replaces one occurrence of `from`, failing loudly when the text does not contain it. */
export function mutate(text: string, from: string, to: string): string {
  const i = text.indexOf(from);
  if (i < 0) throw new Error(`mutation target not found: ${from}`);
  return text.slice(0, i) + to + text.slice(i + from.length);
}

export function findings(text: string, options?: CheckOptions): Finding[] {
  return check(text, options).findings;
}

/** Findings of severity error or warning, as `CODE` strings. */
export function serious(text: string, options?: CheckOptions): string[] {
  return findings(text, options)
    .filter((f) => f.severity !== 'info')
    .map((f) => `${f.code} ${f.message}`);
}

export function codes(list: Finding[]): string[] {
  return list.map((f) => f.code);
}

/** Applies the fix of every finding with `code` (one pass). */
export function applyFixes(text: string, code: string, options?: CheckOptions): string {
  const edits = findings(text, options)
    .filter((f) => f.code === code && f.fix)
    .flatMap((f) => f.fix!.edits);
  if (!edits.length) throw new Error(`no fix offered for ${code}`);
  return applyEdits(text, edits).text;
}

/** The text of a 0-based range. */
export function textAt(text: string, f: Finding): string {
  const lines = text.split('\n');
  const { start, end } = f.range;
  if (start.line === end.line) return lines[start.line].slice(start.character, end.character);
  return [
    lines[start.line].slice(start.character),
    ...lines.slice(start.line + 1, end.line),
    lines[end.line].slice(0, end.character),
  ].join('\n');
}

/** The clean 2020 report in the 2019 format. */
export function report2020(): string {
  return readFixture(REPORT_2020);
}

/** A finding as the writer sees it: code, name, severity, 1-based place, message, related places, fix. */
export function shown(f: Finding): string {
  const at = (r: Range) => `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
  const lines = [`${f.code} ${f.name} ${f.severity} ${at(f.range)} ${f.message}`];
  for (const r of f.related) lines.push(`  related ${at(r.range)} ${r.message}`);
  if (f.fix) {
    lines.push(`  fix ${f.fix.title}`);
    for (const e of f.fix.edits) lines.push(`    ${at(e.range)} ${JSON.stringify(e.newText)}`);
  }
  return lines.join('\n');
}

/**
 * Compares lines with test/golden/<name>: a changed line is a decision to be made (UPDATE_GOLDEN=1 writes
 * the file instead of comparing; the test then passes only because it was told to write).
 */
export function assertGolden(name: string, lines: readonly string[]): void {
  const rendered = lines.join('\n') + '\n';
  const file = resolve(ROOT, 'test', 'golden', name);
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, rendered);
  else {
    assert.ok(existsSync(file), `no golden file ${file} (UPDATE_GOLDEN=1 writes it)`);
    assert.equal(rendered, readFileSync(file, 'utf8'));
  }
}

const flags = (f: Figure) =>
  (['approximate', 'quoted', 'plan', 'carryOver', 'asOf', 'lastYear', 'change'] as const).filter((k) => f[k]);
const terms = (ts: ReadonlyArray<{ value: number; what: string }>) => ts.map((t) => `${t.what}:${t.value}`).join(',');
/** A figure as the sentence reading reads it: as written, kind/form, value, unit, flags, what it counts. */
export function shownFigure(text: string, f: Figure): string {
  const parts = [
    `「${text.slice(f.start, f.unitEnd)}」${f.kind}/${f.form} ${f.value}${f.unit ? ` ${f.unit}` : ''}`,
    f.precision ? `±${f.precision}` : '',
    f.range ? `range:${f.range}` : '',
    f.date ? `date:${f.date.year ?? ''}-${f.date.month ?? ''}-${f.date.day ?? ''}` : '',
    ...flags(f),
    f.quantities.length ? `counts:${f.quantities.join('|')}` : '',
    f.item ? `item:${f.item}` : '',
    f.column ? `column:${f.column}` : '',
    f.share
      ? `share(${f.share.comparison ? 'comparison ' : ''}${f.share.rate ? 'rate ' : ''}` +
        `n=${terms(f.share.numerators)} b=${terms(f.share.bases)} q=${f.share.baseQuantities.join('|')})`
      : '',
  ];
  return parts.filter(Boolean).join(' ');
}
