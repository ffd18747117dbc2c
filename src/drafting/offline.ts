import type { SectionDraft } from '../../schemas/sectionDraft';
import type { DraftTarget, Facts } from './targets';

/** The groups of bullet notes: bullets in a row form a group; a blank line starts the next. */
export function noteGroups(notes: string): string[][] {
  const groups: string[][] = [[]];
  for (const line of notes.split('\n')) {
    const item = line.replace(/^\s*(?:[-*+]|\d+[.、)])\s*/, '').trim();
    if (!item) {
      if (groups[groups.length - 1].length) groups.push([]);
      continue;
    }
    groups[groups.length - 1].push(item);
  }
  return groups.filter((g) => g.length);
}

/** A note as a clause: no spaces around figures, no closing punctuation. */
function clause(note: string): string {
  return note
    .replace(/\s*(\d+(?:\.\d+)?)\s*/g, '$1')
    .replace(/\s+/g, '')
    .replace(/[。；;，,]+$/, '');
}

const AREAS: Array<[string, RegExp]> = [
  ['主动公开', /主动公开|发布|公开.*条/],
  ['依申请公开', /申请/],
  ['政府信息管理', /管理|审查|目录|清理/],
  ['政府信息公开平台建设', /平台|网站|专栏|新媒体|公众号/],
  ['监督保障', /监督|考核|培训|责任|评议/],
];

function applicationsSentence(f: Facts): string | undefined {
  const a = f.applications;
  if (!a) return undefined;
  const results = (
    [
      ['予以公开', a.A],
      ['部分公开', a.B],
      ['不予公开', a.C],
      ['无法提供', a.D],
      ['不予处理', a.E],
      ['其他处理', a.F],
    ] as Array<[string, number]>
  )
    .filter(([, n]) => n > 0)
    .map(([l, n]) => `${l}${n}件`);
  let s = `${f.year}年，${f.unit}共收到政府信息公开申请${a.R1}件`;
  if (a.R2) s += `，上年结转${a.R2}件`;
  s += `；办结${a.T}件`;
  if (results.length > 1) s += `，其中${results.join('、')}`;
  else if (results.length === 1) s += `，均为${results[0].replace(/\d+件$/, '')}`;
  s += a.R4 ? `；结转下年度继续办理${a.R4}件。` : '。';
  return s;
}

/** The 条例 article 20 figures of section 二 that are not zero, as one sentence. */
function activeSentence(f: Facts): string | undefined {
  const value = (row: string, column: string) => f.active.find((a) => a.row === row && a.column === column)?.value;
  const parts: string[] = [];
  for (const row of ['规章', '行政规范性文件', '规范性文件']) {
    const issued = value(row, '本年制发件数');
    const repealed = value(row, '本年废止件数');
    const valid = value(row, '现行有效件数');
    if (issued && valid && (Number(issued) || Number(repealed) || Number(valid)))
      parts.push(`制发${row}${issued}件、废止${repealed ?? 0}件，现行有效${valid}件`);
  }
  const decisions = ['行政许可', '行政处罚', '行政强制']
    .map((row) => [row, value(row, '本年处理决定数量')] as const)
    .filter(([, v]) => v && Number(v) > 0)
    .map(([row, v]) => `${row}决定${v}件`);
  if (decisions.length) parts.push(`作出${decisions.join('、')}`);
  return parts.length ? `按照《条例》第二十条的规定，全年${parts.join('；')}。` : undefined;
}

function reviewSentence(f: Facts): string | undefined {
  const r = f.review;
  if (!r) return undefined;
  if (!r.total) return `${f.year}年，${f.unit}未发生因政府信息公开工作被申请行政复议或提起行政诉讼的情况。`;
  return `${f.year}年，${f.unit}因政府信息公开工作被申请行政复议${r.reconsideration}件、提起行政诉讼${r.litigation}件。`;
}

/**
 * The offline drafter: deterministic 公文 prose from the notes and the table facts, one paragraph per
 * group of notes, the section's required content covered, and what is missing marked for the writer.
 * It writes no figure that the notes or the tables do not hold.
 */
export function offlineDraft(target: DraftTarget, facts: Facts): SectionDraft {
  const groups = noteGroups(target.notes);
  const notesText = groups.flat().join('；');
  const paragraphs: string[] = [];
  const missing: string[] = [];
  const lead = `${facts.year}年，${facts.unit}`;
  groups.forEach((g, i) => {
    const body = g.map(clause).join('；');
    paragraphs.push(i === 0 && !/^\d{4}年/.test(body) ? `${lead}${body}。` : `${body}。`);
  });
  const fromTables =
    target.kind === 'applications'
      ? applicationsSentence(facts)
      : target.kind === 'review'
        ? reviewSentence(facts)
        : undefined;
  if (fromTables) paragraphs.unshift(fromTables);
  const disclosed = target.kind === 'active' ? activeSentence(facts) : undefined;
  if (disclosed) paragraphs.push(disclosed);
  switch (target.kind) {
    case 'overview':
      for (const [area, re] of AREAS)
        if (!re.test(notesText) && target.heading.level === 2) missing.push(`${area}方面的工作情况`);
      break;
    case 'problems':
      if (!/上年|上一年|去年/.test(notesText)) missing.push('上年度报告所列问题的改进情况');
      break;
    case 'other':
      if (!/处理费|收费/.test(notesText))
        missing.push('信息处理费收取情况（发出收费通知的件数和金额、实际收取的金额；未收取也应写明）');
      break;
    default:
      break;
  }
  if (!paragraphs.length) {
    paragraphs.push(
      `【待核实：${target.heading.text.replace(/^[（(][一二三四五六七八九十]+[）)]|^[一二三四五六]、/, '')}的具体情况】`,
    );
  }
  return { paragraphs: paragraphs.map((text) => ({ text })), missing };
}
