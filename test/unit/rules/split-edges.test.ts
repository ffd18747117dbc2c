import * as assert from 'node:assert/strict';
import { inside, quotedSpans, spanAt, splitClauses, splitSentences } from '../../../src/core/sentences/split';

/**
 * Sentences, clauses and quoted spans at their edges: blank pieces between sentences, quotes nested,
 * unclosed or written with the same mark on both sides, and offsets on the border of a span.
 */
suite('split: sentences, clauses and quotes at the edges', () => {
  test('a piece of blanks between a full stop and a line break is no sentence', () => {
    assert.deepStrictEqual(splitSentences('办结5件。 \n收到6件。'), [
      { text: '办结5件。', start: 0, end: 5 },
      { text: '收到6件。', start: 7, end: 12 },
    ]);
  });

  test('a numbered item in brackets stays in its clause', () => {
    const text = '依据第三十六条第（三）项，予以公开2件。';
    assert.deepStrictEqual(splitClauses(text, { text, start: 0, end: text.length }), [
      { text: '依据第三十六条第（三）项', start: 0, end: 12 },
      { text: '予以公开2件。', start: 13, end: 20 },
    ]);
  });

  test('a closed title ends at its closing mark', () => {
    assert.deepStrictEqual(quotedSpans('依据《条例》第十条答复。'), [{ text: '《条例》', start: 2, end: 6 }]);
  });

  test('a title nested in a title with the same marks ends at the outer closing mark', () => {
    assert.deepStrictEqual(quotedSpans('转发《关于贯彻《条例》的通知》后'), [
      { text: '《关于贯彻《条例》的通知》', start: 2, end: 15 },
    ]);
  });

  test('quotes with the same mark on both sides close at the second mark', () => {
    assert.deepStrictEqual(quotedSpans('标注"已公开"字样。'), [{ text: '"已公开"', start: 2, end: 7 }]);
  });

  test('an unclosed quote runs to the end of the paragraph, its sentence or its line at most', () => {
    assert.deepStrictEqual(quotedSpans('印发《关于做好年报工作的通知'), [
      { text: '《关于做好年报工作的通知', start: 2, end: 14 },
    ]);
    assert.deepStrictEqual(quotedSpans('印发《通知后，予以公开5件。收到申请8件。'), [
      { text: '《通知后，予以公开5件', start: 2, end: 13 },
    ]);
    assert.deepStrictEqual(quotedSpans('称“一网通办\n后续收到申请3件'), [{ text: '“一网通办', start: 1, end: 6 }]);
  });

  test('an offset is inside a span from its first character up to, not including, its end', () => {
    const spans = [
      { text: '予以公开2件', start: 0, end: 6 },
      { text: '部分公开1件', start: 7, end: 13 },
    ];
    assert.deepStrictEqual(
      [0, 5, 6, 7, 12, 13].map((o) => inside(spans, o)),
      [true, true, false, true, true, false],
    );
    assert.deepStrictEqual(
      [0, 6, 7, 12, 13].map((o) => spanAt(spans, o)?.start),
      [0, undefined, 7, 7, undefined],
    );
  });
});
