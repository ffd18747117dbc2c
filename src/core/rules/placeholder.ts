import { oneOf, TODO_MARKER_SOURCE } from '../text';
import { proseLines, rangeIn } from './prose';
import { defineRule, type Text } from './types';

const PLACEHOLDER_RES: Array<{ re: RegExp; what: Text }> = [
  {
    re: oneOf(
      [
        /\d{4}\s*年[\s\u3000]*[\s\u3000_＿]{1,}月[\s\u3000_＿]*日/,
        /\d{4}\s*年\s*\d{1,2}\s*月[\s\u3000_＿]{2,}日/,
        /(?<!\d)年[\s\u3000]{2,}月[\s\u3000]{2,}日/,
      ],
      'g',
    ),
    what: { zh: '未填写的日期', en: 'The date' },
  },
  { re: /(?<![A-Za-z])[XＸ×]{2,}(?![A-Za-z])/g, what: { zh: '占位符', en: 'The placeholder' } },
  { re: /[＿_]{2,}/g, what: { zh: '填空线', en: 'The blank line' } },
  { re: new RegExp(TODO_MARKER_SOURCE, 'g'), what: { zh: '待补充标记', en: 'The to-do marker' } },
  { re: /\bTODO\b|\bTBD\b/g, what: { zh: '待办标记', en: 'The to-do marker' } },
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
    en:
      'Unfilled placeholders: blank dates, XX/××/＿＿, 【待补充】/【待核实…】, TODO. A warning ' +
      'while the front matter says status: draft.',
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
