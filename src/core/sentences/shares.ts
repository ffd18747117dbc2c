/** What each percentage may be a share of: its numerator and the bases its sentence and neighbours name. */

import { isReview } from './groups';
import { spanAt, type Span } from './split';
import { COMPARISON_RE } from './tense';
import type { Figure, SentenceReading, Share, ShareTerm } from './types';

const term = (f: Figure): ShareTerm => ({
  value: f.value,
  what: 'count',
  start: f.start,
  end: f.unitEnd,
  unit: f.unit,
});
const sum = (fs: readonly Figure[]): ShareTerm => ({
  value: fs.reduce((a, f) => a + f.value, 0),
  what: 'sum',
  unit: fs[0].unit,
  start: fs[0].start,
  end: fs[fs.length - 1].unitEnd,
});

/** A bare number (部分公开67) goes with any measure word: the writer left it out. */
export function sameUnit(a: string | undefined, b: string | undefined): boolean {
  return a === b || a === undefined || b === undefined;
}

/** A count a share can be computed from: in the report year, not a plan, a title or a difference. */
function usable(f: Figure): boolean {
  return (f.kind === 'count' || f.kind === 'number') && !f.quoted && !f.plan && !f.change && !f.range;
}

/** Sets `share` on every percentage of the paragraph's sentences. */
export function readShares(text: string, sentences: readonly SentenceReading[]): void {
  sentences.forEach((s, i) => {
    for (const p of s.figures) {
      if (p.kind !== 'percentage') continue;
      p.share = shareOf(text, sentences, i, p);
    }
  });
}

function shareOf(text: string, sentences: readonly SentenceReading[], i: number, p: Figure): Share {
  const s = sentences[i];
  const k = s.clauses.findIndex((c) => p.start >= c.start && p.start < c.end + 1);
  const window: Span | undefined = s.clauses[Math.max(0, k - 1)];
  const before = s.figures.filter((f) => usable(f) && !f.lastYear && f.unitEnd <= p.start);
  const closest = [...before].reverse().find((f) => !window || f.start >= window.start);
  // 办结的51件中，四分之一予以公开: a count followed by 中 is the base, not the part.
  const clause = spanAt(s.clauses, p.start) ?? s;
  // …1208件申请均已答复，其中涉及征收的申请占四成: the part is not counted; the total is the base.
  const among =
    closest &&
    (/^\s*(之?中|当中|里)/.test(text.slice(closest.unitEnd)) ||
      (closest.start < clause.start && /^\s*其中/.test(text.slice(clause.start, p.start))));
  const lead = text.slice(Math.max(clause.start, closest?.unitEnd ?? clause.start), p.start);
  const comparison = p.unit === '个百分点' || COMPARISON_RE.test(lead);
  const rate = /率/.test(text.slice(clause.start, p.start));
  const share: Share = { comparison, rate, numerators: [], bases: [], baseQuantities: [] };
  if (comparison) return changeOf(sentences, i, p, share);
  if (rate && !rateOfNamedParts(text, s, clause, p)) return share;
  const numerators = [...(among ? [] : closest ? [closest] : []), ...bySubject(text, clause, p, before)];
  const nearest = numerators[0];
  if (!nearest) return share;
  const unit = nearest.unit;
  for (const n of new Set(numerators)) if (sameUnit(n.unit, unit)) share.numerators.push(term(n));
  if (rate) {
    // 已办结162件，跟进解决186件，办结率100%: the parts named before the rate, added up.
    const run = before.filter((f) => sameUnit(f.unit, unit));
    for (let j = run.length - 2; j >= 0; j--) share.numerators.push(sum(run.slice(j)));
  }
  // A rate is checked against its own sentence; a share against the paragraph up to the next sentence.
  const named = rate ? [s] : sentences.slice(0, i + 2);
  for (const n of named) {
    const counts = n.figures.filter((f) => usable(f) && !f.lastYear && sameUnit(f.unit, unit));
    for (const f of counts) if (f !== nearest && f.value >= nearest.value) share.bases.push(term(f));
    for (const l of n.lists) if (sameUnit(l.head.unit, unit)) share.bases.push(sum(l.items));
    // The parts added up, when no total lists them (a total and its items together are no base).
    if (counts.length > 1 && !n.lists.length) share.bases.push(sum(counts));
  }
  const bound = nearest.quantities[0];
  if (!rate && bound && !isReview(bound)) share.baseQuantities.push('T', 'R1', 'R1R2');
  return share;
}

/**
 * 网上申请31件、…，网上申请占64.6%; 按期答复1196件，…，按期答复率99.0%: the count labelled with the
 * subject the share or the rate names.
 */
function bySubject(text: string, clause: Span, p: Figure, before: readonly Figure[]): Figure[] {
  const m = /^(.*?)(占比?|比例为?|比重为?|率)/.exec(text.slice(clause.start, p.start));
  const subject = m?.[1].replace(/^\s*(其中|其余)/, '').trim();
  if (!subject || subject.length < 2) return [];
  return before.filter((f) => {
    const label = text.slice(Math.max(0, f.start - subject.length - 4), f.start);
    return label.includes(subject);
  });
}

/**
 * Whether a rate is one of the parts the sentence names: 办结率 after 办结162件; not 满意率 after
 * 受理咨询120件 (a rate of something the sentence does not count).
 */
function rateOfNamedParts(text: string, s: Span, clause: Span, p: Figure): boolean {
  const m = /([\u4e00-\u9fff]{2})率/.exec(text.slice(clause.start, p.start));
  return !!m && text.slice(s.start, clause.start + m.index).includes(m[1]);
}

/**
 * 较上年的12件增加3件，增长25%: this year's figure (in the sentence or the one before) or the
 * difference, against last year's figure named nearby.
 */
function changeOf(sentences: readonly SentenceReading[], i: number, p: Figure, share: Share): Share {
  const current = [...sentences.slice(Math.max(0, i - 1), i).flatMap((s) => s.figures), ...sentences[i].figures].filter(
    (f) => usable(f) && !f.lastYear && (sentences[i].figures.includes(f) ? f.unitEnd <= p.start : true),
  );
  for (const f of current.reverse()) share.numerators.push(term(f));
  for (const f of sentences[i].figures)
    if (f.change && f.kind === 'count' && f.unitEnd <= p.start) share.numerators.push({ ...term(f), what: 'change' });
  for (const n of sentences.slice(Math.max(0, i - 1), i + 2))
    for (const f of n.figures)
      if (f.lastYear && !f.change && (f.kind === 'count' || f.kind === 'number')) share.bases.push(term(f));
  share.numerators = share.numerators.filter((n) => share.bases.some((b) => sameUnit(b.unit, n.unit)));
  return share;
}
