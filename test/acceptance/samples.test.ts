import * as assert from 'node:assert/strict';
import { check } from '../../src/core/check';
import { readShared, sharedReader } from './helpers';

/** The specification's clean example reports: a correct checker reports no error and no warning on either. */
suite('the specification’s example reports', () => {
  for (const sample of ['examples/report-2021-sample.md', 'examples/report-2022-sample.md'])
    test(`${sample} checks clean`, () => {
      const { findings } = check(readShared(sample), { readPrevious: sharedReader(sample) });
      assert.deepEqual(
        findings.filter((f) => f.severity !== 'info').map((f) => `${f.code} ${f.message}`),
        [],
      );
    });
});
