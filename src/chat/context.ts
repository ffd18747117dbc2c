/** What the conversation knows of the report: its text, tables, findings, last year's report, the format. */

import { check, type Locale } from '../core/check';
import type { Heading, Report, SectionKey } from '../core/model';
import type { Finding } from '../core/rules/types';
import { planDrafts, type DraftTarget, type Facts } from '../drafting';
import { positionAt, lineOffsets } from '../core/model';
import type { ChatDocument, ChatMessage } from './types';

/** The report read once for a turn. */
export interface ReportContext {
  text: string;
  report: Report;
  targets: DraftTarget[];
  facts: Facts;
  findings: Finding[];
  format: string;
  /** Last year's report as written, when `previous:` names one the host could read. */
  previousText?: string;
  previousRef?: string;
  /** The heading the cursor is under (the last heading above it). */
  heading?: Heading;
  section?: SectionKey;
}

/** Reads a report for a turn: checked with the engine, its drafting facts, last year's report. */
export function reportContext(
  doc: ChatDocument,
  readPrevious?: (ref: string) => string | undefined,
  locale: Locale = 'zh-cn',
): ReportContext {
  let previousText: string | undefined;
  const read = readPrevious ? (ref: string) => (previousText = readPrevious(ref)) : undefined;
  const { report, targets, facts } = planDrafts(doc.text, read);
  const result = check(doc.text, { readPrevious: read, locale });
  const line = positionAt(lineOffsets(doc.text), doc.cursor).line;
  const section = [...report.sections].reverse().find((s) => s.heading.range.start.line <= line);
  const headings = section ? [section.heading, ...section.subheadings] : [];
  const heading = headings
    .filter((h) => h.range.start.line <= line)
    .sort((a, b) => b.range.start.line - a.range.start.line)[0];
  return {
    text: doc.text,
    report,
    targets,
    facts,
    findings: result.findings,
    format: result.format,
    previousText,
    previousRef: report.frontMatter?.previous,
    heading,
    section: section?.key,
  };
}

const RULES_OF_THE_TASK = [
  '你是“年报”助手，帮助政府机关工作人员撰写《政府信息公开工作年度报告》。',
  '报告按国务院办公厅规定的格式分六部分：一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼情况；五、' +
    '存在的主要问题及改进情况；六、其他需要报告的事项。表格的数字须前后相符（勾稽关系）。',
  '只使用报告、表格、要点和上年报告中的数字，绝不编造数字、日期或文号；不知道的事实写【待核实】。',
  '用规范的公文语言，自称“本局”或“本单位”，回答用中文。',
].join('\n');

/** The findings as the model reads them: one line each, with the line number. */
function findingLines(findings: readonly Finding[]): string {
  if (!findings.length) return '（检查未发现问题）';
  return findings.map((f) => `- ${f.code} 第${f.range.start.line + 1}行：${f.message}`).join('\n');
}

/** The system message of every turn: the task's rules, the format, the report, its findings, last year's. */
export function systemMessage(ctx: ReportContext): ChatMessage {
  const parts = [
    RULES_OF_THE_TASK,
    `表格格式：${ctx.format}年版。`,
    `## 本年报告\n\n${ctx.text}`,
    `## 检查结果\n\n${findingLines(ctx.findings)}`,
  ];
  if (ctx.previousText) parts.push(`## 上年报告（${ctx.previousRef}）\n\n${ctx.previousText}`);
  if (ctx.heading) parts.push(`写作者的光标位于标题「${ctx.heading.text}」之下。`);
  return { role: 'system', content: parts.join('\n\n') };
}
