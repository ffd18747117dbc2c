import * as assert from 'node:assert/strict';
import { COPIED, similarity } from '../../../src/core/rules/content';
import { findings, readFixture, REPORT_2021, REPORT_2022 } from '../helpers';

/**
 * NB505 at its thresholds: a section's narrative the same as last year's by at least COPIED.percent,
 * compared only from COPIED.minLength characters on.
 */

const SENTENCE =
  '本局坚持以人民为中心的发展思想，围绕中心工作扎实推进政务公开，完善制度机制，加强平台建设，强化监督保障，全面提升公开质量和实效。';

/** A narrative of `length` characters without figures. */
function narrative(length: number): string {
  return SENTENCE.repeat(Math.ceil(length / SENTENCE.length)).slice(0, length);
}

/** `text` with `k` characters replaced, spread evenly (so that the edit distance is k). */
function changed(text: string, k: number): string {
  const chars = [...text];
  const step = Math.floor(chars.length / k);
  for (let i = 0; i < k; i++) chars[i * step] = chars[i * step] === '甲' ? '乙' : '甲';
  return chars.join('');
}

/** Replaces section 一 (its heading kept) by one paragraph. */
function withOverview(report: string, body: string): string {
  const start = report.indexOf('## 一、总体情况\n') + '## 一、总体情况\n'.length;
  const end = report.indexOf('## 二、');
  return `${report.slice(0, start)}\n${body}\n\n${report.slice(end)}`;
}

function nb505(now: string, before: string): string[] {
  const previous = withOverview(readFixture(REPORT_2021), before);
  const current = withOverview(readFixture(REPORT_2022), now);
  return findings(current, { readPrevious: () => previous })
    .filter((f) => f.code === 'NB505')
    .map((f) => f.message);
}

suite('NB505 at its thresholds', () => {
  test('the thresholds are 100 characters and 85 %', () => {
    assert.deepEqual(COPIED, { minLength: 100, percent: 85 });
  });

  test('90 % the same: reported with its share', () => {
    const before = narrative(200);
    const now = changed(before, 20);
    assert.equal(similarity(now, before), 0.9);
    assert.deepEqual(nb505(now, before), ['「一、总体情况」的叙述与上年报告90%相同（内容雷同）']);
  });

  test('exactly 85 % the same: reported', () => {
    const before = narrative(200);
    assert.deepEqual(nb505(changed(before, 30), before), ['「一、总体情况」的叙述与上年报告85%相同（内容雷同）']);
  });

  test('84.5 % the same: not reported', () => {
    const before = narrative(200);
    assert.deepEqual(nb505(changed(before, 31), before), []);
  });

  test('figures are not counted: the same text with other figures is 100 % the same', () => {
    const before = `${narrative(120)}全年主动公开信息52条，办理申请9件。`;
    const now = `${narrative(120)}全年主动公开信息317条，办理申请40件。`;
    assert.deepEqual(nb505(now, before), ['「一、总体情况」的叙述与上年报告100%相同（内容雷同）']);
  });

  test('a narrative of 99 characters is not compared; one of 100 is', () => {
    assert.deepEqual(nb505(narrative(99), narrative(99)), []);
    assert.deepEqual(nb505(narrative(100), narrative(100)), ['「一、总体情况」的叙述与上年报告100%相同（内容雷同）']);
  });

  test('last year’s narrative of 99 characters is not compared', () => {
    assert.deepEqual(nb505(narrative(100), narrative(99)), []);
  });
});
