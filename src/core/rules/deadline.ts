import { oneOf } from '../text';
import type { Range, Report } from '../model';
import { figuresOf } from '../sentences';
import { rangeIn } from './prose';
import { readings } from './reading';
import { defineRule, type Text } from './types';

/** The 条例 article 49 deadline for a unit: 3月31日 for a people's government, 1月31日 for its departments. */
interface Deadline {
  month: 1 | 3;
  who: Text;
}

const GOVERNMENT: Deadline = {
  month: 3,
  who: { zh: '人民政府应于每年3月31日前公布上一年度报告', en: 'people’s governments publish by 31 March' },
};
const DEPARTMENT: Deadline = {
  month: 1,
  who: { zh: '政府部门应于每年1月31日前公布上一年度报告', en: 'government departments publish by 31 January' },
};

/**
 * The deadline by the unit's name. A unit that is not evidently a department (a government, a
 * 管委会 or 街道办事处 whose rules vary, or no name at all) gets the later one: a late date is then certain.
 */
export function deadlineFor(agency: string | undefined): Deadline {
  if (!agency || /(政府|管理委员会|管委会|办事处)$/.test(agency)) return GOVERNMENT;
  return DEPARTMENT;
}

/** The signature date (or the front matter's, when the signature has none) as year, month and day. */
function reportDate(report: Report): { range: Range; year: number; month: number; day: number } | undefined {
  const sig = report.signature?.date;
  const source = sig ? { text: sig.text, range: sig.range } : undefined;
  const fm = report.frontMatter;
  const from = source ?? (fm?.date ? { text: fm.date, range: fm.range } : undefined);
  if (!from) return undefined;
  const date = figuresOf(from.text.replace(/\s+/g, '')).find((f) => f.kind === 'date')?.date;
  if (!date?.year || !date.month || !date.day) return undefined;
  return { range: from.range, year: date.year, month: date.month, day: date.day };
}

/** Statements that this report was published late (本报告因故延迟发布); not last year's, not denied. */
const LATE_RE = oneOf([
  /(延迟|推迟|延期|逾期|迟延|滞后|未能?按时|未按(规定)?(时间|时限|期限)|未在规定(的)?(时间|期限|时限)内?)[^。；，]{0,14}(发布|公布|公开|报送|提交|上报)/,
  /(发布|公布)(时间)?[^。；，]{0,6}(延迟|推迟|滞后|晚于规定)/,
]);
const ABOUT_THIS_REPORT = /本(年度)?报告|本年报|本年度(政府信息公开)?(工作)?年度报告|年度报告|年报/;
const NOT_LATE = /(未|没有|无|杜绝|避免|防止|不得|不能|严禁)(出现|发生)?[^。；，]{0,4}$/;

export const publicationDeadline = defineRule({
  code: 'NB506',
  name: 'content.publication-deadline',
  severity: 'warning',
  fixable: false,
  title: { zh: '报告晚于法定期限发布', en: 'Report published after the deadline' },
  description: {
    zh:
      '《条例》第四十九条：政府部门应于每年1月31日前、人民政府应于每年3月31日前公布上一年度报告。成文日期晚于期限，或正文说明本报告延迟发布。' +
      '名称不能确定为部门的单位（管委会、街道办事处、无名称）按3月31日计；成文日期不在次年的由 NB504 报告。',
    en:
      'The 条例 (article 49) requires last year’s report by 31 January from departments ' +
      'and by 31 March from people’s governments: a signature date after it, or a ' +
      'statement of late publication.',
  },
  check({ report }, emit) {
    const year = report.year;
    if (year === undefined) return;
    const deadline = deadlineFor(report.agency);
    const due = `${year + 1}年${deadline.month}月31日`;
    const dueEn = `${year + 1}-0${deadline.month}-31`;
    const date = reportDate(report);
    if (date && date.year === year + 1 && date.month > deadline.month) {
      const written = `${date.year}年${date.month}月${date.day}日`;
      emit({
        range: date.range,
        message: {
          zh: `成文日期为${written}，晚于发布期限${due}（${deadline.who.zh}）`,
          en: `The report is dated ${written}, after the deadline ${dueEn} (${deadline.who.en})`,
        },
      });
    }
    for (const { paragraph: p, reading } of readings(report))
      for (const s of reading.sentences) {
        const m = LATE_RE.exec(s.text);
        if (!m || !ABOUT_THIS_REPORT.test(s.text) || /上一?年度?|去年|以往/.test(s.text.slice(0, m.index))) continue;
        if (NOT_LATE.test(s.text.slice(0, m.index))) continue;
        emit({
          range: rangeIn(report, p.offset, s.start + m.index, s.start + m.index + m[0].length),
          message: {
            zh: `正文说明本报告未按期发布（「${m[0]}」）；法定期限为${due}（${deadline.who.zh}）`,
            en:
              `The text says this report was published late (“${m[0]}”); the deadline is ` +
              `${dueEn} (${deadline.who.en})`,
          },
        });
      }
  },
});
