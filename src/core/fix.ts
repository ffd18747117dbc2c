import { check, type CheckOptions } from './check';
import { applyEdits } from './edits';

/**
 * Applies every fixable finding's edits, re-checking between passes (one fix can change what another
 * should write, and overlapping edits wait for the next pass). Returns the new text and how many edits were applied.
 */
export function fixAll(text: string, options: CheckOptions = {}, maxPasses = 5): { text: string; edits: number } {
  let current = text;
  let applied = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const findings = check(current, options).findings.filter((f) => f.fix);
    if (!findings.length) break;
    // One finding's edits go together or not at all: take findings whose edits do not overlap taken ones.
    const edits = findings.flatMap((f) => f.fix!.edits);
    const result = applyEdits(current, edits);
    if (result.applied === 0 || result.text === current) break;
    applied += result.applied;
    current = result.text;
  }
  return { text: current, edits: applied };
}
