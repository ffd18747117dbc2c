import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../../src/core/check';
import { figuresOf, readParagraph, type Figure } from '../../../src/core/sentences';
import { textAt } from '../helpers';
import { CORPUS_DIR } from './corpus';

/** The sentence reading: what each figure is, what it counts, and what a percentage is a share of. */

/** The facts of a figure a test states, in a compact form. */
function facts(f: Figure) {
  const flags = (['quoted', 'plan', 'carryOver', 'asOf', 'lastYear', 'change', 'approximate'] as const).filter(
    (k) => f[k],
  );
  return [
    f.text,
    f.value,
    f.unit ?? '',
    f.kind,
    f.quantities.join('/'),
    [f.column, f.item, ...flags].filter(Boolean).join(','),
  ];
}

const read = (text: string, topic?: 'applications') => figuresOf(text, { topic, year: 2023 }).map(facts);

suite('sentence reading', () => {
  test('binds a 其中 list to the result categories without the word 申请 (issue 10)', () => {
    assert.deepEqual(read('全年办结51件，其中予以公开13件、无法提供22件。'), [
      ['51', 51, '件', 'count', 'T', ''],
      ['13', 13, '件', 'count', 'A', ''],
      ['22', 22, '件', 'count', 'D', ''],
    ]);
  });

  test('reads every written form and measure word', () => {
    assert.deepEqual(
      read('收到申请十二件、两件、９９件，一百二十元、0.5万元，培训120人次，六成、四分之一、百分之十、12.5%。'),
      [
        ['十二', 12, '件', 'count', 'R1/R1R2', ''],
        ['两', 2, '件', 'count', '', ''],
        ['９９', 99, '件', 'count', '', ''],
        ['一百二十', 120, '元', 'amount', '', ''],
        ['0.5', 0.5, '万元', 'amount', '', ''],
        ['120', 120, '人次', 'count', '', ''],
        ['六成', 60, '', 'percentage', '', ''],
        ['四分之一', 25, '', 'percentage', '', ''],
        ['百分之十', 10, '%', 'percentage', '', ''],
        ['12.5', 12.5, '%', 'percentage', '', ''],
      ],
    );
    const forms = figuresOf('十二件、９９件、12件、六成').map((f) => f.form);
    assert.deepEqual(forms, ['chinese', 'fullwidth', 'arabic', 'fraction']);
  });

  test('tells dates, time limits, document numbers, articles, ordinals and hotlines from counts', () => {
    assert.deepEqual(
      read(
        '依据国办公开办函〔2021〕30号和《条例》第二十条，2023年12月召开第1次会议，在20个工作日内答复，拨打12345热线。',
      ),
      [
        ['2021', 2021, '', 'docNumber', '', ''],
        ['30', 30, '', 'docNumber', '', ''],
        ['二十', 20, '条', 'article', '', ''],
        ['2023', 2023, '年', 'date', '', ''],
        ['1', 1, '次', 'ordinal', '', ''],
        ['20', 20, '个工作日', 'timeLimit', '', ''],
        ['12345', 12345, '', 'phone', '', ''],
      ],
    );
    const range = figuresOf('在4至6个工作日内答复，落实《行动方案（2024－2027年）》。');
    assert.deepEqual(
      range.map((f) => [f.value, f.unit, f.kind, f.range, f.quoted]),
      [
        [4, '个工作日', 'timeLimit', 'from', false],
        [6, '个工作日', 'timeLimit', 'to', false],
        [2024, '年', 'year', 'from', true],
        [2027, '年', 'year', 'to', true],
      ],
    );
  });

  test('knows plans, carry-over, statuses, last year and changes', () => {
    assert.deepEqual(read('2024年，我局将进一步完善机制，力争办结申请60件。'), [
      ['2024', 2024, '年', 'year', '', 'plan'],
      ['60', 60, '件', 'count', '', 'plan'],
    ]);
    assert.deepEqual(read('本年度结转至2024年6件，截至2024年1月10日已办结1件。', 'applications'), [
      ['2024', 2024, '年', 'year', '', 'carryOver'],
      ['6', 6, '件', 'count', 'R4', 'carryOver'],
      ['2024', 2024, '年', 'date', '', 'asOf'],
      ['1', 1, '件', 'count', '', ''],
    ]);
    assert.deepEqual(read('上年收到申请40件，本年度较上年增加8件。'), [
      ['40', 40, '件', 'count', '', 'lastYear'],
      ['8', 8, '件', 'count', '', 'lastYear,change'],
    ]);
    assert.deepEqual(read('将政务公开纳入2023年度考核。'), [['2023', 2023, '年', 'year', '', '']]);
    assert.deepEqual(read('拟制公文时同步明确公开属性，制定年度工作计划，2023年完成。'), [
      ['2023', 2023, '年', 'year', '', ''],
    ]);
  });

  test('binds subjects, items, 四 results and 含结转', () => {
    assert.deepEqual(read('收到申请48件（含上年结转5件），其中自然人39件、法人或其他组织9件。'), [
      ['48', 48, '件', 'count', 'R1/R1R2', ''],
      ['5', 5, '件', 'count', 'R2', ''],
      ['39', 39, '件', 'count', 'R1', 'natural'],
      ['9', 9, '件', 'count', 'R1', 'organisations'],
    ]);
    assert.deepEqual(read('因本机关不掌握相关信息无法提供18件，重复申请不予处理1件，不予公开5件等。', 'applications'), [
      ['18', 18, '件', 'count', 'D', 'D1'],
      ['1', 1, '件', 'count', 'E', 'E2'],
      ['5', 5, '件', 'count', 'C', ''],
    ]);
    assert.deepEqual(read('行政复议2件，其中结果维持1件、结果纠正1件；行政诉讼1件。'), [
      ['2', 2, '件', 'count', 'reconsideration', ''],
      ['1', 1, '件', 'count', 'reconsideration', 'upheld'],
      ['1', 1, '件', 'count', 'reconsideration', 'corrected'],
      ['1', 1, '件', 'count', 'litigation', ''],
    ]);
  });

  test('leaves other business, subsets and fixed names unbound', () => {
    assert.deepEqual(
      read(
        '全年受理咨询120件，办结118件；网上申请31件；延期答复2件；推行一件事一次办和一次性告知。',
        'applications',
      ).map((f) => f[4]),
      ['', '', '', ''],
    );
    assert.deepEqual(figuresOf('三类内部事务信息、四类过程性信息、一网通办、进一步、下一年度'), []);
  });

  test('names the bases of a share: the total, the parts, the neighbours, last year', () => {
    const [sentence] = readParagraph('全年办结51件，其中予以公开13件，占25.5%。').sentences;
    const share = sentence.figures.find((f) => f.kind === 'percentage')!.share!;
    assert.deepEqual(
      { numerators: share.numerators.map((t) => t.value), bases: share.bases.map((t) => t.value) },
      { numerators: [13], bases: [51, 13] },
    );
    assert.deepEqual(share.baseQuantities, ['T', 'R1', 'R1R2']);
    const rate = readParagraph('已办结162件，跟进解决186件，办结率100%。').figures[2].share!;
    assert.deepEqual([rate.rate, rate.numerators.map((t) => t.value)], [true, [186, 162, 348]]);
    const alone = readParagraph('全年依申请公开按时答复率100%。').figures[0].share!;
    assert.deepEqual(alone.numerators, []);
    const change = readParagraph('本年度收到申请48件，较上年的40件增长20%。').figures[2].share!;
    assert.deepEqual(
      [change.comparison, change.numerators.map((t) => t.value), change.bases.map((t) => t.value)],
      [true, [48], [40]],
    );
  });

  test('every span is the figure as written', () => {
    const text = '２０２３年，全年办结五十一件（含上年结转５件），其中予以公开13件，占25.5%，约六成。';
    for (const f of figuresOf(text)) assert.equal(text.slice(f.start, f.end), f.text);
  });
});

/** A Chinese numeral for 0 ≤ n < 10000, as a writer puts it (十二, 一百零五, 两千). */
function chinese(n: number): string {
  const d = '零一二三四五六七八九';
  if (n === 0) return '零';
  if (n < 20 && n >= 10) return `十${n % 10 ? d[n % 10] : ''}`;
  const units = ['千', '百', '十', ''];
  const digits = String(n).padStart(4, '0').split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((x, k) => {
    if (x === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += (x === 2 && k === 0 ? '两' : d[x]) + units[k];
  });
  return out;
}

const written = (n: number) =>
  fc.constantFrom(
    String(n),
    [...String(n)].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join(''),
    n > 0 && n < 10000 ? chinese(n) : String(n),
  );

const dept = readFileSync(join(CORPUS_DIR, 'dept-2023.md'), 'utf8');
/** dept-2023's table figures by the phrase that names them. */
const TABLE: Array<[string, number]> = [
  ['办结', 51],
  ['予以公开', 13],
  ['部分公开', 4],
  ['无法提供', 22],
  ['不予处理', 3],
  ['上年结转', 5],
  ['结转下年度继续办理', 2],
];

suite('sentence reading: generated sentences', () => {
  test('a count in any written form is read with its value, span and quantity', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }).chain((n) => fc.tuple(fc.constant(n), written(n))),
        fc.constantFrom('全年办结', '其中予以公开', '依法无法提供', '结转下年度继续办理'),
        ([n, numeral], phrase) => {
          const text = `依申请公开方面，${phrase}${numeral}件。`;
          const f = figuresOf(text)[0];
          assert.equal(f.value, n);
          assert.equal(text.slice(f.start, f.end), numeral);
          assert.equal(
            f.quantities[0],
            { 全年办结: 'T', 其中予以公开: 'A', 依法无法提供: 'D', 结转下年度继续办理: 'R4' }[phrase],
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  test('in a plan, a title or last year, a later year is never an event, and a count never bound', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2024, max: 2030 }),
        fc.integer({ min: 1, max: 500 }),
        fc.constantFrom(
          '{y}年，我局将力争办结申请{n}件。',
          '计划于{y}年办结申请{n}件。',
          '转发《关于{y}年办结申请{n}件的通知》。',
          '明年（{y}年）预计收到申请{n}件。',
        ),
        (y, n, template) => {
          const text = template.replace('{y}', String(y)).replace('{n}', String(n));
          const figures = figuresOf(text, { topic: 'applications', year: 2023 });
          assert.ok(
            figures.every((f) => f.plan || f.quoted),
            text,
          );
          assert.ok(
            figures.every((f) => !f.quantities.length),
            text,
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  test('NB401 fires exactly when a written figure differs from the table, in any form', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TABLE),
        fc.integer({ min: -3, max: 3 }).chain((delta) => fc.tuple(fc.constant(delta), fc.boolean())),
        ([phrase, value], [delta, chineseForm]) => {
          const n = value + delta;
          if (n <= 0) return;
          const numeral = chineseForm ? chinese(n) : String(n);
          const sentence = `依申请公开方面，全年${phrase}${numeral}件。`;
          const text = dept.replace('### （三）政府信息管理', `${sentence}\n\n### （三）政府信息管理`);
          const found = check(text).findings.filter((f) => f.severity !== 'info');
          if (delta === 0)
            assert.deepEqual(
              found.map((f) => f.message),
              [],
              sentence,
            );
          else {
            assert.deepEqual(
              found.map((f) => f.code),
              ['NB401'],
              sentence,
            );
            assert.equal(textAt(text, found[0]), numeral);
            assert.match(found[0].message, new RegExp(`${numeral}件，表格为${value}件$`));
          }
        },
      ),
      { numRuns: 120 },
    );
  });
});
