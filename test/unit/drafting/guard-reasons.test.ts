import * as assert from 'node:assert/strict';
import { planDrafts } from '../../../src/drafting/facts';
import { unsourcedIn } from '../../../src/drafting/review';
import { selectTargets } from '../../../src/drafting/targets';
import { assertGolden, readFixture } from '../helpers';
import { CASES } from './guard-cases';

/**
 * The figure guard in-process, on the candidate sentences that guard.test.ts sends through the command
 * line: the same verdicts, and for each refused sentence every figure named with its reason in both
 * languages (test/golden/guard-reasons.txt).
 */
suite('the figure guard in-process: verdicts and reasons', () => {
  const plan = (withPrevious: boolean) =>
    planDrafts(readFixture('drafting/qingshan-2023.md'), (ref) =>
      withPrevious ? readFixture(`drafting/${ref}`) : undefined,
    );
  const unsourced = (p: ReturnType<typeof plan>, heading: string, text: string) => {
    const [target] = selectTargets(p.targets, heading);
    assert.ok(target, `no heading ${heading}`);
    return unsourcedIn({ paragraphs: [{ text }], missing: [] }, target, p.facts);
  };

  test('every candidate sentence: written when legitimate, refused with its reasons when invented', () => {
    const p = plan(true);
    const out: string[] = [];
    for (const [heading, sentence, legitimate] of CASES) {
      const found = unsourced(p, heading, sentence);
      assert.equal(found.length === 0, legitimate, `${heading}: ${sentence} → ${found.map((f) => f.written)}`);
      if (!legitimate)
        out.push(`## (${heading}) ${sentence}`, ...found.map((f) => `「${f.written}」${f.zh} | ${f.en}`));
    }
    assertGolden('guard-reasons.txt', out);
  });

  test('a figure of last year with no last year’s report to check it against', () => {
    assert.deepEqual(
      unsourced(plan(false), '依申请公开', '上年新收政府信息公开申请26件。').map(
        (f) => `${f.written} ${f.zh} | ${f.en}`,
      ),
      [
        '26件 是上年的数字，但没有上年报告可以核对（前置信息未写 previous） | is last year’s, but there is no ' +
          'last year’s report to check it against (no previous in the front matter)',
      ],
    );
    assert.deepEqual(unsourced(plan(true), '依申请公开', '上年新收政府信息公开申请26件。'), []);
  });
});
