/**
 * Section 五 offline: （一）上年度问题的改进情况 （二）存在的主要问题 （三）改进措施, from labelled notes
 * (上年问题：… → 已…; 问题：…; 明年：…). Each of last year's problems is said fixed by the note that
 * names it, or marked 【待核实】.
 */

import type { SectionDraft } from '../../schemas/sectionDraft';
import { toVerify } from './clauses';
import type { Facts } from './facts';
import { readNotes, withVerb, type Note, type NoteLabel } from './notes';
import type { DraftTarget } from './targets';
import { selfReference } from './vocabulary';

const ORDINALS = '一二三四五六七八九十';

/** 一是…；二是…。 */
function enumerate(items: readonly string[]): string {
  if (items.length === 1) return `${items[0]}。`;
  return `${items.map((t, i) => `${ORDINALS[i] ?? i + 1}是${t}`).join('；')}。`;
}

/** The part each kind of sub-heading of 五 holds: its notes belong there unless labelled otherwise. */
const PART_OF_KIND: Partial<Record<DraftTarget['kind'], NoteLabel>> = {
  fixes: 'fixed',
  issues: 'issue',
  measures: 'measure',
};

/** The part of 五 a note belongs to: its label, else its heading's part, else its words. */
function partOf(note: Note, kind: DraftTarget['kind']): NoteLabel {
  if (note.label) return note.label === 'plan' ? 'measure' : note.label;
  const part = PART_OF_KIND[kind];
  if (part) return part;
  if (/上一?年|去年|已整改|已解决|整改到位/.test(note.text)) return 'fixed';
  if (/不够|不足|有待|欠缺|单一|滞后|不及时|不规范|不充分|薄弱/.test(note.text)) return 'issue';
  return 'measure';
}

const grams = (s: string) => new Set([...s].slice(0, -1).map((c, i) => c + s[i + 1]));
function overlap(a: string, b: string): number {
  const g = grams(b);
  return [...grams(a)].filter((x) => g.has(x)).length;
}

/** 解读不够通俗 → 已配发图解: the problem and what was done about it. */
function fixOf(note: Note): { problem: string; done?: string } {
  const [problem, done] = note.text.split(/\s*(?:→|->|=>|：|:|，已|；已)\s*/);
  if (done === undefined) return { problem };
  return { problem, done: /^已|^均/.test(done) ? done : `已${done}` };
}

/** （一）: last year's problems (from last year's report, else the notes) and how each was fixed. */
function fixesText(notes: readonly Note[], facts: Facts): string {
  const fixes = notes.map(fixOf);
  const listed = facts.previous?.problems ?? [];
  const sentences: string[] = [];
  for (const p of listed) {
    const fix = fixes.find((f) => overlap(f.problem, p) >= 2 && f.done);
    sentences.push(
      fix ? `针对上年度报告提出的“${p}”问题，本年度${fix.done}` : `上年度报告提出的“${p}”问题【待核实：整改情况】`,
    );
  }
  for (const f of fixes)
    if (!listed.some((p) => overlap(f.problem, p) >= 2))
      sentences.push(
        f.done ? `针对上年度“${f.problem}”的问题，本年度${f.done}` : `上年度“${f.problem}”的问题【待核实：整改情况】`,
      );
  if (!sentences.length) return '【待核实：上年度报告所列问题的整改情况】';
  return `${sentences.join('；')}。`;
}

function listText(notes: readonly Note[], what: string, verb: boolean): string {
  if (!notes.length) return `【待核实：${what}】`;
  return enumerate(notes.map((n) => (verb ? (withVerb(n.text) ?? undefined) : n.text) ?? toVerify(n)));
}

/** The offline draft of 五, whole or one of its parts. */
export function problemsDraft(target: DraftTarget, facts: Facts): SectionDraft {
  const notes = readNotes(target.notes);
  const by = (part: NoteLabel) => notes.filter((n) => partOf(n, target.kind) === part);
  const fixes = fixesText(by('fixed'), facts);
  const issues = listText(by('issue'), '本年度存在的主要问题', false);
  const measures = listText(by('measure'), '下一年度的改进措施', true);
  const self = selfReference(facts.unit);
  const plan = measures.startsWith('【')
    ? measures
    : `下一步，${self}将${measures.replace(/^一是/, '重点做好以下工作：一是')}`;
  switch (target.kind) {
    case 'fixes':
      return { paragraphs: [{ text: fixes }], missing: [] };
    case 'issues':
      return { paragraphs: [{ text: issues }], missing: [] };
    case 'measures':
      return { paragraphs: [{ text: plan }], missing: [] };
    default:
      return {
        paragraphs: [
          { text: `（一）上年度问题的改进情况。${fixes}` },
          { text: `（二）存在的主要问题。${issues}` },
          { text: `（三）改进措施。${plan}` },
        ],
        missing: [],
      };
  }
}
