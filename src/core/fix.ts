import { check, type CheckOptions, type CheckResult } from './check';
import { applyEdits } from './edits';
import { lineOffsets, offsetAt, type TextEdit } from './model';
import type { Finding } from './rules/types';

/**
 * The findings whose edits can go together, in order: a finding is taken whole or not at all, and not when
 * one of its edits overlaps an edit already taken (two insertions at one place overlap; ranges that only
 * touch do not).
 */
export function compatible(findings: readonly Finding[], text: string): Finding[] {
  const offsets = lineOffsets(text);
  const taken: Array<[number, number]> = [];
  const out: Finding[] = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => (s < b && a < e) || (s === e && s === a));
  for (const f of findings) {
    const spans = f.fix!.edits.map((e: TextEdit) => [offsetAt(offsets, e.range.start), offsetAt(offsets, e.range.end)]);
    if (spans.some(([s, e]) => overlaps(s, e))) continue;
    taken.push(...(spans as Array<[number, number]>));
    out.push(f);
  }
  return out;
}

/** Whether `after` is progress over `before`: fewer fixable findings, and no more findings of any severity. */
export function progress(before: CheckResult, after: CheckResult): boolean {
  const fixable = (r: CheckResult) => r.findings.filter((f) => f.fix).length;
  const count = (r: CheckResult, s: string) => r.findings.filter((f) => f.severity === s).length;
  return (
    fixable(after) < fixable(before) &&
    (['error', 'warning', 'info'] as const).every((s) => count(after, s) <= count(before, s))
  );
}

/**
 * Applies the certain fixes: in each pass the fixable findings whose edits go together (a finding's
 * edits all or none), and the pass is kept only if the re-check shows progress (fewer fixable findings,
 * none more of any severity); otherwise each finding is tried alone, and fixing stops when none makes
 * progress. So fixing terminates, never makes a report worse, and a second run changes nothing.
 */
export function fixAll(text: string, options: CheckOptions = {}): { text: string; edits: number } {
  let current = text;
  let result = check(current, options);
  let applied = 0;
  for (;;) {
    const fixable = result.findings.filter((f) => f.fix);
    if (!fixable.length) break;
    const attempts = [compatible(fixable, current), ...fixable.map((f) => [f])];
    let accepted = false;
    for (const findings of attempts) {
      const edits = findings.flatMap((f) => f.fix!.edits);
      const next = applyEdits(current, edits);
      if (next.text === current) continue;
      const after = check(next.text, options);
      if (!progress(result, after)) continue;
      current = next.text;
      result = after;
      applied += next.applied;
      accepted = true;
      break;
    }
    if (!accepted) break;
  }
  return { text: current, edits: applied };
}
