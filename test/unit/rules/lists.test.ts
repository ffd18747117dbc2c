import * as assert from 'node:assert/strict';
import { readParagraph } from '../../../src/core/sentences';
import { shownFigure } from '../helpers';

/**
 * How figures are grouped and bound in a sentence about applications: lists (其中, 包括) with their total,
 * items and completeness, 分别 binding categories to counts in order, and a received count that may include
 * the carried-over applications.
 */
suite('lists, 分别 and received counts, phrase by phrase', () => {
  const read = (text: string) => {
    const r = readParagraph(text, { year: 2023, topic: 'applications' });
    const lists = r.sentences.flatMap((s) =>
      s.lists.map(
        (l) =>
          `${text.slice(l.marker.start, l.marker.end)} ${l.head.value} ⊇ ${l.items.map((i) => i.value).join('+')}` +
          (l.complete ? ' complete' : ''),
      ),
    );
    return { figures: r.figures.map((f) => shownFigure(text, f)), lists };
  };

  test('a list after 其中 or 包括: its total, its items in one separator or joined by 和, a share in brackets', () => {
    assert.deepEqual(read('全年办结51件，其中予以公开13件、无法提供22件。'), {
      figures: [
        '「51件」count/arabic 51 件 counts:T',
        '「13件」count/arabic 13 件 counts:A',
        '「22件」count/arabic 22 件 counts:D',
      ],
      lists: ['其中 51 ⊇ 13+22'],
    });
    assert.deepEqual(read('全年办结51件，其中予以公开13件，无法提供22件。'), {
      figures: [
        '「51件」count/arabic 51 件 counts:T',
        '「13件」count/arabic 13 件 counts:A',
        '「22件」count/arabic 22 件 counts:D',
      ],
      lists: ['其中 51 ⊇ 13+22'],
    });
    assert.deepEqual(read('全年办结51件，其中予以公开13件、无法提供22件；不予处理3件。'), {
      figures: [
        '「51件」count/arabic 51 件 counts:T',
        '「13件」count/arabic 13 件 counts:A',
        '「22件」count/arabic 22 件 counts:D',
        '「3件」count/arabic 3 件 counts:E',
      ],
      lists: ['其中 51 ⊇ 13+22'],
    });
    assert.deepEqual(read('全年办结51件，其中予以公开13件和无法提供22件。'), {
      figures: [
        '「51件」count/arabic 51 件 counts:T',
        '「13件」count/arabic 13 件 counts:A',
        '「22件」count/arabic 22 件',
      ],
      lists: ['其中 51 ⊇ 13+22'],
    });
    assert.deepEqual(read('全年办结51件，其中予以公开7件（占13.7%）、无法提供22件。'), {
      figures: [
        '「51件」count/arabic 51 件 counts:T',
        '「7件」count/arabic 7 件 counts:A',
        '「13.7%」percentage/arabic 13.7 % ±0.1 share(n=count:7 b=count:51,count:22,sum:29 q=T|R1|R1R2)',
        '「22件」count/arabic 22 件 counts:D',
      ],
      lists: ['其中 51 ⊇ 7+22'],
    });
    assert.deepEqual(read('收到申请48件（含上年结转5件），其中网上申请31件、信函申请17件。'), {
      figures: [
        '「48件」count/arabic 48 件 counts:R1|R1R2',
        '「5件」count/arabic 5 件 counts:R2',
        '「31件」count/arabic 31 件',
        '「17件」count/arabic 17 件',
      ],
      lists: ['其中 48 ⊇ 31+17'],
    });
  });

  test('where a list stops, and when none is read: a share, another measure word, a change as the total', () => {
    assert.deepEqual(read('全年办结51件，其中予以公开13件，占25.5%。'), {
      figures: [
        '「51件」count/arabic 51 件 counts:T',
        '「13件」count/arabic 13 件 counts:A',
        '「25.5%」percentage/arabic 25.5 % ±0.1 share(n=count:13 b=count:51,sum:13 q=T|R1|R1R2)',
      ],
      lists: ['其中 51 ⊇ 13'],
    });
    assert.deepEqual(read('全年办结51件，其中予以公开13人、无法提供22件。'), {
      figures: [
        '「51件」count/arabic 51 件 counts:T',
        '「13人」count/arabic 13 人',
        '「22件」count/arabic 22 件 counts:D',
      ],
      lists: [],
    });
    assert.deepEqual(read('较上年增加5件，其中予以公开3件、无法提供2件。'), {
      figures: [
        '「5件」count/arabic 5 件 lastYear change',
        '「3件」count/arabic 3 件 counts:A',
        '「2件」count/arabic 2 件 counts:D',
      ],
      lists: [],
    });
  });

  test('complete lists: the rest (not 其他处理), or every result category', () => {
    assert.deepEqual(read('全年办结51件，包括予以公开13件、其他38件。'), {
      figures: [
        '「51件」count/arabic 51 件 counts:T',
        '「13件」count/arabic 13 件 counts:A',
        '「38件」count/arabic 38 件',
      ],
      lists: ['包括 51 ⊇ 13+38 complete'],
    });
    assert.deepEqual(read('全年办结51件，其中予以公开13件、其他处理38件。'), {
      figures: [
        '「51件」count/arabic 51 件 counts:T',
        '「13件」count/arabic 13 件 counts:A',
        '「38件」count/arabic 38 件 counts:F',
      ],
      lists: ['其中 51 ⊇ 13+38'],
    });
    assert.deepEqual(
      read('全年办结6件，其中予以公开1件、部分公开1件、不予公开1件、无法提供1件、不予处理1件、其他处理1件。'),
      {
        figures: [
          '「6件」count/arabic 6 件 counts:T',
          '「1件」count/arabic 1 件 counts:A',
          '「1件」count/arabic 1 件 counts:B',
          '「1件」count/arabic 1 件 counts:C',
          '「1件」count/arabic 1 件 counts:D',
          '「1件」count/arabic 1 件 counts:E',
          '「1件」count/arabic 1 件 counts:F',
        ],
        lists: ['其中 6 ⊇ 1+1+1+1+1+1 complete'],
      },
    );
  });

  test('分别: the categories before it, the counts after it, as many of each', () => {
    assert.deepEqual(read('予以公开、部分公开、不予公开的分别为20件、6件、1件。'), {
      figures: [
        '「20件」count/arabic 20 件 counts:A',
        '「6件」count/arabic 6 件 counts:B',
        '「1件」count/arabic 1 件 counts:C',
      ],
      lists: [],
    });
    assert.deepEqual(read('本年度，予以公开和部分公开的申请分别为20件和6件。'), {
      figures: ['「20件」count/arabic 20 件 counts:A', '「6件」count/arabic 6 件 counts:B'],
      lists: [],
    });
    assert.deepEqual(read('予以公开、部分公开分别为20件。'), { figures: ['「20件」count/arabic 20 件'], lists: [] });
    assert.deepEqual(read('行政复议、行政诉讼分别为3件、1件。'), {
      figures: ['「3件」count/arabic 3 件 counts:reconsideration', '「1件」count/arabic 1 件 counts:litigation'],
      lists: [],
    });
  });

  test('received: with the carried-over ones unless they are stated apart or the count says 新收', () => {
    assert.deepEqual(read('全年受理申请53件。'), { figures: ['「53件」count/arabic 53 件 counts:R1|R1R2'], lists: [] });
    assert.deepEqual(read('全年新收申请53件。'), { figures: ['「53件」count/arabic 53 件 counts:R1'], lists: [] });
    assert.deepEqual(read('全年受理申请53件，上年结转2件。'), {
      figures: ['「53件」count/arabic 53 件 counts:R1', '「2件」count/arabic 2 件 counts:R2'],
      lists: [],
    });
    assert.deepEqual(read('本年度新受理申请53件。'), { figures: ['「53件」count/arabic 53 件 counts:R1'], lists: [] });
    assert.deepEqual(read('全年受理自然人申请53件。'), {
      figures: ['「53件」count/arabic 53 件 counts:R1 column:natural'],
      lists: [],
    });
  });
});
