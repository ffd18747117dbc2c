import * as assert from 'node:assert/strict';
import { readParagraph } from '../../../src/core/sentences';
import { columnNamed, nearestNamed } from '../../../src/core/sentences/quantities';

/**
 * The quantity each figure counts, at the edges of the phrase tables: a carry-over before a verb of
 * handling, a result category joined to 答复, the words a bare 申请 may carry and still name all the
 * applications, an item named by its reason, a result column of a review, the label of 不予处理's first
 * item as a result word. Figures are shown as `written=quantities` (with `item:` when one is named).
 */
suite('quantities: phrases at the edges', () => {
  const read = (text: string) =>
    readParagraph(text, { year: 2023 }).sentences.map((s) => ({
      topic: s.topic,
      figures: s.figures.map(
        (f) => `${text.slice(f.start, f.unitEnd)}=${f.quantities.join('|')}${f.item ? ` item:${f.item}` : ''}`,
      ),
    }));

  test('a carry-over from last year before 办结 names the count; 办结 alone names the handled', () => {
    assert.deepEqual(read('上年度结转的申请均已办结2件。'), [{ topic: 'applications', figures: ['2件=R2'] }]);
    assert.deepEqual(read('全年办结申请5件。'), [{ topic: 'applications', figures: ['5件=T'] }]);
  });

  test('of two carry-overs before a verb of handling, the nearer names it', () => {
    const { nearest } = nearestNamed('上年度结转申请及结转下一年度申请均已办结');
    assert.deepEqual(nearest, { quantity: 'R4', start: 8, end: 14, text: '结转下一年度' });
  });

  test('a result category names the count only when 答复 follows it at once or after one word', () => {
    assert.equal(nearestNamed('予以公开答复').nearest?.quantity, 'A');
    assert.equal(nearestNamed('予以公开并答复').nearest?.quantity, 'A');
    assert.equal(nearestNamed('予以公开的申请均已按时答复').nearest?.quantity, 'T');
    // Two categories side by side: the nearer one.
    assert.equal(nearestNamed('不予公开、无法提供').nearest?.quantity, 'D');
  });

  test('a bare 申请 with the words around it names all the applications received', () => {
    const received = (text: string) => read(text)[0].figures.filter((f) => !f.startsWith('2023'));
    for (const text of [
      '全年共有政府信息公开申请15件。',
      '本年政府信息公开申请数量为15件。',
      '2023年度政府信息公开申请数量为15件。',
      '2023年政府信息公开申请数量为15件。',
      '全年政府信息公开申请数量达15件。',
      '本年度，  政府信息公开申请数量为15件。',
      // A stray blank inside the words (a line joined by a converter) does not hide them.
      '本年度 政府信息公开申请数量为15件。',
      '本年度政府信息公开 申请数量为15件。',
    ])
      assert.deepEqual(received(text), ['15件=R1|R1R2'], text);
  });

  test('an item named by its reason, with a word of another category beside it (分析)', () => {
    assert.deepEqual(read('本年度收到申请10件，属于调研分析阶段形成的过程性信息不予公开3件。'), [
      { topic: 'applications', figures: ['10件=R1|R1R2', '3件=C item:C6'] },
    ]);
  });

  test('a result of a review is its column, whatever applicant the clause names', () => {
    assert.equal(columnNamed('法人提起行政复议，结果维持', true), 'upheld');
    assert.equal(columnNamed('法人提起行政复议，结果维持', false), 'organisations');
  });

  test("the label of 不予处理's first item is a result word: with 部分公开, the sentence is about applications", () => {
    assert.deepEqual(read('部分公开3件，属于信访举报投诉类的2件。')[0].topic, 'applications');
    assert.deepEqual(read('部分公开3件，属于信访举报投诉类的2件。')[0].figures[0], '3件=B');
  });
});
