/** The writer's notes, read: one note per bullet, its label, its text in 公文 wording, its figures with measure words. */

import {
  FORMAL_WORDING,
  MEASURE_WORDS,
  NOTE_LABELS,
  PLACE_LEAD,
  SUBJECT_LEAD,
  TIME_LEAD,
  VERB_OF_NOUN,
  VERBS,
} from './vocabulary';

export type NoteLabel = 'fixed' | 'issue' | 'measure' | 'plan' | 'other';

/** One bullet of the notes. */
export interface Note {
  /** As written (bullet mark taken off). */
  raw: string;
  label?: NoteLabel;
  /** The bullet in 公文 wording, figures and measure words joined, no closing punctuation. */
  text: string;
  /** The index of the group of bullets (a blank line starts the next group). */
  group: number;
}

const BULLET = /^\s*(?:[-*+]|\d+[.、)]|[（(]\d+[）)])\s*/;

/** The bullets of a notes block, each with its group and label. */
export function readNotes(notes: string): Note[] {
  const out: Note[] = [];
  let group = 0;
  for (const line of notes.split('\n')) {
    const raw = line.replace(BULLET, '').trim();
    if (!raw) {
      if (out.length && out[out.length - 1].group === group) group++;
      continue;
    }
    let text = raw;
    let label: NoteLabel | undefined;
    for (const [re, l] of NOTE_LABELS)
      if (re.test(text)) {
        label = l;
        text = text.replace(re, '');
        break;
      }
    out.push({ raw, label, text: formal(text), group });
  }
  return out;
}

/** A note in 公文 wording: the vocabulary applied, spaces around figures taken out, no closing punctuation. */
export function formal(text: string): string {
  let t = text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  for (const [re, to] of FORMAL_WORDING) t = t.replace(re, to);
  return t
    .replace(/\s*(\d+(?:\.\d+)?)\s*/g, '$1')
    .replace(/\s+/g, '')
    .replace(/[。；;，,、]+$/, '');
}

/** The measure word for a number counting `label`, if the vocabulary knows it. */
export function measureFor(label: string): string | undefined {
  return MEASURE_WORDS.find(([re]) => re.test(label))?.[1];
}

const UNIT_AFTER =
  // eslint-disable-next-line max-len -- a word list: a data table
  /^(?:余|多)?(?:个工作日|工作日|个百分点|个月|人次|件次|万元|亿元|元|件|条|篇|场|次|个|人|名|户|家|份|期|项|起|批|类|宗|例|天|日|年|周|张|册|本|套|台|部|所|座|间|处|位|轮|学时|课时|字|%|％)/;

/**
 * The bare numbers of a clause given measure words: from the list head (信息262条：安全生产104 → 104条)
 * or from what the label before each counts. Undefined when a number cannot be given one.
 */
export function withMeasureWords(text: string, head?: string): string | undefined {
  let failed = false;
  const out = text.replace(/(\d+(?:\.\d+)?)/g, (n, _m, at: number) => {
    const after = text.slice(at + n.length);
    const before = text.slice(0, at);
    if (UNIT_AFTER.test(after) || /[\d.〔［[【（(第]$/.test(before) || /^[年月日号〕］\]】）)]/.test(after)) return n;
    const label = before.split(/[，、；：:（(]/).pop() ?? '';
    const unit = head ?? measureFor(label);
    if (!unit) failed = true;
    return unit ? `${n}${unit}` : n;
  });
  return failed ? undefined : out;
}

/** Whether a clause says what was done: it opens with a verb, after a time word; or has its own subject. */
function hasVerb(clause: string): boolean {
  const rest = clause.replace(TIME_LEAD, '').replace(/^[，,]/, '');
  if (VERBS.test(rest)) return true;
  // 政务新媒体未出现问题: a subject, then what it did or did not.
  if (/^[\u4e00-\u9fff“”]{2,12}?(?:未|均|已|无|没有)[\u4e00-\u9fff]/.test(rest)) return true;
  const m =
    /开展|组织|发布|公开|建立|召开|举办|制定|印发|更新|开设|增设|新增|转发|推送|受理|办结|答复|承办|纳入|明确|完成|收到|收取|发出|责令|决定|维持|纠正/.exec(
      rest,
    );
  return !!m && SUBJECT_LEAD.test(rest.slice(0, m.index));
}

/**
 * A clause with a verb: as it is when it has one; a place before its verb takes 在 (门户网站专栏发布… →
 * 在门户网站专栏发布…); a bare noun phrase takes the verb its noun calls for. Undefined when none fits.
 */
export function withVerb(clause: string): string | undefined {
  if (hasVerb(clause)) return clause;
  const verb =
    /开展|组织|发布|公开|建立|召开|举办|制定|印发|更新|开设|增设|新增|转发|推送|受理|办结|答复|承办|收到|收取|发出|编制|设立|完成/.exec(
      clause,
    );
  if (verb && PLACE_LEAD.test(clause.slice(0, verb.index)) && !/[的之]/.test(clause.slice(0, verb.index)))
    return `在${clause}`;
  const noun = VERB_OF_NOUN.find(([re]) => re.test(clause));
  return noun ? `${noun[1]}${clause}` : undefined;
}
