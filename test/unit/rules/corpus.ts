import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, type Locale } from '../../../src/core/check';
import type { Finding } from '../../../src/core/rules/types';
import { ROOT, textAt } from '../helpers';

/**
 * The sentence corpus (test/fixtures/corpus/sentences.txt): sentences of our own, each placed into one
 * of our base reports and labelled with the findings it must raise (none when unlabelled).
 *
 * Syntax: `@base NAME` picks test/fixtures/corpus/NAME.md, `@slot NAME` where the text goes, `@rule CODE`
 * the rule the following entries exercise; `- text` is an entry, `- text => NB401@52, NB403` one with the
 * findings it must raise (`@` the text the finding must point at, `@维持«2»件` in context). `\n` in a
 * text is a line break.
 */

export interface Label {
  code: string;
  at?: string;
}

export interface Entry {
  line: number;
  base: string;
  slot: string;
  rule: string;
  text: string;
  labels: Label[];
}

export const CORPUS_DIR = join(ROOT, 'test', 'fixtures', 'corpus');

export function readCorpus(file = 'sentences.txt'): Entry[] {
  const entries: Entry[] = [];
  let base = '';
  let slot = '';
  let rule = '';
  readFileSync(join(CORPUS_DIR, file), 'utf8')
    .split('\n')
    .forEach((raw, k) => {
      const line = raw.trimEnd();
      const directive = /^@(base|slot|rule)\s+(\S+)$/.exec(line);
      if (directive) {
        if (directive[1] === 'base') base = directive[2];
        else if (directive[1] === 'slot') slot = directive[2];
        else rule = directive[2];
        return;
      }
      if (!line.startsWith('- ')) return;
      const [text, expect] = line.slice(2).split(/\s+=>\s+/);
      const labels = (expect ?? '')
        .split(/,\s*/)
        .filter(Boolean)
        .map((l) => {
          const [code, at] = l.split('@');
          return { code: code.trim(), at: at?.trim() };
        });
      entries.push({ line: k + 1, base, slot, rule, text: text.replace(/\\n/g, '\n'), labels });
    });
  return entries;
}

type Place = (report: string, text: string) => string;

const before =
  (anchor: string): Place =>
  (r, t) =>
    insertAt(r, r.indexOf(anchor), `${t}\n\n`, anchor);
const after =
  (anchor: string): Place =>
  (r, t) =>
    insertAt(r, r.indexOf(anchor) + anchor.length, `${t}\n\n`, anchor);
/** Appends the text to the paragraph that starts with `anchor` (same paragraph, after its last sentence). */
const appendTo =
  (anchor: string): Place =>
  (r, t) => {
    const start = r.indexOf(anchor);
    return insertAt(r, r.indexOf('\n', start), t, anchor);
  };
const replace =
  (anchor: string): Place =>
  (r, t) => {
    const i = r.indexOf(anchor);
    if (i < 0) throw new Error(`slot anchor not found: ${anchor}`);
    return r.slice(0, i) + t + r.slice(i + anchor.length);
  };

function insertAt(r: string, at: number, t: string, anchor: string): string {
  if (at < 0 || r.indexOf(anchor) < 0) throw new Error(`slot anchor not found: ${anchor}`);
  return r.slice(0, at) + t + r.slice(at);
}

/** The first line of the body (the title), the preamble paragraph, the signature date. */
const top: Place = (r, t) => insertAt(r, r.indexOf('\n# ') + 1, `${t}\n\n`, '\n# ');
const preamble: Place = (r, t) => {
  const start = r.indexOf('\n\n', r.indexOf('\n# ')) + 2;
  return r.slice(0, start) + t + r.slice(r.indexOf('\n\n## 一、'));
};
const date: Place = (r, t) => r.slice(0, r.trimEnd().lastIndexOf('\n') + 1) + t + '\n';
const signature: Place = (r, t) => {
  const sigStart = r.trimEnd().lastIndexOf('\n', r.trimEnd().lastIndexOf('\n') - 1) + 1;
  return r.slice(0, sigStart) + t + '\n\n' + r.slice(sigStart);
};

const common: Record<string, Place> = {
  three: after('## 三、收到和处理政府信息公开申请情况\n\n'),
  four: after('## 四、政府信息公开行政复议、行政诉讼情况\n\n'),
  five: before('## 六、'),
  six: signature,
  heading5: replace('## 五、存在的主要问题及改进情况'),
  heading6: replace('## 六、其他需要报告的事项'),
  top,
  preamble,
  date,
};

/** Where each slot is in each base report. */
const SLOTS: Record<string, Record<string, Place>> = {
  'dept-2023': {
    ...common,
    active: before('### （二）依申请公开'),
    apply: before('### （三）政府信息管理'),
    supervise: before('## 二、'),
    fee: replace('（一）收取信息处理费情况。本年度未向申请人收取政府信息公开信息处理费。'),
  },
  'vet-2024': {
    ...common,
    active: before('### （二）依申请公开'),
    apply: before('### （三）政府信息管理'),
    supervise: before('## 二、'),
    fee: replace('本年度未收取信息处理费。'),
  },
  'gov-2022': {
    ...common,
    active: appendTo('（一）主动公开情况。'),
    apply: appendTo('（二）依申请公开情况。'),
    supervise: appendTo('（五）监督保障情况。'),
    fee: replace('（一）收取信息处理费情况。本年度共发出收费通知5件，实际收取信息处理费0元。'),
  },
  'archive-2021': {
    ...common,
    apply: before('## 二、'),
    fee: replace('本年度未收取政府信息公开信息处理费。'),
  },
};

const baseCache = new Map<string, string>();
export function baseReport(name: string): string {
  let text = baseCache.get(name);
  if (text === undefined) baseCache.set(name, (text = readFileSync(join(CORPUS_DIR, `${name}.md`), 'utf8')));
  return text;
}

export function placed(entry: Entry): string {
  const place = SLOTS[entry.base]?.[entry.slot];
  if (!place) throw new Error(`line ${entry.line}: no slot “${entry.slot}” in base “${entry.base}”`);
  return place(baseReport(entry.base), entry.text);
}

const identity = (text: string, f: Finding) => `${f.code}\u0000${f.message}\u0000${textAt(text, f)}`;

/** The findings the entry adds to its base report (the base's own findings, e.g. NB201, left out). */
export function addedFindings(entry: Entry, locale: Locale = 'zh-cn'): { text: string; findings: Finding[] } {
  const base = baseReport(entry.base);
  const remaining = new Map<string, number>();
  for (const f of check(base, { locale }).findings)
    remaining.set(identity(base, f), (remaining.get(identity(base, f)) ?? 0) + 1);
  const text = placed(entry);
  const findings = check(text, { locale }).findings.filter((f) => {
    const id = identity(text, f);
    const n = remaining.get(id) ?? 0;
    if (n > 0) {
      remaining.set(id, n - 1);
      return false;
    }
    return f.severity !== 'info';
  });
  return { text, findings };
}

export interface Outcome {
  entry: Entry;
  matched: Array<{ label: Label; finding: Finding }>;
  falseAlarms: Finding[];
  missed: Label[];
  text: string;
}

/** Matches the findings an entry raised with its labels. */
export function score(entry: Entry): Outcome {
  const { text, findings } = addedFindings(entry);
  const left = [...findings];
  const matched: Outcome['matched'] = [];
  const missed: Label[] = [];
  for (const label of entry.labels) {
    const k = left.findIndex((f) => f.code === label.code && pointsAt(text, f, label.at));
    if (k < 0) missed.push(label);
    else matched.push({ label, finding: left.splice(k, 1)[0] });
  }
  return { entry, matched, falseAlarms: left, missed, text };
}

/**
 * Whether a finding points at the labelled text: `@52` the finding's text contains 52; `@维持«2»件` its
 * text is 2, preceded by 维持 and followed by 件 (for a figure written twice in a sentence).
 */
function pointsAt(text: string, f: Finding, at: string | undefined): boolean {
  if (!at) return true;
  const got = textAt(text, f);
  const m = /^(.*)«(.+)»(.*)$/.exec(at);
  if (!m) return got.includes(at);
  if (got !== m[2]) return false;
  const lines = text.split('\n');
  let start = f.range.start.character;
  for (let l = 0; l < f.range.start.line; l++) start += lines[l].length + 1;
  const end = start + got.length;
  return text.slice(start - m[1].length, start) === m[1] && text.slice(end, end + m[3].length) === m[3];
}
