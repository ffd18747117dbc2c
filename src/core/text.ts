/** Small facts about Chinese report text shared by the parser and the rules. */

import type { Text } from './rules/types';

export const CJK = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
export const CJK_RE = new RegExp(`[${CJK}]`);

/** One pattern of several alternatives, written one per line: `oneOf([/a/, /b/], 'g')` is `/a|b/g`. */
export function oneOf(alternatives: readonly RegExp[], flags = ''): RegExp {
  return new RegExp(alternatives.map((a) => a.source).join('|'), flags);
}

/** The start of a report file: front matter naming agency or year. */
export const REPORT_FRONT_MATTER_RE = /^---\s*\r?\n[\s\S]*?^(agency|year)\s*:/m;

/** A to-do marker the writer must replace: 【待补充：…】, 【待核实：…】 (also 待填写/待完善/待确认/待定). */
export const TODO_MARKER_SOURCE = '【\\s*待(?:补充|核实|填写|完善|确认|定)[^】]*】';

/** The report's name as titles write it (some units leave out 工作). */
export const REPORT_NAME_RE = /政府信息公开(?:工作)?年度报告/;

/**
 * Whether the start of a Markdown text is a report: front matter naming agency or year, or a heading
 * naming the annual report. The extension and the CLI ask the same question of Markdown files.
 */
export function isReportMarkdown(head: string): boolean {
  return REPORT_FRONT_MATTER_RE.test(head) || /^#{1,2}\s.*政府信息公开(?:工作)?年度报告\s*$/m.test(head);
}

/** A date line as written under a signature: 2022年1月20日, 2022 年 1 月 20 日, the blank `2022年  月  日`, 2022-01-20. */
export const DATE_LINE_RE = oneOf([
  /^(\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*([0-9〇零一二三四五六七八九十]{0,3})\s*月\s*([0-9〇零一二三四五六七八九十]{0,3})\s*日$/,
  // As a web page dates it: 2025-01-20, 2025.1.20, 2025/01/20.
  /^\d{4}[-./]\d{1,2}[-./]\d{1,2}$/,
]);

/** Suffixes of unit names (a signature line without a date must look like a unit). */
const UNIT_SUFFIX_RE =
  /(局|委|办|室|院|厅|中心|政府|委员会|公司|所|站|队|处|部|馆|署|司|镇|街道|乡|办事处|管委会|集团|学校|医院|社|台|会|区|县|市)$/;

export function looksLikeUnit(line: string): boolean {
  const t = line.trim();
  return t.length >= 2 && t.length <= 40 && !/[。，；：！？,;:!?]/.test(t) && UNIT_SUFFIX_RE.test(t);
}

/**
 * Web-page and conversion debris that is not report text (NB107); each pattern names what it is.
 * `chrome` patterns count only on a line that is not prose (no sentence punctuation): a page counter
 * `浏览量：1024` is debris, `网站总浏览量为536万，…` is report text.
 */
export const DEBRIS_PATTERNS: ReadonlyArray<{ re: RegExp; what: Text; chrome?: boolean }> = [
  { re: /\[image:[^\]]*\]/i, what: { zh: '图片占位符', en: 'an image placeholder' } },
  { re: /!\[[^\]]*\]\([^)]*\)/, what: { zh: '图片', en: 'an image link' } },
  { re: /(您|你)(当前|现在)?的?(所在)?位置[:：]/, what: { zh: '网页导航', en: 'web-page navigation' } },
  { re: /^当前位置[:：]/, what: { zh: '网页导航', en: 'web-page navigation' } },
  {
    re: /(浏览量|浏览次数|访问量|阅读量|点击数|点击量|阅读次数)(?:\s*[:：]|(?=\s*\d|\s{2,}|\s*$))/,
    what: { zh: '网页浏览计数', en: 'a page-view counter' },
    chrome: true,
  },
  {
    re: /(字号|字体|文字大小)[:：]?\s*(\[\s*\]|【?\s*大\s*】?\s*【?\s*中\s*】?\s*【?\s*小)/,
    what: { zh: '网页字号按钮', en: 'font-size buttons' },
  },
  { re: /文字大小[:：]/, what: { zh: '网页字号按钮', en: 'font-size buttons' } },
  { re: /背景色[:：]/, what: { zh: '网页配色按钮', en: 'colour buttons' } },
  {
    re: /^(?:[\s\u3000]*[【[]?[\s\u3000]*(?:打印本页|打印|关闭窗口|关闭|收藏|分享到|分享|返回顶部)[\s\u3000]*[】\]]?)+[\s\u3000]*$/,
    what: { zh: '网页按钮', en: 'web-page buttons' },
  },
  { re: /^\s*标签[:：]/, what: { zh: '网页标签栏', en: 'a tag bar' } },
  {
    re: /^\s*(文件下载|附件下载|相关附件|政策咨询|扫一扫在手机打开当前页|【?我要纠错】?)\s*$/,
    what: { zh: '网页栏目', en: 'a web-page panel' },
  },
  { re: /如果您对该政策文件有疑问/, what: { zh: '网页栏目说明', en: 'a web-page panel note' } },
  {
    re: /^\s*(网站地图|联系我们|关于我们)(\s*[|｜]\s*(网站地图|联系我们|关于我们|网站声明))*|(主办单位|主办|承办|版权所有)[:：]|ICP备\d+号/,
    what: { zh: '网页页脚', en: 'a web-page footer' },
  },
  { re: /\ufffd/, what: { zh: '乱码字符', en: 'garbled characters' } },
  { re: /[\u3041-\u3096\u30a1-\u30fa]/, what: { zh: 'OCR 残留假名', en: 'OCR residue (kana)' } },
];

/** The first debris pattern a line matches, if any. */
export function debrisIn(line: string): { index: number; length: number; what: Text } | undefined {
  for (const p of DEBRIS_PATTERNS) {
    if (p.chrome && PROSE_PUNCTUATION.test(line)) continue;
    const m = p.re.exec(line);
    if (m) return { index: m.index, length: m[0].length, what: p.what };
  }
  const ocr = /(?:\b[A-Za-z]{1,3}\b[ ]+){2,}\b[A-Za-z]{1,3}\b/.exec(line);
  if (ocr && CJK_RE.test(line) && !/(https?:|www\.|@)/i.test(line))
    return { index: ocr.index, length: ocr[0].length, what: { zh: 'OCR 残留字母', en: 'OCR residue (stray letters)' } };
  return undefined;
}

const PROSE_PUNCTUATION = /[。；，！？]/;

/** Fields of a web page's header: 发布日期：…, 信息来源：…, 索引号：… */
const PAGE_FIELD_RE = oneOf([
  /(发布(时间|日期)|信息来源|文章来源|发布机构|索引号|主题分类|发文日期|责任编辑|阅读次数|访问次数|浏览次数)\s*[:：]/,
  /^\s*(首页|网站首页|当前位置)\s*[>＞»›]/,
  /[>＞»›][^>＞»›。，]{1,20}[>＞»›]/,
  /^\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}/,
]);

/**
 * A line of the web page around a report rather than of the report: debris, or a header of page
 * fields (发布日期：2024-01-22 信息来源：…) or a breadcrumb, without sentence punctuation.
 */
export function isPageChrome(line: string): boolean {
  if (/[。；]/.test(line)) return false;
  return debrisIn(line) !== undefined || PAGE_FIELD_RE.test(line);
}

/** The text with the lines of page chrome blanked (same length, so offsets stay those of the source). */
export function withoutChrome(text: string): string {
  return text
    .split('\n')
    .map((l) => (isPageChrome(l) ? ' '.repeat(l.length) : l))
    .join('\n');
}
