/** Where a count, an amount or a share of a draft comes from: the tables, the notes, last year, a sum. */

import { QUANTITY_NAME, tableValues } from '../core/rules/quantities';
import { columnNamed, namedQuantities } from '../core/sentences/quantities';
import type { Figure, Quantity, SentenceReading } from '../core/sentences';
import type { Tables } from '../core/tables';
import type { NoteFigure, Sources } from './sources';

/** Why a figure has no source: for the writer (zh, en) and for the model. */
export interface Reason {
  zh: string;
  en: string;
}

/** Measure words that name the same thing (a note's 22名 is a draft's 22人). */
const FAMILIES = [['人', '名', '位'], ['件', '宗'], ['次', '场', '轮'], ['个', '家', '所'], ['人次']];

export function sameUnit(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined || a === b) return true;
  return FAMILIES.some((f) => f.includes(a) && f.includes(b));
}

/** Words that say nothing about what is counted. */
const GENERIC = new Set(
  '开展 组织 进行 完成 工作 情况 相关 有关 全年 年度 本年 共计 累计 合计 政务 公开 本局 我局 单位 其中 包括'.split(' '),
);
const TRAILING = /(共计|共|合计|累计|总计|计|为|达到|达|了|约|近|有|全年|本年度|本年)+$/;

/** Verbs that say the same of what they count (发布 = 公开 = 推送…): a note's 栏目发布412条 is 公开信息412条. */
const VERB_CLASSES = [
  ['发布', '公开', '推送', '发送', '刊发', '转发', '上传', '公布'],
  ['召开', '举办', '组织', '开展', '举行'],
  ['受理', '收到', '接收', '新收'],
  ['办结', '答复', '办理'],
  ['印发', '制发', '出台', '制定'],
];

const grams = (s: string) => [...s].slice(0, -1).map((c, i) => c + s[i + 1]);

/**
 * Whether a draft's clause names what a note's figure counts: a word of the note's label nearest the
 * figure (培训, 预警提示). A label that ends in a verb counts what the verb names (栏目发布412条): a
 * verb of the same meaning then suffices.
 */
export function labelMatches(label: string, clause: string): boolean {
  const core = label.replace(/^其中/, '').replace(TRAILING, '');
  if (!core) return true;
  const verbs = VERB_CLASSES.find((c) => c.some((v) => core.endsWith(v)));
  if (verbs && verbs.some((v) => clause.includes(v))) return true;
  const tail = core.slice(-4);
  const specific = grams(tail).filter((g) => !GENERIC.has(g));
  const tried = specific.length ? specific : grams(core).length ? grams(core) : [core];
  return tried.some((g) => clause.includes(g));
}

/** Whether a draft's clause has the words right after a note's figure (搞两次培训 → 开展两次培训). */
function followedAlike(after: string, clause: string): boolean {
  return grams(after.slice(0, 4)).some((g) => !GENERIC.has(g) && clause.includes(g));
}

/** A note figure the draft's figure may be: same value, same measure word, the same words near it. */
export function fromNotes(f: Figure, clause: string, notes: readonly NoteFigure[]): boolean {
  return notes.some(
    (n) =>
      n.value === f.value &&
      (n.kind === 'percentage') === (f.kind === 'percentage') &&
      sameUnit(n.unit, f.unit) &&
      (labelMatches(n.label, clause) || followedAlike(n.after, clause)),
  );
}

/** What the tables say about a bound figure: undefined when they agree, a reason when they do not. */
export function againstTables(f: Figure, tables: Tables): Reason | 'absent' | undefined {
  const expected = f.quantities.map((q) => tableValues(tables, q, f.column, f.item));
  if (expected.every((v) => v === undefined)) return 'absent';
  if (expected.some((v) => v?.includes(f.value))) return undefined;
  const q = f.quantities.find((_, i) => expected[i] !== undefined)!;
  const value = expected[f.quantities.indexOf(q)]![0];
  const unit = f.unit ?? '件';
  return {
    zh: `与表格不符：表格中${QUANTITY_NAME[q].zh}为${value}${unit}`,
    en: `differs from the tables: ${QUANTITY_NAME[q].en} ${value}`,
  };
}

const REVIEW: Quantity[] = ['reconsideration', 'litigation', 'reviewAll'];

/** 行政复议结果维持1件、纠正1件：a result of table 四 named by its clause in a sentence about reviews. */
export function reviewResult(f: Figure, clause: string, sentence: string, tables: Tables): boolean {
  const column = columnNamed(clause, true);
  if (!column || !/复议|诉讼/.test(sentence)) return false;
  return REVIEW.some((q) => tableValues(tables, q, column)?.includes(f.value));
}

/** 自然人申请29件: an applicant column of table 三, counted as received, handled or both. */
export function applicantColumn(f: Figure, clause: string, tables: Tables): boolean {
  const column = columnNamed(clause, false);
  if (!column || !/申请/.test(clause)) return false;
  return (['R1', 'R1R2', 'T'] as Quantity[]).some((q) => tableValues(tables, q, column)?.includes(f.value));
}

/** Section 二's tables: a row named by the sentence (行政许可, 行政处罚…), its column when the clause says. */
export function activeTableValue(f: Figure, clause: string, sentence: string, tables: Tables): boolean {
  for (const t of tables.byId.values()) {
    if (t.def.section !== '二') continue;
    for (const row of t.def.rows) {
      const short = row.label.replace(/^行政(?=许可|处罚|强制|事业性收费)/, '');
      if (!sentence.includes(row.label) && !sentence.includes(short)) continue;
      const columns = t.def.columns.filter((c) => columnWords(c.label).some((w) => clause.includes(w)));
      for (const c of columns.length ? columns : t.def.columns)
        if (tables.number(t.def.id, row.key, c.key) === f.value) return true;
    }
  }
  return false;
}

function columnWords(label: string): string[] {
  if (/制发|新制作/.test(label)) return ['制发', '制定', '印发', '出台', '新制作'];
  if (/废止/.test(label)) return ['废止'];
  if (/现行有效|对外公开总/.test(label)) return ['现行有效', '有效'];
  if (/处理决定/.test(label)) return ['决定'];
  if (/收费金额/.test(label)) return ['收费', '万元'];
  return [label];
}

/** 共5次：a total of figures its own sentence names (a list's items, or figures joined before it). */
export function sumOfNamed(f: Figure, s: SentenceReading, text: string): boolean {
  const list = s.lists.find((l) => l.head === f);
  if (list && list.items.length >= 2 && list.items.reduce((a, i) => a + i.value, 0) === f.value) return true;
  if (!/(共|合计|总计|累计|共计)\s*$/.test(text.slice(Math.max(0, f.start - 3), f.start))) return false;
  const parts = s.figures.filter((g) => g !== f && g.unitEnd <= f.start && sameUnit(g.unit, f.unit) && !g.lastYear);
  return parts.length >= 2 && parts.reduce((a, g) => a + g.value, 0) === f.value;
}

/** Last year's figure: in last year's report, or given by the notes as last year's. */
export function fromLastYear(f: Figure, clause: string, sources: Sources): boolean {
  if (sources.notes.some((n) => n.lastYear && n.value === f.value && sameUnit(n.unit, f.unit))) return true;
  return !!sources.previous?.figures.some((g) => g.value === f.value && sameUnit(g.unit, f.unit)) || !clause;
}

/** A difference against last year: this year's figure less last year's, as the sentence or the tables give them. */
export function changeOf(f: Figure, s: SentenceReading, sources: Sources): boolean {
  const now = s.figures.filter((g) => !g.lastYear && !g.change && g !== f && sameUnit(g.unit, f.unit));
  const before = s.figures.filter((g) => g.lastYear && !g.change && sameUnit(g.unit, f.unit));
  if (now.some((a) => before.some((b) => Math.abs(a.value - b.value) === f.value))) return true;
  const previous = sources.previous?.tables;
  if (!previous) return false;
  return namedQuantities(s.text).some((n) => {
    const a = tableValues(sources.tables, n.quantity)?.[0];
    const b = tableValues(previous, n.quantity)?.[0];
    return a !== undefined && b !== undefined && Math.abs(a - b) === f.value;
  });
}
