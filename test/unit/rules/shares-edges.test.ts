import * as assert from 'node:assert/strict';
import { readParagraph, type ShareTerm } from '../../../src/core/sentences';

/**
 * What each percentage is a share of, at the edges of the reading: which clauses the nearest count may
 * come from, when a count is a base rather than the part (…中, 其中), when a percentage is a change, a
 * rate of parts the sentence names, the count its subject labels, the units that may go together, and
 * the figures a change is computed from. Terms are shown as `what:value@start-end unit`.
 */
suite('shares: numerators and bases at the edges', () => {
  const shown = (t: ShareTerm) => `${t.what}:${t.value}@${t.start}-${t.end}${t.unit ?? ''}`;
  /** The share of the `nth` percentage of the paragraph (0-based). */
  const share = (text: string, nth = 0) => {
    const p = readParagraph(text, { year: 2023 }).figures.filter((f) => f.kind === 'percentage')[nth];
    const s = p.share!;
    return {
      comparison: s.comparison,
      rate: s.rate,
      numerators: s.numerators.map(shown),
      bases: s.bases.map(shown),
      baseQuantities: s.baseQuantities,
    };
  };

  test('the nearest count comes from the clause of the percentage or the one before, no further', () => {
    // 25件 is two clauses back: 52% (of the applications made online) has no count beside it.
    assert.deepEqual(share('本年度新收申请25件，均已办结，52%通过网络提交。'), {
      comparison: false,
      rate: false,
      numerators: [],
      bases: [],
      baseQuantities: [],
    });
  });

  test('of two counts in the window, the later one is the part', () => {
    assert.deepEqual(share('全年答复申请51件，予以公开13件占比25.5%。').numerators, ['count:13@14-17件']);
  });

  test('a count at the very start of the clause before is in the window', () => {
    assert.deepEqual(share('全年办结51件，13件予以公开，占25.5%。').numerators, ['count:13@8-11件']);
  });

  test('a count right against the percentage (a flattened table row) is its part', () => {
    const text = '予以公开13件52%，部分公开7件28%。';
    assert.deepEqual(share(text, 0).numerators, ['count:13@4-7件']);
    assert.deepEqual(share(text, 1).numerators, ['count:7@15-17件']);
  });

  test('a 中 later in the paragraph does not make the count a base', () => {
    assert.deepEqual(share('予以公开13件，占25.5%，主要集中在规划领域。').numerators, ['count:13@4-7件']);
  });

  test('其中 opening the clause makes an earlier count a base, not the count inside the clause', () => {
    assert.deepEqual(share('全年办结51件，其中予以公开13件占25.5%。').numerators, ['count:13@14-17件']);
    // 其中 inside the clause, not opening it: 13 is still the part.
    assert.deepEqual(share('全年办结51件，予以公开13件，在其中所占比例为25.5%。').numerators, ['count:13@12-15件']);
  });

  test('a comparison word before the part (比较集中) does not make the share a change', () => {
    assert.deepEqual(share('全年办结51件，涉及内容比较集中的城建类申请13件占25.5%。'), {
      comparison: false,
      rate: false,
      numerators: ['count:13@22-25件'],
      bases: ['count:51@4-7件', 'sum:64@4-25件'],
      baseQuantities: [],
    });
  });

  test('个百分点 is a change even without a word of comparison', () => {
    const text = '按时答复率为96.5%，比全省平均水平高出3.2个百分点。';
    assert.deepEqual(share(text, 1), { comparison: true, rate: false, numerators: [], bases: [], baseQuantities: [] });
  });

  test('the count its subject labels: 比例 and 比重 without 为', () => {
    const expected = ['count:17@24-27件', 'count:31@16-19件'];
    assert.deepEqual(
      share('全年收到申请48件，其中网上申请31件、信函申请17件，网上申请比例达64.6%。').numerators,
      expected,
    );
    assert.deepEqual(
      share('全年收到申请48件，其中网上申请31件、信函申请17件，网上申请比重达64.6%。').numerators,
      expected,
    );
  });

  test('a subject after 其中 is found without it', () => {
    assert.deepEqual(share('共收到申请48件，网上申请31件，当面申请17件，其中网上申请占64.6%。').numerators, [
      'count:31@13-16件',
    ]);
  });

  test('a subject that is not a label (除…外其余申请) finds no count by its last word', () => {
    assert.deepEqual(share('共收到申请48件，其中网上申请31件，除网上申请外其余申请占35.4%。').numerators, [
      'count:31@15-18件',
    ]);
  });

  test('a one-character subject (共占) labels nothing', () => {
    assert.deepEqual(share('全年共办结51件，予以公开13件、部分公开5件，共占35.3%。').numerators, ['count:5@21-23件']);
  });

  test('a count its subject labels in another measure word is no numerator', () => {
    const text = '本年度网上申请平台访问1200人次，共收到申请48件，其中网上申请31件，网上申请占64.6%。';
    assert.deepEqual(share(text).numerators, ['count:31@33-36件']);
  });

  test('a rate of a part named earlier in the sentence, far from the start of its clause', () => {
    assert.deepEqual(share('全年收到申请20件并已全部办结，全年申请办结率100%。'), {
      comparison: false,
      rate: true,
      numerators: ['count:20@6-9件'],
      bases: [],
      baseQuantities: [],
    });
  });

  test('a rate adds up the parts before it in its own measure word only', () => {
    assert.deepEqual(share('本年度接待群众来访35人次，办结申请16件，办结率100%。').numerators, ['count:16@18-21件']);
    assert.deepEqual(share('全年受理申请20人次，办结12件，跟进解决8件，办结率100%。').numerators, [
      'count:8@21-23件',
      'count:12@13-16件',
      'sum:20@13-23件',
    ]);
  });

  test('a list in another measure word in the sentence before is no base', () => {
    const text = '全年接待来访45人次，其中现场查阅30人次、电话咨询15人次。全年办结51件，其中予以公开13件，占25.5%。';
    assert.deepEqual(share(text).bases, ['count:51@35-38件', 'sum:13@45-48件']);
  });
});

suite('shares: changes against last year', () => {
  const shown = (t: ShareTerm) => `${t.what}:${t.value}@${t.start}-${t.end}${t.unit ?? ''}`;
  const change = (text: string) => {
    const p = readParagraph(text, { year: 2023 }).figures.find((f) => f.kind === 'percentage')!;
    return { numerators: p.share!.numerators.map(shown), bases: p.share!.bases.map(shown) };
  };

  test("this year's counts of the sentence and the one before, nearest first; not two sentences back", () => {
    assert.deepEqual(change('全年办结申请51件。本年度收到申请48件。较上年的40件增长20%。'), {
      numerators: ['count:48@17-20件'],
      bases: ['count:40@25-28件'],
    });
    assert.deepEqual(change('全年收到申请48件，办结46件，较上年的40件增长20%。'), {
      numerators: ['count:46@12-15件', 'count:48@6-9件'],
      bases: ['count:40@20-23件'],
    });
  });

  test('counts after the percentage are not what it was computed from', () => {
    assert.deepEqual(change('本年度收到申请48件，较上年的40件增长20%，全年办结46件。'), {
      numerators: ['count:48@7-10件'],
      bases: ['count:40@15-18件'],
    });
    assert.deepEqual(change('本年度收到申请48件，较上年的40件增长20%，即增加8件。'), {
      numerators: ['count:48@7-10件'],
      bases: ['count:40@15-18件'],
    });
  });

  test("a difference is no last year's base; last year's figure as a bare number is one", () => {
    assert.deepEqual(change('本年度收到申请48件，较上年增加8件，增长20%。'), { numerators: [], bases: [] });
    assert.deepEqual(change('本年度收到申请48件，上年为40，增长20%。'), {
      numerators: ['count:48@7-10件'],
      bases: ['count:40@14-16'],
    });
  });

  test("last year's figures only from the sentence before, the sentence and the one after", () => {
    assert.deepEqual(change('上年度收到申请45件。本年度办结申请40件。本年度收到申请48件，较上年的40件增长20%。'), {
      numerators: ['count:48@29-32件', 'count:40@18-21件'],
      bases: ['count:40@37-40件'],
    });
  });
});
