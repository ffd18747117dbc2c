/** Tense and time reference in a sentence: plans, carry-over, last year, changes against it. */

import { oneOf } from '../text';
import type { Span } from './split';

/**
 * Words that make the rest of a sentence a plan. 将 only as the future auxiliary (我局将…, 将进一步…),
 * not the preposition (将政务公开纳入考核); 计划 only as a verb (计划于…), not a noun (年度工作计划);
 * 拟 not in 拟定/拟制; 下一年度 not in 结转下一年度.
 */
const PLAN_MARKERS = [
  // eslint-disable-next-line max-len -- a word list: a data table
  /即将|将来|将(?=要|会|进一步|继续|持续|着力|重点|全面|不断|深入|加大|加快|大力|积极|切实|认真|围绕|以|在|于|把|按照|对|从|坚持|加强|推进|推动|深化|做好|开展|建立|健全|完善|落实|提升|强化|聚焦|严格|及时|探索|优化|规范|抓好|组织|定期|逐步|力争|确保|紧扣|结合|充分|扎实|着眼|巩固|进一)/,
  /(?:[我本]|全)(?:局|区|县|市|委|办|厅|中心|单位|部门|镇|乡|街道|院|所|站|队|处|馆|们)将(?![^，。；]{0,16}?(?:纳入|列入|作为|融入|写入|贯穿|转为|列为))/,
  /(?<!工作|规划|年度|发展|实施|行动|培训|采购|项目|编制|财政|预算|制定|印发|出台|按|按照|根据|依照|依据|列入|纳入|既定|原)计划(?!书|表|单|任务|目标|安排|执行|完成|内)/,
  /(?<![草起模虚])拟(?![定制稿写办任题出]|公开的|发布的)/,
  /力争|争取|下一步|下一阶段|下阶段|明年|来年|今后|未来|预计|打算|展望|接下来|新的一年/,
  /(?<!结转|转入|顺延|顺延到|顺延至|结转到|结转至|转至|延续至|跨|留待|转到|延期至|延期到|延至)下一?年度?(?!结转)/,
];

/** A clause that only says when or who before the plan itself: `2024年，` `下一步，` `我局` */
const LEAD_CLAUSE = oneOf([
  /^\s*(?:在|于|到|至)?\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年度?(?:上半年|下半年|[初底内中])?\s*$/,
  /^\s*(?:下一步|今后|明年|来年|下阶段|下一阶段|未来|新的一年|接下来)\s*$/,
]);

/** Where a plan starts in a sentence (an offset in the paragraph), or undefined when it states no plan. */
export function planStart(text: string, sentence: Span, clauses: readonly Span[]): number | undefined {
  let at = -1;
  for (const re of PLAN_MARKERS) {
    const m = re.exec(sentence.text);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) return undefined;
  const abs = sentence.start + at;
  let k = clauses.findIndex((c) => abs >= c.start && abs < c.end + 1);
  if (k < 0) return abs;
  while (k > 0 && LEAD_CLAUSE.test(text.slice(clauses[k - 1].start, clauses[k - 1].end))) k--;
  return clauses[k].start;
}

/** A year naming something to come: 2024年工作计划, 2024年度政务公开工作要点, 2024年春节. */
export const PLAN_NAME_AFTER =
  /^度?(?:政务公开|政府信息公开)?(?:工作)?(?:计划|打算|要点|目标|任务|思路|重点|安排)|^(?:元旦|春节|清明|五一|劳动节|端午|中秋|国庆|“?两节”?|汛期|高考|中考)/;
/** A heading (or run-in heading) of plans: （三）改进措施, 下一步工作打算, 2024年工作计划. */
const PLAN_NUMBER = /[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+[、.．]|\d+[.．、]/.source;
const PLAN_WORDS = /改进措施|整改措施|下一步|工作打算|工作计划|工作思路|努力方向|工作安排/.source;
export const PLAN_HEADING = new RegExp(`^\\s*(${PLAN_NUMBER})?[^。]{0,12}(${PLAN_WORDS})[^。]{0,8}[。：:]?\\s*$`);

/** A clause that says something was done (了, 已, 完成…): its year is not a plan's. */
export const PAST_RE = /了|已|曾|完成|召开|举办|开展了|印发了/;
/** A year from which a rule applies (2024年起，…): a policy for the years to come, not an event. */
export const FROM_YEAR_AFTER = /^(?:度)?(?:起|开始)/;
/** A year as a target: 到2025年, 至2025年底. */
export const TARGET_BEFORE = /(?<!截|截止|截至|结转|转入|顺延|延续|转)(?:到|至)\s*$/;
/** A year or count where unfinished applications go: 结转至2026年, 转入下一年度. */
export const CARRY_BEFORE = /(?:结转|转入|顺延|延续|转)(?:到|至)?\s*$/;
/** A status as of a date after the year (截至2024年1月10日): not an event of that year. */
export const AS_OF_BEFORE = /(?:截至|截止|截止到|至今|目前)[^，。；]{0,4}$/;

/** Words naming last year; 上年结转 is the carried-over quantity, not last year's figure. */
const LAST_YEAR = /上一?年度?(?!度?结转|度?转入|度?遗留|未办结)|去年|同期|前一年|上年度/;

/** Whether the text before a figure in its clause speaks of last year (or names the year before). */
export function aboutLastYear(before: string, year: number | undefined): boolean {
  if (LAST_YEAR.test(before) && !/上一?年度?结转|结转上一?年/.test(before)) return true;
  if (year === undefined) return false;
  const m = /(\d{4})\s*年度?/.exec(before);
  return !!m && Number(m[1]) === year - 1 && !/结转/.test(before);
}

/** A clause that frames what follows as last year's: 上年度报告中, (在)2022年（in a 2023 report）, 去年. */
const LAST_YEAR_FRAME = /^\s*(在)?(上一?年度?|去年|前一年)(的)?(报告|年报)?(中|里|期间|全年)?\s*$/;
/** A clause that returns to the report year. */
const THIS_YEAR = /本年|今年|本年度|全年/;

/**
 * Which figures a framing clause makes last year's: those after 上年度报告中，… in its sentence, up to
 * a clause that returns to the report year.
 */
export function lastYearFrame(clauses: readonly Span[], year: number | undefined): (f: { start: number }) => boolean {
  const frame = clauses.findIndex((c) => {
    if (LAST_YEAR_FRAME.test(c.text)) return true;
    const y = /^\s*(?:在|于)?\s*(\d{4})\s*年度?\s*$/.exec(c.text);
    return !!y && year !== undefined && Number(y[1]) === year - 1;
  });
  if (frame < 0) return () => false;
  const back = clauses.findIndex((c, k) => k > frame && THIS_YEAR.test(c.text));
  const end = back < 0 ? Infinity : clauses[back].start;
  return (f) => f.start >= clauses[frame].end && f.start < end;
}

/** A count that is a difference: 较上年增加3件, 同比减少2个百分点. */
const CHANGE_BEFORE = oneOf([
  /(?:增加|减少|增长|下降|上升|回落|提高|降低|多出|少了|增|减|多|少)了?(?:约|近|超过)?\s*$/,
  /(?:较|比|同比)[^，。；]{0,12}(?:增加|减少|增长|下降|上升|回落|提高|降低)[^，。；]{0,4}$/,
]);

/** Whether a figure is a difference (its clause compares before it), or a percentage point. */
export function isChange(before: string, unit: string | undefined): boolean {
  return unit === '个百分点' || CHANGE_BEFORE.test(before);
}

/** Words that make a percentage a change against another period, not a share. */
export const COMPARISON_RE = /较|同比|环比|增长|下降|回落|提高|增加|减少|上升|提升|降低|比上年|比去年|增幅|降幅/;
