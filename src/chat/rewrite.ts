/** /draft and /revise: a new text for a heading or a passage, streamed, guarded, offered as a proposal. */

import { NianbaoError } from '../core/errors';
import { lineOffsets, offsetAt } from '../core/model';
import { draftReport, type ModelConfig, type UnsourcedFigure } from '../drafting';
import { systemMessage, type ReportContext } from './context';
import { cleanRewrite, passageOf, proposalFor, unsourcedIn, type Passage } from './proposals';
import type { ChatMessage, ChatOptions, ChatTurn } from './types';
import type { Writer } from './writer';

const DEFAULT_INSTRUCTION = '更正式、更简洁';

/** The refusal of a text whose figures have no source: nothing is proposed. */
function refused(heading: string, figures: readonly UnsourcedFigure[]): NianbaoError {
  const zh = figures.map((f) => `「${f.written}」${f.zh}`).join('；');
  const en = figures.map((f) => `“${f.written}” ${f.en}`).join('; ');
  return new NianbaoError('rejected', `「${heading}」的新文字未采用：其中的数字找不到依据——${zh}。原文未改动。`, {
    en: `The new text for “${heading}” was not used: figures without a source — ${en}. The original is unchanged.`,
  });
}

/** Asks the chat model for a passage's new text, streamed into the answer, and proposes it if it passes the guard. */
async function rewriteWithModel(
  ctx: ReportContext,
  passage: Passage,
  request: string,
  turn: ChatTurn,
  options: ChatOptions,
  out: Writer,
): Promise<void> {
  const messages: ChatMessage[] = [systemMessage(ctx), ...(options.history ?? []), { role: 'user', content: request }];
  const answer = await options.model!.complete(messages, { signal: options.signal, onText: out.streamer() });
  const newText = cleanRewrite(answer);
  const figures = unsourcedIn(ctx, passage, newText);
  if (figures.length) throw refused(passage.target.heading.text, figures);
  out.markdown('\n\n数字已核对：每个数字都有依据。请查看差异，接受后才会写入报告。\n');
  out.proposal(proposalFor(turn.document, passage, newText, 'model'));
}

/** /revise: the selection (or the heading's narrative) rewritten as the writer asks. */
export async function reviseTurn(turn: ChatTurn, ctx: ReportContext, options: ChatOptions, out: Writer): Promise<void> {
  if (!options.model) {
    out.markdown(
      '改写需要模型：请在聊天中选择模型，或在设置中配置 nianbao.llm（预设、地址和模型）。没有模型时可用 /draft 按要点离线起草。\n',
    );
    return;
  }
  const passage = passageOf(ctx, turn.document);
  if (!passage) {
    out.markdown('请先选中要改写的文字，或把光标放在有正文的标题下。\n');
    return;
  }
  const instruction = turn.prompt.trim() || DEFAULT_INSTRUCTION;
  out.progress(`正在改写「${passage.target.heading.text}」`);
  out.markdown(`**改写「${passage.target.heading.text}」**（${instruction}；${options.model.label}）\n\n`);
  const request =
    `请按要求改写下面这段年报文字。要求：${instruction}\n只输出改写后的文字，不加说明，不加标题；不得写出原文、要点、表格和上年报告中没有的数字。` +
    `\n\n原文：\n${passage.text}`;
  await rewriteWithModel(ctx, passage, request, turn, options, out);
}

/** The narrative of a heading with notes as a passage (empty when nothing is written under the notes yet). */
function narrativePassage(ctx: ReportContext, turn: ChatTurn): Passage | undefined {
  const target = ctx.targets.find((t) => t.heading.range.start.line === ctx.heading?.range.start.line);
  if (!target) return undefined;
  const offsets = lineOffsets(turn.document.text);
  const start = offsetAt(offsets, { line: target.first, character: 0 });
  const end =
    target.end < offsets.length ? offsetAt(offsets, { line: target.end, character: 0 }) : turn.document.text.length;
  return { start, end, text: turn.document.text.slice(start, end), target };
}

/** /draft: the heading at the cursor drafted from its notes (endpoint or offline by drafting, else the chat model). */
export async function draftTurn(turn: ChatTurn, ctx: ReportContext, options: ChatOptions, out: Writer): Promise<void> {
  const heading = ctx.heading;
  if (!heading) {
    out.markdown('请把光标放在要起草的标题下（标题下要有 ```notes 要点块）。\n');
    return;
  }
  const endpoint = (options.model as { config?: ModelConfig } | undefined)?.config;
  const passage = narrativePassage(ctx, turn);
  if (options.model && !endpoint && passage?.target.notes.trim()) {
    out.markdown(`**起草「${heading.text}」**（${options.model.label}）\n\n`);
    const request =
      `请根据以下要点，起草「${heading.text}」一节的正文（公文语言，一至三段）。只输出正文，不加标题；要点和表格中没有的数字不要写，` +
      `缺少的事实写【待核实：…】。\n\n要点：\n${passage.target.notes}`;
    await rewriteWithModel(ctx, passage, request, turn, options, out);
    const p = out.proposals.at(-1);
    if (p) p.newText = `\n${p.newText}\n\n`;
    return;
  }
  out.progress(`正在起草「${heading.text}」`);
  out.markdown(`**起草「${heading.text}」**（${endpoint ? options.model!.label : '离线起草'}）\n\n`);
  const stream = out.streamer();
  const { drafted } = await draftReport(turn.document.text, heading.text, {
    model: endpoint,
    signal: options.signal,
    readPrevious: options.readPrevious,
    onText: (partial, h) => h === heading.text && stream(partial),
  });
  const mine = drafted.find((d) => d.target.heading.range.start.line === heading.range.start.line) ?? drafted[0];
  const offsets = lineOffsets(turn.document.text);
  const start = offsetAt(offsets, mine.edit.range.start);
  const end = offsetAt(offsets, mine.edit.range.end);
  const body = mine.edit.newText.trim();
  if (!endpoint) out.markdown(`${body}\n`);
  else if (!out.text.endsWith(body)) out.markdown(`\n\n核对后的草稿：\n\n${body}\n`);
  out.markdown('\n数字已核对：每个数字都有依据。请查看差异，接受后才会写入报告。\n');
  out.proposal({
    heading: mine.target.heading.text,
    range: mine.edit.range,
    oldText: turn.document.text.slice(start, end),
    newText: mine.edit.newText,
    source: mine.source,
  });
}
