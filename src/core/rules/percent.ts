import type { Figure, Share, ShareTerm } from '../sentences';
import type { Tables } from '../tables';
import { rangeIn } from './prose';
import { tableValues } from './quantities';
import { readings } from './reading';
import { defineRule } from './types';

/** The bases of a share: those its text names, and the table totals its meaning names (办结总数…). */
function basesOf(share: Share, tables: Tables): ShareTerm[] {
  const out = [...share.bases];
  for (const q of share.baseQuantities) {
    const v = tableValues(tables, q)?.[0];
    if (v !== undefined) out.push({ value: v, what: 'count', start: -1, end: -1 });
  }
  return out;
}

const near = (computed: number, p: Figure) => Math.abs(computed - p.value) < p.precision + 1e-9;

/** Whether some numerator and base the text names reproduce the percentage, to the precision written. */
function reproduced(p: Figure, share: Share, bases: readonly ShareTerm[]): boolean {
  return share.numerators.some((n) =>
    bases.some((b) => {
      if (b.value <= 0 || (b.start === n.start && b.end === n.end && b.what === n.what)) return false;
      if (share.comparison)
        return near(((n.what === 'change' ? n.value : Math.abs(n.value - b.value)) / b.value) * 100, p);
      return b.value >= n.value && near((n.value / b.value) * 100, p);
    }),
  );
}

/** The base the message shows: the nearest named before the numerator, else the first. */
function shownBase(bases: readonly ShareTerm[], n: ShareTerm): ShareTerm {
  const named = bases.filter((b) => b.start >= 0 && b.start < n.start && b.value >= n.value);
  return named[named.length - 1] ?? bases.find((b) => b.value >= n.value) ?? bases[0];
}

export const percentage = defineRule({
  code: 'NB403',
  name: 'text.percentage',
  severity: 'warning',
  fixable: false,
  title: { zh: '百分比与数字不符', en: 'Percentage does not follow from the counts' },
  description: {
    zh: '百分比（含六成、四分之一等分数）用句中或相邻句子写出的任何基数（办结总数、收到总数、所列分项之和，同比时的上年数）都算不出，超出所写精度。只写比率不写分子分母的（办结率100%、按时答复率100%）、没有写出上年数的同比增减、计划和标题中的百分比不检查。',
    en: 'A percentage that no base named in its sentence or the neighbouring ones reproduces (total handled, total received, the sum of the listed parts, last year’s figure for a change). Rates stated without their parts are not checked.',
  },
  check({ report, tables }, emit) {
    for (const { paragraph: p, reading } of readings(report)) {
      for (const f of reading.figures) {
        const share = f.share;
        if (!share || f.plan || f.quoted || f.approximate || !share.numerators.length) continue;
        const bases = basesOf(share, tables);
        if (!bases.length || reproduced(f, share, bases)) continue;
        const n = share.numerators[0];
        const b = shownBase(bases, n);
        const decimals = Math.max(1, Math.round(-Math.log10(Math.min(1, f.precision))));
        const actual = share.comparison
          ? (((n.what === 'change' ? n.value : Math.abs(n.value - b.value)) / b.value) * 100).toFixed(decimals)
          : ((n.value / b.value) * 100).toFixed(decimals);
        const how = share.comparison
          ? n.what === 'change'
            ? `${n.value}÷${b.value}`
            : `(${n.value}−${b.value})÷${b.value}`
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
