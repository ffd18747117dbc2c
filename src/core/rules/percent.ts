import type { Figure, Share, ShareTerm } from '../sentences';
import { sameUnit } from '../sentences/shares';
import type { Tables } from '../tables';
import { rangeIn } from './prose';
import { tableValues } from './quantities';
import { readings, type ReadParagraph } from './reading';
import { defineRule } from './types';

/** The counts of the last sentence of the paragraph before (the neighbour across a paragraph break). */
function previousCounts(previous: ReadParagraph | undefined): ShareTerm[] {
  const last = previous?.reading.sentences[previous.reading.sentences.length - 1];
  return (last?.figures ?? [])
    .filter((f) => (f.kind === 'count' || f.kind === 'number') && !f.plan && !f.quoted && !f.change && !f.lastYear)
    .map((f) => ({ value: f.value, what: 'count', start: -1, end: -1, unit: f.unit }));
}

/** The bases of a share: those its text names, and the table totals its meaning names (办结总数…). */
function basesOf(share: Share, tables: Tables, before: readonly ShareTerm[]): ShareTerm[] {
  const unit = share.numerators[0]?.unit;
  const out = [...share.bases, ...(share.rate || share.comparison ? [] : before.filter((b) => sameUnit(b.unit, unit)))];
  for (const q of share.baseQuantities) {
    const v = tableValues(tables, q)?.[0];
    if (v !== undefined) out.push({ value: v, what: 'count', start: -1, end: -1 });
  }
  return out;
}

/** What a numerator and a base give: the share, or for a change the difference against last year. */
function computed(n: ShareTerm, b: ShareTerm, comparison: boolean): number {
  if (!comparison) return (n.value / b.value) * 100;
  return ((n.what === 'change' ? n.value : Math.abs(n.value - b.value)) / b.value) * 100;
}

/** Whether a numerator and a base may go together: a positive base, not the numerator itself, not smaller. */
function pairs(share: Share, bases: readonly ShareTerm[]): Array<[ShareTerm, ShareTerm]> {
  const out: Array<[ShareTerm, ShareTerm]> = [];
  for (const n of share.numerators)
    for (const b of bases) {
      if (b.value <= 0 || (b.start === n.start && b.end === n.end && b.what === n.what)) continue;
      if (share.comparison || b.value >= n.value) out.push([n, b]);
    }
  return out;
}

/** The pair the message shows: the one that comes nearest to the percentage written. */
function closest(p: Figure, share: Share, candidates: ReadonlyArray<[ShareTerm, ShareTerm]>): [ShareTerm, ShareTerm] {
  let best = candidates[0];
  let error = Infinity;
  for (const [n, b] of candidates) {
    const e = Math.abs(computed(n, b, share.comparison) - p.value);
    if (e < error) [best, error] = [[n, b], e];
  }
  return best;
}

export const percentage = defineRule({
  code: 'NB403',
  name: 'text.percentage',
  severity: 'warning',
  fixable: false,
  title: { zh: '百分比与数字不符', en: 'Percentage does not follow from the counts' },
  description: {
    zh:
      '百分比（含六成、四分之一等分数）用句中或相邻句子写出的任何基数（办结总数、收到总数、所列分项之和，同比时的上年数）都算不出，超出所写精度。' +
      '只写比率不写分子分母的（办结率100%、按时答复率100%）、没有写出上年数的同比增减、计划和标题中的百分比不检查。',
    en:
      'A percentage that no base named in its sentence or the neighbouring ones ' +
      'reproduces (total handled, total received, the sum of the listed parts, last ' +
      'year’s figure for a change). Rates stated without their parts are not checked.',
  },
  check({ report, tables }, emit) {
    let previous: ReadParagraph | undefined;
    for (const read of readings(report)) {
      const { paragraph: p, reading } = read;
      const before = previous?.section === read.section ? previousCounts(previous) : [];
      previous = read;
      for (const f of reading.figures) {
        const share = f.share;
        if (!share || f.plan || f.quoted || f.approximate || !share.numerators.length) continue;
        const candidates = pairs(share, basesOf(share, tables, before));
        if (!candidates.length) continue;
        if (candidates.some(([n, b]) => Math.abs(computed(n, b, share.comparison) - f.value) < f.precision + 1e-9))
          continue;
        const [n, b] = closest(f, share, candidates);
        const decimals = Math.max(1, Math.round(-Math.log10(Math.min(1, f.precision))));
        const actual = computed(n, b, share.comparison).toFixed(decimals);
        const how = share.comparison
          ? n.what === 'change'
            ? `${n.value}÷${b.value}`
            : `(${Math.max(n.value, b.value)}−${Math.min(n.value, b.value)})÷${b.value}`
          : `${n.value}÷${b.value}`;
        const written = p.text.slice(f.start, f.unitEnd);
        emit({
          range: rangeIn(report, p.offset, f.start, f.unitEnd),
          message: {
            zh: `${written}与所写数字不符：${how}＝${actual}%`,
            en: `${written} does not follow from the counts: ${how} = ${actual}%`,
          },
        });
      }
    }
  },
});
