import * as assert from 'node:assert/strict';
import { readParagraph } from '../../../src/core/sentences';
import { scanFigures } from '../../../src/core/sentences/figures';

/**
 * The scanner at its edges: the shape of a scanned figure before the reader places it, numbers of
 * documents and court cases, percentages in words and their approximation, references to articles and
 * ordinals (第…项 after a 条 or not, 第 after a fixed name). Each figure is shown as
 * `written kind/form value unit @start-unitEnd` (with `~` when approximate).
 */
suite('figure scanner: edges', () => {
  const read = (text: string) =>
    readParagraph(text, { year: 2023 }).figures.map(
      (f) =>
        `${text.slice(f.start, f.unitEnd)} ${f.kind}/${f.form} ${f.value}${f.unit ? ` ${f.unit}` : ''} ` +
        `@${f.start}-${f.unitEnd}${f.approximate ? ' ~' : ''}`,
    );

  test('a scanned figure has every field, its tense and quotation unset', () => {
    assert.deepStrictEqual(scanFigures('办结12件'), [
      {
        value: 12,
        text: '12',
        start: 2,
        end: 4,
        unitEnd: 5,
        form: 'arabic',
        kind: 'count',
        approximate: false,
        precision: 0,
        range: undefined,
        date: undefined,
        unit: '件',
        quoted: false,
        plan: false,
        carryOver: false,
        asOf: false,
        lastYear: false,
        change: false,
        quantities: [],
        item: undefined,
        column: undefined,
        share: undefined,
      },
    ]);
    assert.deepStrictEqual(scanFigures('全年未收到申请。'), []);
  });

  test('a document number without its number: the year alone', () => {
    assert.deepEqual(read('按〔2023〕号文件要求办理'), ['2023 docNumber/arabic 2023 @2-6']);
  });

  test('a court case number: the year in round brackets is a document number', () => {
    assert.deepEqual(read('收到（2023）沪0101行初12号判决书'), [
      '2023 docNumber/arabic 2023 @3-7',
      '0101 number/arabic 101 @9-13',
      '12 number/arabic 12 @15-17',
    ]);
  });

  test('a percentage in words is Chinese even after Arabic digits', () => {
    assert.deepEqual(read('予以公开13件占百分之五十二'), [
      '13件 count/arabic 13 件 @4-7',
      '百分之五十二 percentage/chinese 52 % @8-14',
    ]);
  });

  test('a percentage is approximate by 约 or 近 just before it', () => {
    assert.deepEqual(read('申请办结比例约25%'), ['25% percentage/arabic 25 % @7-10 ~']);
    assert.deepEqual(read('近52%的申请通过网上提交'), ['52% percentage/arabic 52 % @1-4 ~']);
  });

  test('a percentage is approximate by 多 or 以上 right after it, not further on', () => {
    assert.deepEqual(read('予以公开13件，占52%，比上年多3件。'), [
      '13件 count/arabic 13 件 @4-7',
      '52% percentage/arabic 52 % @9-12',
      '3件 count/arabic 3 件 @17-19',
    ]);
  });

  test('a fixed name elsewhere in the paragraph does not hide an article', () => {
    assert.deepEqual(read('依托一网通办平台，依据《条例》第三十六条第（三）项答复。'), [
      '第三十六条 article/chinese 36 条 @15-20',
      '第（三）项 article/chinese 3 项 @20-25',
    ]);
  });

  test('第 right after a fixed name (一把手第一责任人) is an ordinal', () => {
    assert.deepEqual(read('落实一把手第一责任人制度'), ['第一 ordinal/chinese 1 @5-7']);
  });

  test('第…号 is a document number', () => {
    assert.deepEqual(read('依照第12号公告'), ['第12号 docNumber/arabic 12 号 @2-6']);
  });

  test('第…项 is an article only right after a 条, wherever else the paragraph names one', () => {
    const kinds = (text: string) => readParagraph(text, { year: 2023 }).figures.map((f) => `${f.kind}:${f.value}`);
    assert.deepEqual(read('依据《条例》第三十六条第三项的规定予以答复'), [
      '第三十六条 article/chinese 36 条 @6-11',
      '第三项 article/chinese 3 项 @11-14',
    ]);
    assert.deepEqual(kinds('年度报告发布工作列入全年重点任务的第二项，依照《条例》规定按时完成。'), ['ordinal:2']);
    assert.deepEqual(kinds('依照《条例》要求，将年报发布列为本年度重点任务第三项。'), ['ordinal:3']);
  });
});
