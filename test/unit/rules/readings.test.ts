import * as assert from 'node:assert/strict';
import { readParagraph, type Figure } from '../../../src/core/sentences';
import { assertGolden } from '../helpers';
import { readCorpus } from './corpus';

/**
 * How the sentence reading reads every sentence of the corpus: its clauses and topic, its lists, and figure
 * by figure (as written, kind, value, unit, the flags that keep it from being compared, the quantities and
 * item it counts, a share's terms), against test/golden/readings.txt: the rules' findings rest on these
 * readings, and a changed reading is a decision to be made (UPDATE_GOLDEN=1 writes the file instead).
 */
suite('sentence reading of the corpus (golden)', () => {
  const flags = (f: Figure) =>
    (['approximate', 'quoted', 'plan', 'carryOver', 'asOf', 'lastYear', 'change'] as const).filter((k) => f[k]);
  const terms = (ts: ReadonlyArray<{ value: number; what: string }>) => ts.map((t) => `${t.what}:${t.value}`).join(',');
  const shown = (text: string, f: Figure) => {
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
    return `  ${parts.filter(Boolean).join(' ')}`;
  };

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
          ...s.figures.map((f) => shown(entry.text, f)),
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
