import { findCounts, findPercents, quantityOf, type Count, type Quantity } from '../numbers';
import { REVIEW_PARTS } from '../formats/tables';
import { readNumber, type Tables } from '../tables';
import { applicationsConsistentWith } from './arith';
import { proseLines, proseParagraphs, rangeIn, splitWithOffsets } from './prose';
import { TODO_MARKER_SOURCE } from '../text';
import { defineRule, type Text } from './types';

const SENTENCE_END = /[。！？!?\n]/;
const CLAUSE_SEP = /[，,、；;：:（）()]/;
/** Clauses about other business (suggestions, hotlines…) that also use 办结/答复. */
const OTHER_BUSINESS = /咨询|建议|提案|留言|来信|来电|热线|政务服务|办件|审批|信访件|网民|诉求/;

const QUANTITY_NAME: Record<Quantity, Text> = {
  R1: { zh: '本年新收申请', en: 'applications received' },
  R2: { zh: '上年结转申请', en: 'applications carried over' },
  T: { zh: '办结（答复）申请', en: 'applications answered' },
  R4: { zh: '结转下年度继续办理', en: 'applications carried forward' },
  AB: { zh: '予以公开和部分公开', en: 'disclosed in full or in part' },
  A: { zh: '予以公开', en: 'disclosed' },
  B: { zh: '部分公开', en: 'partly disclosed' },
  C: { zh: '不予公开', en: 'refused' },
  D: { zh: '无法提供', en: 'unable to provide' },
  E: { zh: '不予处理', en: 'not processed' },
  F: { zh: '其他处理', en: 'otherwise handled' },
  reconsideration: { zh: '行政复议', en: 'administrative reconsiderations' },
  litigation: { zh: '行政诉讼', en: 'lawsuits' },
};

/** The rows of section 三 each quantity is read from. */
function rowsOf(tables: Tables, q: Quantity): string[] {
  switch (q) {
    case 'AB':
      return ['A', 'B'];
    case 'C':
    case 'D':
    case 'E':
    case 'F': {
      const items = tables.itemsOf(q);
      return items.length ? items : [q];
    }
    default:
      return [q];
  }
}

/**
 * The values the tables give for a quantity (several where the text may legitimately mean either);
 * undefined when the rows it needs are not in the table, so nothing is compared against absent data.
 */
function tableValues(tables: Tables, q: Quantity, context: string): number[] | undefined {
  if (q === 'reconsideration' || q === 'litigation') {
    const rev = tables.get('review');
    const rows = q === 'reconsideration' ? ['reconsideration'] : ['directSuit', 'suitAfterReview'];
    if (!rev || !rows.every((r) => rev.rowByKey.has(r))) return undefined;
    const values = rows.map((r) => tables.value('review', r, 'total'));
    return [values.reduce((a, b) => a + b, 0), ...(values.length > 1 ? values : [])];
  }
  const app = tables.get('applications');
  const rows = rowsOf(tables, q);
  if (!app || !rows.every((r) => app.rowByKey.has(r))) return undefined;
  const total = tables.sum('applications', rows, 'total');
  // 共收到申请16件（含上年结转1件）: the count includes the carried-over ones.
  if (q === 'R1' && app.rowByKey.has('R2') && /(含|包括|加上|连同)[^，。；]{0,8}结转/.test(context))
    return [total, total + tables.value('applications', 'R2', 'total')];
  return [total];
}

/**
 * Whether a table can be trusted to correct the text: every row and cell present and readable, and
 * its own sums holding (while the table contradicts itself, which figure is right is not certain).
 */
function trustworthy(tables: Tables, id: 'applications' | 'review'): boolean {
  if (id === 'applications') return applicationsConsistentWith(tables);
  const t = tables.get(id);
  if (!t || t.unknownRows.length || t.columnIndex.size !== t.def.columns.length) return false;
  return t.def.rows.every((r) => {
    const row = t.rowByKey.get(r.key);
    if (!row || ![...t.columnIndex.values()].every((i) => row.cells[i] && readNumber(row.cells[i].text) !== null))
      return false;
    return tables.value(id, r.key, 'total') === REVIEW_PARTS.reduce((s, c) => s + tables.value(id, r.key, c), 0);
  });
}

const NONE_REVIEW_RE = /(未|没有|无)(发生|出现|涉及|收到)?[^。；，]{0,24}(行政复议|复议|诉讼)/;
const NONE_APPLICATION_RE = /(未|没有)(收到|受理|接到|发生)[^。；，]{0,16}申请/;

export const tableMismatch = defineRule({
  code: 'NB401',
  name: 'text.table-mismatch',
  severity: 'warning',
  fixable: true,
  title: { zh: '正文数字与表格不符', en: 'Narrative figure contradicts the tables' },
  description: {
    zh: '正文中描述表格所载数量（新收、结转、办结、予以公开等申请数，复议诉讼数）的数字与表格不一致；或称「未发生复议诉讼」「未收到申请」而表格不为0。',
    en: 'A number in the narrative describes a quantity the tables hold, and differs.',
  },
  check({ report, tables }, emit) {
    if (!tables.get('applications') && !tables.get('review')) return;
    for (const p of proseParagraphs(report, ['一', '三', '四'])) {
      if (!/申请|复议|诉讼/.test(p.text)) continue;
      for (const sentence of splitWithOffsets(p.text, SENTENCE_END)) {
        const s = sentence.text;
        const aboutApplications = /申请/.test(p.text);
        const clauses = splitWithOffsets(s, CLAUSE_SEP);
        for (const c of findCounts(s)) {
          const clause = clauses.find((x) => x.start <= c.start && c.end <= x.start + x.text.length);
          if (!clause || OTHER_BUSINESS.test(clause.text)) continue;
          const before = s.slice(clause.start, c.start);
          const after = s.slice(c.end, clause.start + clause.text.length);
          const q = quantityOf(before, after);
          if (!q) continue;
          const isReview = q === 'reconsideration' || q === 'litigation';
          if (c.unit !== '件' && !(isReview && c.unit === '起')) continue;
          // Generic verbs (收到, 办结, 答复) count only in a sentence about applications; the result
          // categories (予以公开, 无法提供…) are the applications' own words, in a paragraph about them.
          if ((q === 'R1' || q === 'T') && !/申请/.test(s)) continue;
          if (!isReview && !aboutApplications) continue;
          const expected = tableValues(tables, q, clause.text + s.slice(c.end, c.end + 16));
          if (!expected || expected.includes(c.value)) continue;
          const written = s.slice(c.start, c.numberEnd);
          const certain = /^\d+$/.test(written) && trustworthy(tables, isReview ? 'review' : 'applications');
          const name = QUANTITY_NAME[q];
          emit({
            range: rangeIn(report, p.offset, sentence.start + c.start, sentence.start + c.numberEnd),
            message: {
              zh: `正文称${name.zh}${written}${c.unit}，表格为${expected[0]}${c.unit}`,
              en: `The text gives ${written} ${name.en}; the tables give ${expected[0]}`,
            },
            fix: certain
              ? {
                  title: { zh: `改为 ${expected[0]}`, en: `Replace with ${expected[0]}` },
                  edits: [
                    {
                      range: rangeIn(report, p.offset, sentence.start + c.start, sentence.start + c.numberEnd),
                      newText: String(expected[0]),
                    },
                  ],
                }
              : undefined,
          });
        }
        // Statements of "none".
        const none = NONE_REVIEW_RE.exec(s);
        if (none && !/未经复议/.test(none[0]) && tables.get('review')) {
          const rows = ['reconsideration', 'directSuit', 'suitAfterReview'];
          const sum = rows.reduce((acc, r) => acc + tables.value('review', r, 'total'), 0);
          if (sum > 0)
            emit({
              range: rangeIn(
                report,
                p.offset,
                sentence.start + none.index,
                sentence.start + none.index + none[0].length,
              ),
              message: {
                zh: `正文称未发生行政复议或诉讼，而第四部分表格合计为${sum}件`,
                en: `The text says there was no reconsideration or lawsuit; section 四 counts ${sum}`,
              },
            });
        }
        const noApp = NONE_APPLICATION_RE.exec(s);
        if (noApp && tables.get('applications')) {
          const r1 = tables.value('applications', 'R1', 'total');
          if (r1 > 0)
            emit({
              range: rangeIn(
                report,
                p.offset,
                sentence.start + noApp.index,
                sentence.start + noApp.index + noApp[0].length,
              ),
              message: {
                zh: `正文称未收到申请，而表格本年新收申请为${r1}件`,
                en: `The text says no applications were received; the table counts ${r1}`,
              },
            });
        }
      }
    }
  },
});

const LIST_MARKER = /其中|包括|含有|包含/g;
const REST_RE = /其他|其余|其它|另有|剩余/;

export const itemisedSum = defineRule({
  code: 'NB402',
  name: 'text.itemised-sum',
  severity: 'warning',
  fixable: false,
  title: { zh: '分项之和与总数不符', en: 'Itemised counts do not add up' },
  description: {
    zh: '「共N…，其中a…、b…、c…」中分项之和大于总数，或列举已完整（以「其他」结尾）而和小于总数。单个「其中a」是子集，不检查。',
    en: '`共N…，其中a…、b…` where the items add up to more than N, or a complete list adds up to less.',
  },
  check({ report }, emit) {
    for (const p of proseParagraphs(report)) {
      if (!/其中|包括|含有|包含/.test(p.text)) continue;
      for (const sentence of splitWithOffsets(p.text, /[。！？!?\n]/)) {
        const s = sentence.text;
        if (!/其中|包括|含有|包含/.test(s)) continue;
        const counts = findCounts(s);
        LIST_MARKER.lastIndex = 0;
        for (let m = LIST_MARKER.exec(s); m; m = LIST_MARKER.exec(s)) {
          const total = [...counts]
            .reverse()
            .find((c) => c.end <= m!.index && /^[\s，,：:（(]*$/.test(s.slice(c.end, m!.index)));
          if (!total) continue;
          const items = listItems(s, m.index + m[0].length, counts, total.unit);
          if (items.length < 2) continue;
          const sum = items.reduce((a, c) => a + c.value, 0);
          const lastLabel = s.slice(
            items.length > 1 ? items[items.length - 2].end : m.index,
            items[items.length - 1].start,
          );
          const complete = REST_RE.test(lastLabel);
          if (sum > total.value || (complete && sum < total.value))
            emit({
              range: rangeIn(report, p.offset, sentence.start + total.start, sentence.start + total.numberEnd),
              message: {
                zh: `总数为${total.value}${total.unit}，而所列分项${items.map((i) => i.value).join('＋')}＝${sum}${total.unit}`,
                en: `The total is ${total.value} but the listed items add up to ${sum} (${items.map((i) => i.value).join(' + ')})`,
              },
            });
        }
      }
    }
  },
});

/** The counts of a list that starts at `from`: segments separated by the list's own separator. */
function listItems(s: string, from: number, counts: Count[], unit: string): Count[] {
  const items: Count[] = [];
  let pos = from;
  let separator: string | undefined;
  for (;;) {
    const c = counts.find((x) => x.start >= pos);
    if (!c || c.unit !== unit) break;
    const label = s.slice(pos, c.start);
    if (/占|共|合计|累计|总计|[%％]/.test(label) || (items.length > 0 && /[，,、；;]/.test(label))) break;
    items.push(c);
    const next = s[c.end];
    if (next === undefined) break;
    if (next === '和' || next === '及' || next === '与') {
      pos = c.end + 1;
      continue;
    }
    if (!'、，,；;'.includes(next)) break;
    if (separator && next !== separator) break;
    separator = next;
    pos = c.end + 1;
  }
  return items;
}

const COMPARISON_RE = /较|同比|环比|增长|下降|回落|提高|增加|减少|上升|提升|降低|达到|达/;

export const percentage = defineRule({
  code: 'NB403',
  name: 'text.percentage',
  severity: 'warning',
  fixable: false,
  title: { zh: '百分比与数字不符', en: 'Percentage does not follow from the counts' },
  description: {
    zh: '百分比与其旁边写出的数字（分子）及总数（分母）算出的结果不符，超出所写精度。',
    en: 'A percentage that does not follow from the counts written next to it, beyond the precision written.',
  },
  check({ report }, emit) {
    for (const p of proseParagraphs(report)) {
      if (!/[%％]|百分之/.test(p.text)) continue;
      const all = findCounts(p.text);
      for (const sentence of splitWithOffsets(p.text, /[。！？!?\n；;]/)) {
        const s = sentence.text;
        for (const pc of findPercents(s)) {
          const clauses = splitWithOffsets(s, /[，,、：:]/);
          const ci = clauses.findIndex((x) => x.start <= pc.start && pc.start <= x.start + x.text.length);
          const clause = clauses[ci];
          if (!clause || COMPARISON_RE.test(s.slice(clause.start, pc.start))) continue;
          // The numerator: the nearest count before the percentage, in its clause or the one before.
          const windowStart = clauses[Math.max(0, ci - 1)].start;
          const local = findCounts(s).filter((c) => c.end <= pc.start && c.start >= windowStart);
          const num = local[local.length - 1];
          if (!num) continue;
          const absStart = sentence.start + num.start;
          const bases = all.filter(
            (c) => c.unit === num.unit && c.start !== absStart && c.value >= num.value && c.value > 0,
          );
          if (!bases.length) continue;
          const tolerance = Math.pow(10, -pc.decimals);
          const ok = bases.some((b) => Math.abs((num.value / b.value) * 100 - pc.value) < tolerance);
          if (ok) continue;
          const before = bases.filter((b) => b.start < absStart);
          const base = before.length ? before[before.length - 1] : bases[0];
          const actual = ((num.value / base.value) * 100).toFixed(Math.max(1, pc.decimals));
          emit({
            range: rangeIn(report, p.offset, sentence.start + pc.start, sentence.start + pc.end),
            message: {
              zh: `${pc.value}%与所写数字不符：${num.value}÷${base.value}＝${actual}%`,
              en: `${pc.value}% does not follow from the counts: ${num.value} ÷ ${base.value} = ${actual}%`,
            },
          });
        }
      }
    }
  },
});

const PLACEHOLDER_RES: Array<{ re: RegExp; what: Text }> = [
  {
    re: /\d{4}\s*年[\s\u3000]*[\s\u3000_＿]{1,}月[\s\u3000_＿]*日|\d{4}\s*年\s*\d{1,2}\s*月[\s\u3000_＿]{2,}日|(?<!\d)年[\s\u3000]{2,}月[\s\u3000]{2,}日/g,
    what: { zh: '未填写的日期', en: 'an unfilled date' },
  },
  { re: /(?<![A-Za-z])[XＸ×]{2,}(?![A-Za-z])/g, what: { zh: '占位符', en: 'a placeholder' } },
  { re: /[＿_]{2,}/g, what: { zh: '填空线', en: 'a blank line to fill' } },
  { re: new RegExp(TODO_MARKER_SOURCE, 'g'), what: { zh: '待补充标记', en: 'a to-do marker' } },
  { re: /\bTODO\b|\bTBD\b/g, what: { zh: '待办标记', en: 'a to-do marker' } },
];

export const placeholder = defineRule({
  code: 'NB404',
  name: 'text.placeholder',
  severity: 'error',
  draftSeverity: 'warning',
  fixable: false,
  title: { zh: '未填写的占位符', en: 'Unfilled placeholder' },
  description: {
    zh: '未填写的占位内容：「2022年  月  日」式日期、XX/××/＿＿、【待补充】/【待核实…】、TODO。前置信息写明 status: draft（草稿）时为警告。',
    en: 'Unfilled placeholders: blank dates, XX/××/＿＿, 【待补充】/【待核实…】, TODO. A warning while the front matter says status: draft.',
  },
  check({ report }, emit) {
    const lines = [...proseLines(report)];
    const sig = report.signature;
    if (sig)
      for (const part of [sig.agency, sig.date])
        if (part)
          lines.push({
            text: part.text,
            offset: report.lineOffsets[part.range.start.line] + part.range.start.character,
          });
    if (report.title) lines.push({ text: report.title.text, offset: report.title.textOffset });
    for (const line of lines) {
      for (const { re, what } of PLACEHOLDER_RES) {
        re.lastIndex = 0;
        for (let m = re.exec(line.text); m; m = re.exec(line.text)) {
          emit({
            range: rangeIn(report, line.offset, m.index, m.index + m[0].length),
            message: { zh: `${what.zh}「${m[0]}」尚未填写`, en: `${what.en} “${m[0]}” is still to be filled in` },
          });
        }
      }
    }
  },
});

/** Plans for coming years are not events: 将进一步…, 计划…, 下一步…（将 alone is also a preposition: 将…纳入）. */
const FUTURE_RE =
  /将(要|会|进一步|继续|持续|着力|重点|全面|不断|深入|加大|加快|大力|积极|切实|认真|围绕|以)|计划|拟|力争|下一步|下一年|下年度|明年|预计|争取|目标|今后|未来|规划/;

export const yearRule = defineRule({
  code: 'NB405',
  name: 'text.year',
  severity: 'warning',
  fixable: false,
  title: { zh: '年份与报告年度不符', en: 'Year outside the report year' },
  description: {
    zh: '正文把报告年度之后的年份用于已发生的事，统计期限写了其他年份，或标题年份与前置信息不一致。落款日期、文号和以前年份不在此列。',
    en: 'A later year used for something that happened, a statistic period naming another year, or a title year different from the front matter.',
  },
  check({ report }, emit) {
    const year = report.year;
    if (year === undefined) return;
    const fmYear = report.frontMatter?.year;
    if (report.title?.year !== undefined && fmYear !== undefined && report.title.year !== fmYear) {
      emit({
        range: report.title.textRange,
        message: {
          zh: `标题年份为${report.title.year}年，前置信息 year 为${fmYear}`,
          en: `The title says ${report.title.year}; the front matter says year ${fmYear}`,
        },
      });
    }
    for (const p of proseParagraphs(report)) {
      if (!/\d{4}\s*年/.test(p.text)) continue;
      for (const sentence of splitWithOffsets(p.text, /[。！？!?\n；;]/)) {
        const s = sentence.text;
        const period = /统计(期限|期间|时限|区间|时段|时间|周期)/.test(s);
        const re = /(?<![\d〔[（(])(\d{4})\s*年/g;
        for (let m = re.exec(s); m; m = re.exec(s)) {
          const y = Number(m[1]);
          const wrong = period ? y !== year : y > year && !FUTURE_RE.test(s);
          if (!wrong) continue;
          emit({
            range: rangeIn(report, p.offset, sentence.start + m.index, sentence.start + m.index + m[0].length),
            message: period
              ? {
                  zh: `统计期限写了${y}年，报告年度为${year}年`,
                  en: `The statistic period names ${y}; the report year is ${year}`,
                }
              : {
                  zh: `${year}年度报告的正文中出现${y}年的事项`,
                  en: `The body of the ${year} report describes something in ${y}`,
                },
          });
        }
      }
    }
  },
});

export const textRules = [tableMismatch, itemisedSum, percentage, placeholder, yearRule];
