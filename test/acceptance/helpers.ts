import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { CheckOptions } from '../../src/core/check';

/** The repository root (the suite runs from out/test/acceptance). */
export const ROOT = resolve(__dirname, '../../..');
/** The shared knowledge folder beside the repository: real published reports and the spec's examples. */
export const SHARED = process.env.NIANBAO_SHARED ?? resolve(ROOT, '../shared');

export function readShared(rel: string): string {
  return readFileSync(resolve(SHARED, rel), 'utf8');
}

/** Options that read `previous` relative to a shared file. */
export function sharedReader(rel: string): CheckOptions['readPrevious'] {
  return (ref) => {
    try {
      return readFileSync(resolve(dirname(resolve(SHARED, rel)), ref), 'utf8');
    } catch {
      return undefined;
    }
  };
}
