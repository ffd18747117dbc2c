import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { shiftBefore, spliced, type Splice } from '../../../src/extension/splices';

/** Two splices of a text with text between them (as the narratives of two headings are). */
const twoSplices = fc
  .tuple(fc.string({ maxLength: 30 }), fc.nat(), fc.nat(), fc.nat(), fc.nat(), fc.string(), fc.string())
  .map(([text, a, b, c, d, x, y]) => {
    const [p, q, r, s] = [a, b, c, d].map((n) => n % (text.length + 1)).sort((m, n) => m - n);
    return { text, first: { start: p, end: q, newText: x }, second: { start: r, end: s, newText: y } };
  })
  .filter(({ first, second }) => first.end < second.start);

suite('draft review: splices of the report as drafted', () => {
  test('a draft accepted after another lands where it would have without it', () => {
    fc.assert(
      fc.property(twoSplices, fc.boolean(), ({ text, first, second }, secondFirst) => {
        const [done, next]: Splice[] = secondFirst ? [second, first] : [first, second];
        const after = spliced(text, [done]);
        const shift = shiftBefore([done], next.start);
        const moved = { start: next.start + shift, end: next.end + shift, newText: next.newText };
        assert.equal(spliced(after, [moved]), spliced(text, [first, second]));
      }),
    );
  });

  test('splices are made from the end, so that earlier offsets hold', () => {
    const text = '一二三四五六';
    assert.equal(
      spliced(text, [
        { start: 0, end: 1, newText: 'A' },
        { start: 4, end: 6, newText: 'BBB' },
      ]),
      'A二三四BBB',
    );
    assert.equal(shiftBefore([{ start: 0, end: 1, newText: 'AAA' }], 4), 2);
    assert.equal(shiftBefore([{ start: 5, end: 6, newText: '' }], 4), 0);
  });
});
