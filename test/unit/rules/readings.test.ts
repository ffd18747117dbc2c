import * as assert from 'node:assert/strict';
import { readParagraph } from '../../../src/core/sentences';
import { assertGolden, shownFigure } from '../helpers';
import { readCorpus } from './corpus';

/**
 * How the sentence reading reads every sentence of the corpus: its clauses and topic, its lists, and figure
 * by figure (as written, kind, value, unit, the flags that keep it from being compared, the quantities and
 * item it counts, a share's terms), against test/golden/readings.txt: the rules' findings rest on these
 * readings, and a changed reading is a decision to be made (UPDATE_GOLDEN=1 writes the file instead).
 */
suite('sentence reading of the corpus (golden)', () => {
  test('every sentence of the corpus, figure by figure', () => {
    const out: string[] = [];
    for (const entry of readCorpus()) {
      const year = Number(/\d{4}/.exec(entry.base)?.[0]);
      const reading = readParagraph(entry.text, { year });
      out.push(`## sentences.txt:${entry.line} ${entry.text}`);
      for (const s of reading.sentences) {
        const clauses = s.clauses.map((c) => entry.text.slice(c.start, c.end)).join(' | ');
        out.push(
          ` sentence${s.topic ? ` (${s.topic})` : ''}: ${clauses}`,
          ...s.figures.map((f) => `  ${shownFigure(entry.text, f)}`),
        );
        for (const l of s.lists)
          out.push(
            `  list ${entry.text.slice(l.marker.start, l.marker.end)} ${l.head.value} ⊇ ` +
              `${l.items.map((i) => i.value).join('+')}${l.complete ? ' complete' : ''}`,
          );
      }
    }
    assertGolden('readings.txt', out);
  });

  test('第三方 is a third party, not a third thing; 第三项 and 一批次 are what they say', () => {
    const read = (text: string) => readParagraph(text, { year: 2023 }).figures.map((f) => `${f.kind}:${f.value}`);
    assert.deepEqual(read('因涉及第三方合法权益不予公开3件。'), ['count:3']);
    assert.deepEqual(read('开展第三方评估1次，集中发布了一批文件。'), ['count:1']);
    assert.deepEqual(read('第一项加第二项之和等于第三项。'), ['ordinal:1', 'ordinal:2', 'ordinal:3']);
  });
});
