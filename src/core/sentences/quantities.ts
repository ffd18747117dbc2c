/** The phrases that name each table quantity and column, and what a sentence is about. */

import type { Quantity, QuantityColumn, Topic } from './types';

/** Phrases that name a quantity by a verb or a category of result, tried in this order on ties. */
export const QUANTITY_PHRASES: ReadonlyArray<[Quantity, RegExp]> = [
  [
    'R4',
    // eslint-disable-next-line max-len -- a word list: a data table
    /结转(?:到|至)?下一?年度?|转入下一?年度?|延期(?:到|至)下一?年度?|延至下一?年度?|顺延(?:到|至)?下?一?年度?|结转下年|结转(?:到|至)\d{4}年|转入\d{4}年|结转(?:到|至)?次年|留待下一?年度?|转至下一?年度?/g,
  ],
  ['R1R2', /(?:共需|需要?|应|待)办理|办理总量/g],
  ['R2', /上一?年度?结转|上年度?转入|结转上一?年度?|上年度?遗留|上年度?未办结|\d{4}年度?结转(?!至|到)/g],
  ['AB', /(?:予以|全部)?公开(?:和|及|与|、|或|以及)部分公开/g],
  ['A', /予以公开|全部公开|同意公开/g],
  ['B', /部分公开/g],
  ['C', /不予公开/g],
  ['D', /无法提供/g],
  ['E', /不予处理/g],
  ['F', /其他处理/g],
  ['reviewAll', /(?:行政)?复议(?:和|及|与|、|或)(?:行政)?诉讼|复议诉讼/g],
  ['litigation', /行政诉讼|诉讼|起诉/g],
  ['reconsideration', /行政复议|复议/g],
  ['T', /办结|答复|办理完毕|已办理|处理完毕|作出答复|(?<!继续)办理(?!结果)/g],
  ['R1', /收到|受理|新收|接收|接到|收悉/g],
];

/** Quantities of section 四: they need no topic, their own words name it. */
export const REVIEW_QUANTITIES: readonly Quantity[] = ['reconsideration', 'litigation', 'reviewAll'];
/** The result categories of table 三, in order. */
export const RESULT_QUANTITIES: readonly Quantity[] = ['A', 'B', 'C', 'D', 'E', 'F'];

/** A phrase found in a stretch of text. */
export interface Named {
  quantity: Quantity;
  start: number;
  end: number;
  /** The words that name it. */
  text: string;
}

/** Every quantity phrase in a text, by position (a longer phrase hides the shorter ones inside it). */
export function namedQuantities(text: string): Named[] {
  const found: Named[] = [];
  for (const [quantity, re] of QUANTITY_PHRASES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => f.start <= start && end <= f.end)) continue;
      found.push({ quantity, start, end, text: m[0] });
    }
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The quantity a text before a figure names: the nearest phrase, except that a carry-over (结转下年度
 * 继续办理, 上年结转…已办结) or a result category (予以公开答复) names the figure even when a verb of
 * handling follows it.
 */
export function nearestNamed(before: string): { named: Named[]; nearest?: Named } {
  const named = namedQuantities(before);
  const carry = [...named].reverse().find((n) => n.quantity === 'R4' || n.quantity === 'R2');
  const last = named[named.length - 1];
  if (carry && last?.quantity === 'T') return { named, nearest: carry };
  // 予以公开答复966件: a category and the verb of answering it name the category.
  const previous = named[named.length - 2];
  if (
    last?.quantity === 'T' &&
    previous &&
    RESULT_QUANTITIES.includes(previous.quantity) &&
    last.start - previous.end <= 1
  )
    return { named, nearest: previous };
  return { named, nearest: last };
}

/**
 * A bare `申请` naming the applications received: the clause says nothing else about them
 * (政府信息公开申请数量为15件), rather than a subset (涉及征地拆迁的申请8件).
 */
export function namesAllApplications(before: string): boolean {
  const rest = before.replace(
    // eslint-disable-next-line max-len -- a word list: a data table
    /^[（(]+|\s+|其中|共计?|合计|总计|累计|全年|本年度?|年度|今年|\d{4}年度?|政府信息公开|信息公开|依申请公开|政府信息|的|数量|件数|总数|总量|数|为|达到?|计|有|人|我局|本局|本机关|本单位|[，,：:]/g,
    '',
  );
  return rest === '申请';
}

/** Words that make a figure a subset: a channel, a subject, a timing (网上申请12件, 延期答复2件). */
export const SUBSET_RE =
  /涉及|关于|有关|类|方面|领域|事项|网上|网络|在线|信函|邮寄|当面|现场|传真|电子邮件|邮件|来自|针对|延期|延长|逾期|按时|当场|限时|当日|即时|通过|占|期限内|时限内|引用/;

/** A part of the unit (区政府本级, 各部门和街镇): its count is a part, unless it says 共/全 (区政府及各部门共收到). */
export const SUBUNIT_RE = /本级|各部门|各单位|各街镇|各镇街|各乡镇|各街道|所属|下属|二级单位/;

/** Clauses about other business that also use 办结/答复/申请 (suggestions, hotlines, licences…). */
export const OTHER_BUSINESS =
  /咨询|建议|提案|留言|来信|来电|热线|政务服务|办件|审批|信访件|网民|诉求|许可|依申请事项|便民|工单|投诉|举报|意见|查档|档案查询|档案利用/;

/** The items of the categories 不予公开, 无法提供, 不予处理, 其他处理, by the reason a clause gives. */
const ITEM_PHRASES: ReadonlyArray<[string, RegExp]> = [
  ['C1', /国家秘密/],
  ['C2', /法律行政法规禁止/],
  ['C3', /三安全一稳定/],
  ['C4', /第三方合法权益|商业秘密|个人隐私/],
  ['C5', /内部事务/],
  ['C6', /过程性信息/],
  ['C7', /执法案卷/],
  ['C8', /行政查询/],
  ['D1', /不掌握|不存在/],
  ['D2', /另行制作|加工|汇总|分析/],
  ['D3', /仍不明确|内容不明确/],
  ['E1', /信访|举报|投诉/],
  ['E2', /重复申请/],
  ['E3', /公开出版物/],
  ['E4', /大量反复/],
  ['E5', /确认|重新出具/],
  ['F1', /不补正/],
  ['F2', /收费通知|缴纳费用|缴费/],
];

/** The one item of a category a clause names by its reason; none when it names several or says 等. */
export function itemNamed(before: string, category: Quantity): string | undefined {
  if (/等/.test(before)) return undefined;
  const found = ITEM_PHRASES.filter(([k, re]) => k[0] === category && re.test(before));
  return found.length === 1 ? found[0][0] : undefined;
}

/** Applicant columns of table 三 and result columns of table 四, named by their subject. */
export const COLUMN_PHRASES: ReadonlyArray<[QuantityColumn, RegExp]> = [
  ['organisations', /法人或其他组织|法人和其他组织|法人及其他组织|法人/],
  ['natural', /自然人|公民个人|个人申请/],
  ['business', /商业企业|企业申请|企业提出/],
  ['research', /科研机构/],
  ['publicWelfare', /社会公益组织/],
  ['legal', /法律服务机构|律师事务所/],
  ['upheld', /维持/],
  ['corrected', /纠正|撤销|责令|确认违法/],
  ['other', /其他结果/],
  ['pending', /尚未审结|未审结|审理中|未结案/],
];

const REVIEW_COLUMNS: readonly QuantityColumn[] = ['upheld', 'corrected', 'other', 'pending'];

/** The column a clause restricts its figure to, if any: applicant types for 三, results for 四. */
export function columnNamed(before: string, review: boolean): QuantityColumn | undefined {
  for (const [column, re] of COLUMN_PHRASES)
    if (REVIEW_COLUMNS.includes(column) === review && re.test(before)) return column;
  return undefined;
}

const APPLICATION_WORDS = /信息公开申请|依申请|申请公开|公开申请|申请人|申请/;
const RESULT_WORDS = /予以公开|部分公开|不予公开|无法提供|不予处理|其他处理/;
const RESULT_WORDS_ALL = new RegExp(RESULT_WORDS.source, 'g');
const HANDLING_WORDS = /办结|答复|受理|收到|办理/;

/** The label of 不予处理's first item names complaints without being about them. */
export const E1_LABEL = /信访举报投诉类?(申请)?|举报投诉类?/g;

/** What a sentence is about by its own words; undefined when it does not say. */
export function ownTopic(text: string): Topic | undefined {
  const sentence = text.replace(E1_LABEL, '不予处理');
  if (APPLICATION_WORDS.test(sentence) && !OTHER_BUSINESS.test(sentence.replace(/信息公开申请|依申请公开/g, '')))
    return 'applications';
  if (RESULT_WORDS.test(sentence) && HANDLING_WORDS.test(sentence) && !OTHER_BUSINESS.test(sentence))
    return 'applications';
  // 予以公开、部分公开共17件: two result categories are the applications' own words.
  if (new Set(sentence.match(RESULT_WORDS_ALL)).size >= 2) return 'applications';
  if (/信息公开申请|依申请公开/.test(sentence)) return 'applications';
  if (/复议|诉讼/.test(sentence)) return 'review';
  if (OTHER_BUSINESS.test(sentence)) return 'other';
  return undefined;
}
