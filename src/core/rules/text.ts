import type { Report } from '../model';
import type { Figure } from '../sentences';
import { isReview } from '../sentences/groups';
import type { Tables } from '../tables';
import { percentage } from './percent';
import { placeholder } from './placeholder';
import { rangeIn } from './prose';
import { COLUMN_NAME, QUANTITY_NAME, tableValues, trustworthy } from './quantities';
import { readings } from './reading';
import { defineRule, type Emitted } from './types';
import { yearRule } from './year';

/** "No reconsideration or lawsuit": as the respondent (未发生/未出现/无), not as the organ (未收到复议申请). */
const NONE_REVIEW_RE = /(未|没有|无)(发生|出现|涉及)?[^。；，收]{0,24}(行政复议|复议|诉讼)([、和及与或]?(行政)?诉讼)?/;
/** …被纠错的情况: a statement about the outcomes, not about cases. */
const OUTCOME_AFTER = /^[^。；，]{0,6}(纠错|纠正|败诉|撤销|确认违法)/;
/** No applications: 未收到…申请, or 无 right before the applications (本年度无政府信息公开申请; not 无正当理由…). */
const NONE_APPLICATION_RE = /(未|没有)(收到|受理|接到|发生)[^。；，复诉议]{0,16}申请|无(政府)?(信息公开)?申请(?!人)/;

/** What the tables say against a bound figure; undefined when they agree (or lack the rows). */
function mismatch(
  tables: Tables,
  f: Figure,
): { message: Emitted['message']; value: number; certain: boolean } | undefined {
  if (f.approximate) return undefined;
  const expected = f.quantities.map((q) => tableValues(tables, q, f.column, f.item));
  if (expected.some((v) => v === undefined) || expected.some((v) => v!.includes(f.value))) return undefined;
  const q = f.quantities[0];
  const value = expected[0]![0];
  const unit = f.unit ?? '件';
  const name = QUANTITY_NAME[q];
  const column = f.column ? COLUMN_NAME[f.column] : undefined;
  const item = f.item ? tables.get('applications')?.def.rows.find((r) => r.key === f.item)?.label : undefined;
  const detail = column ? column : item ? { zh: item, en: item } : undefined;
  const zh = detail ? `${name.zh}（${detail.zh}）` : name.zh;
  const en = detail ? `${name.en} (${detail.en})` : name.en;
  return {
    message: {
      zh: `正文称${zh}${f.text}${unit}，表格为${value}${unit}`,
      en: `The text gives ${f.text} ${en}; the tables give ${value}`,
    },
    value,
    certain: /^\d+$/.test(f.text) && trustworthy(tables, isReview(q) ? 'review' : 'applications'),
  };
}

export const tableMismatch = defineRule({
  code: 'NB401',
  name: 'text.table-mismatch',
  severity: 'warning',
  fixable: true,
  title: { zh: '正文数字与表格不符', en: 'Narrative figure contradicts the tables' },
  description: {
    zh:
      '正文中计数表格所载数量（新收、结转、办结、予以公开等申请数，复议诉讼数及其结果）的数字与表格不一致，无论该数量在哪一部分、以何种数字写法出现；' +
      '或称「未发生复议诉讼」「未收到申请」而表格不为0。计划、文件标题中的数字，上年的数字，约数和增减数不比较。',
    en:
      'A figure that counts a quantity the tables hold differs from them, wherever the ' +
      'quantity is named; plans, titles, last year’s figures, approximations and ' +
      'differences are not compared.',
  },
  check({ report, tables }, emit) {
    if (!tables.get('applications') && !tables.get('review')) return;
    for (const { paragraph: p, reading } of readings(report)) {
      for (const f of reading.figures) {
        if (!f.quantities.length) continue;
        const found = mismatch(tables, f);
        if (!found) continue;
        const range = rangeIn(report, p.offset, f.start, f.end);
        const title = { zh: `改为 ${found.value}`, en: `Replace with ${found.value}` };
        emit({
          range,
          message: found.message,
          fix: found.certain ? { title, edits: [{ range, newText: String(found.value) }] } : undefined,
        });
      }
      for (const s of reading.sentences) noneStatements(report, tables, p.offset, s, emit);
    }
  },
});

/** "No reconsideration or lawsuit" and "no applications" against non-zero tables. */
function noneStatements(
  report: Report,
  tables: Tables,
  offset: number,
  s: { text: string; start: number },
  emit: (e: Emitted) => void,
): void {
  const none = NONE_REVIEW_RE.exec(s.text);
  const outcome = none && OUTCOME_AFTER.test(s.text.slice(none.index + none[0].length));
  if (none && !outcome && !/未经复议/.test(none[0]) && tables.get('review')) {
    // 未发生行政诉讼 denies lawsuits only; 未发生复议诉讼 both.
    const names = /复议/.test(none[0]) ? (/诉讼/.test(none[0]) ? 'reviewAll' : 'reconsideration') : 'litigation';
    const sum = tableValues(tables, names)?.[0] ?? 0;
    const what = QUANTITY_NAME[names];
    if (sum > 0)
      emit({
        range: rangeIn(report, offset, s.start + none.index, s.start + none.index + none[0].length),
        message: {
          zh: `正文称未发生${what.zh}，而第四部分表格${what.zh}为${sum}件`,
          en: `The text says there were no ${what.en}; section 四 counts ${sum}`,
        },
      });
  }
  const noApp = NONE_APPLICATION_RE.exec(s.text);
  if (noApp && tables.get('applications')) {
    const r1 = tables.value('applications', 'R1', 'total');
    if (r1 > 0)
      emit({
        range: rangeIn(report, offset, s.start + noApp.index, s.start + noApp.index + noApp[0].length),
        message: {
          zh: `正文称未收到申请，而表格本年新收申请为${r1}件`,
          en: `The text says no applications were received; the table counts ${r1}`,
        },
      });
  }
}

export const itemisedSum = defineRule({
  code: 'NB402',
  name: 'text.itemised-sum',
  severity: 'warning',
  fixable: false,
  title: { zh: '分项之和与总数不符', en: 'Itemised counts do not add up' },
  description: {
    zh: '「共N…，其中a…、b…、c…」中分项之和大于总数，或列举已完整（以「其他」「其余」结尾，或列全了各项办理结果）而和小于总数。单个「其中a」是子集，不检查；「含上年结转1件」说明总数包含什么，不是分项。',
    en:
      '`共N…，其中a…、b…` where the items add up to more than N, or a complete list adds up ' +
      'to less; a single 其中 and 含… are not breakdowns.',
  },
  check({ report }, emit) {
    for (const { paragraph: p, reading } of readings(report))
      for (const s of reading.sentences)
        for (const list of s.lists) {
          if (list.head.quoted || list.items.length < 2) continue;
          const total = list.head;
          const sum = list.items.reduce((a, c) => a + c.value, 0);
          if (!(sum > total.value || (list.complete && sum < total.value))) continue;
          const parts = list.items.map((i) => i.value);
          emit({
            range: rangeIn(report, p.offset, total.start, total.end),
            message: {
              zh: `总数为${total.value}${total.unit}，而所列分项${parts.join('＋')}＝${sum}${total.unit}`,
              en: `The total is ${total.value} but the listed items add up to ${sum} (${parts.join(' + ')})`,
            },
          });
        }
  },
});

export const textRules = [tableMismatch, itemisedSum, percentage, placeholder, yearRule];
