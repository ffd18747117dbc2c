/** Last year's report as the drafter uses it: its figures, the problems its 五 named, its wording. */

import { analyse } from '../core/check';
import type { Report } from '../core/model';
import { parseReport } from '../core/parse';
import { readParagraph } from '../core/sentences';
import { withoutChrome } from '../core/text';
import type { PreviousFacts } from './sources';

/** Last year's report, read once: its tables, figures, problems and the report itself (for NB505's measure). */
export interface PreviousReport extends PreviousFacts {
  report: Report;
  /** The problems last year's 五 named (一是…；二是…), each as a short phrase. */
  problems: string[];
}

const PROBLEM_PART = /存在的(主要)?问题|主要问题|问题和不足|不足之处|存在问题/;
const OTHER_PART = /上一?年度?|改进情况|整改情况|改进措施|整改措施|下一步|工作打算|改进举措/;
const RUN_IN = /^[（(][一二三四五六七八九十]+[）)][^。：:]{0,24}[。：:]/;
const ITEM_MARK = /(?:^|[；;。])\s*(?:[一二三四五六七八九十]是|[（(]?\d+[）).、]|[（(][一二三四五六七八九十]+[）)])/g;

/** The items of a text that lists them (一是…；二是…, 1.…), or its sentences. */
function itemsOf(text: string): string[] {
  const marked = text.replace(ITEM_MARK, '\n');
  const parts = marked.includes('\n') ? marked.split('\n') : text.split(/[。；;]/);
  return parts
    .map((p) => p.replace(/^[：:，,\s]+|[。；;，,\s]+$/g, '').trim())
    .filter((p) => p.length >= 4 && !PROBLEM_PART.test(p.slice(0, 8)));
}

/** The problems named in a report's 五: its problems part (a sub-heading or a run-in 存在的主要问题). */
export function problemsOf(report: Report): string[] {
  const five = report.sections.find((s) => s.key === '五');
  if (!five) return [];
  const blocks: Array<{ heading: string; text: string }> = [];
  for (const p of five.paragraphs) {
    const heading = [...five.subheadings].reverse().find((h) => h.textOffset < p.offset)?.text ?? '';
    const text = withoutChrome(p.text).trim();
    const runIn = RUN_IN.exec(text)?.[0] ?? '';
    blocks.push({ heading: runIn || heading, text: text.slice(runIn.length) });
  }
  const part = blocks.filter((b) => PROBLEM_PART.test(b.heading) && !OTHER_PART.test(b.heading));
  if (part.length) return part.flatMap((b) => itemsOf(b.text));
  // No part named: the sentences that state a shortcoming, before any measures.
  return blocks
    .filter((b) => !OTHER_PART.test(b.heading))
    .flatMap((b) => itemsOf(b.text))
    .filter((t) => /不够|不足|有待|欠缺|单一|滞后|不及时|不规范|不充分|薄弱|问题/.test(t));
}

/** Reads last year's report (its Markdown), or undefined when there is none. */
export function readPrevious(markdown: string | undefined): PreviousReport | undefined {
  if (markdown === undefined) return undefined;
  const report = parseReport(markdown);
  const { tables } = analyse(report);
  const figures: PreviousReport['figures'] = [];
  for (const t of tables.byId.values())
    for (const [key] of t.rowByKey)
      for (const c of t.def.columns) {
        const v = tables.number(t.def.id, key, c.key);
        if (v !== undefined) figures.push({ value: v });
      }
  for (const g of ['C', 'D', 'E', 'F']) if (tables.get('applications')) figures.push({ value: tables.groupTotal(g) });
  for (const s of report.sections)
    for (const p of s.paragraphs)
      for (const f of readParagraph(withoutChrome(p.text), { year: report.year }).figures)
        if (f.kind === 'count' || f.kind === 'amount' || f.kind === 'number' || f.kind === 'percentage')
          figures.push({ value: f.value, unit: f.unit });
  return { year: report.year, tables, figures, report, problems: problemsOf(report) };
}
