/** A note as a clause of 公文 prose: a verb, measure words, categories as a 其中 list, zero as 未. */

import { measureFor, withMeasureWords, withVerb, type Note } from './notes';

const LIST = /^(.*?(\d+(?:\.\d+)?)(个工作日|人次|万元|件|条|篇|场|次|个|人|名|项|期|家|户|份)?)[：:（(](.+?)[）)]?$/;
const LABEL_DONE = /(类|信息|文件|公示|事项|公告|动态|规划|其他|其它)$/;

/** 信息262条：安全生产104、其他30 → 信息262条，其中安全生产类104条、其他信息30条. */
function categories(text: string): string | undefined {
  const m = LIST.exec(text);
  if (!m) return undefined;
  const items = m[4].split(/[、，,；;]/).filter(Boolean);
  if (items.length < 2 || !items.every((i) => /^[\u4e00-\u9fff]+\d+(?:\.\d+)?$/.test(i))) return undefined;
  const headLabel = m[1].slice(0, m[1].length - m[2].length - (m[3]?.length ?? 0));
  const unit = m[3] ?? measureFor(headLabel);
  if (!unit) return undefined;
  const noun = /(信息|文件|申请|解读|事项)$/.exec(headLabel)?.[1] ?? '';
  const listed = items.map((i) => {
    const [, label, n] = /^([\u4e00-\u9fff]+)(\d+(?:\.\d+)?)$/.exec(i)!;
    const named = /^其[他它]$/.test(label) ? `其他${noun}` : LABEL_DONE.test(label) ? label : `${label}类`;
    return `${named}${n}${unit}`;
  });
  return `${headLabel}${m[2]}${unit}，其中${listed.join('、')}`;
}

/** 发出收费通知0件 → 未发出收费通知; 复议0 → 未发生行政复议. */
function zero(clause: string): string | undefined {
  const m = /^(.*?)0(?:件|次|个|条|人|元|万元|项|场|篇)?$/.exec(clause);
  if (!m || /\d/.test(m[1])) return undefined;
  const what = m[1].replace(/[为是共计达]+$/, '');
  if (/^(行政)?(复议|诉讼)$/.test(what)) return `未发生行政${what.replace(/^行政/, '')}`;
  if (/^(未|无|没有)/.test(what)) return what;
  const verbed = withVerb(what);
  return verbed ? `未${verbed}` : undefined;
}

/**
 * A note's text as a clause (or a run of clauses joined by ，): figures with measure words, the first
 * clause with a verb. Undefined when the drafter cannot make a sentence of it.
 */
export function clauseOf(note: Note): string | undefined {
  const listed = categories(note.text);
  const text = listed ?? note.text;
  const parts = text.split(/[，,；;]/).filter(Boolean);
  const out: string[] = [];
  for (const [i, part] of parts.entries()) {
    const z = zero(part);
    if (z) {
      out.push(z);
      continue;
    }
    const measured = listed && i > 0 ? part : withMeasureWords(part);
    if (!measured) return undefined;
    if (i === 0) {
      const verbed = withVerb(measured);
      if (!verbed) return undefined;
      out.push(verbed);
    } else out.push(measured);
  }
  return out.length ? out.join('，') : undefined;
}

/** A note kept for the writer: never pasted as prose. */
export function toVerify(note: Note): string {
  return `【待核实：原要点“${note.raw.replace(/[【】]/g, '')}”】`;
}
