/**
 * The conversation behind @nianbao: each turn reads the report (tables, findings, last year's report,
 * the format), answers through the model when there is one or the engine and the offline drafter when
 * there is none, streams the answer, and proposes text changes that passed the figure guard.
 */

import { NianbaoError } from '../core/errors';
import { reportContext, systemMessage, type ReportContext } from './context';
import { answerCheck, answerCompare, answerExplain } from './engine';
import { draftTurn, reviseTurn } from './rewrite';
import type { ChatMessage, ChatOptions, ChatOutput, ChatResult, ChatTurn } from './types';
import { Writer } from './writer';

const HELP = [
  '可以这样问我：',
  '- `/draft` 按光标所在标题下的要点起草本节',
  '- `/revise 更正式` 按要求改写所选文字（或光标所在标题的正文）',
  '- `/check` 列出报告的全部问题',
  '- `/explain NB301` 解释一条规则或光标所在行的问题',
  '- `/compare` 与上年报告比较：变化的数字、可能内容雷同的段落',
].join('\n');

/** The message that asks the model, as the history records the writer's turn. */
export function userLine(turn: Pick<ChatTurn, 'command' | 'prompt'>): string {
  return turn.command ? `/${turn.command} ${turn.prompt}`.trim() : turn.prompt;
}

/** Asks the model a free question (or to comment on the engine's answer) with the report as context. */
async function askModel(ctx: ReportContext, question: string, options: ChatOptions, out: Writer): Promise<void> {
  const messages: ChatMessage[] = [systemMessage(ctx), ...(options.history ?? []), { role: 'user', content: question }];
  await options.model!.complete(messages, { signal: options.signal, onText: out.streamer() });
}

async function dispatch(turn: ChatTurn, ctx: ReportContext, options: ChatOptions, out: Writer): Promise<void> {
  const locale = options.locale ?? 'zh-cn';
  switch (turn.command) {
    case 'check':
      return answerCheck(ctx, out, locale);
    case 'explain':
      answerExplain(ctx, turn.prompt, turn.document.cursor, out, locale);
      if (options.model && turn.prompt.trim()) {
        out.markdown('\n');
        await askModel(ctx, `请根据上面的规则说明和数字，用通俗的话解释：${turn.prompt}\n\n${out.text}`, options, out);
      }
      return;
    case 'compare':
      if (answerCompare(ctx, out) && options.model && turn.prompt.trim()) {
        out.markdown('\n');
        await askModel(ctx, `${turn.prompt}\n\n（与上年比较的结果）\n${out.text}`, options, out);
      }
      return;
    case 'draft':
      return draftTurn(turn, ctx, options, out);
    case 'revise':
      return reviseTurn(turn, ctx, options, out);
    default:
      if (!options.model || !turn.prompt.trim()) return out.markdown(`${HELP}\n`);
      return askModel(ctx, turn.prompt, options, out);
  }
}

/** Answers one turn; an expected failure (cancelled, timeout, model) ends the answer with its message. */
export async function answer(turn: ChatTurn, options: ChatOptions, output: ChatOutput): Promise<ChatResult> {
  const out = new Writer(output);
  const ctx = reportContext(turn.document, options.readPrevious, options.locale);
  try {
    await dispatch(turn, ctx, options, out);
  } catch (error) {
    if (!(error instanceof NianbaoError)) throw error;
    const message = options.locale === 'en' && error.en ? error.en : error.message;
    out.markdown(`${out.text && !out.text.endsWith('\n') ? '\n' : ''}\n${message}\n`);
    return { command: turn.command, text: out.text, proposals: [], error: { code: error.code, message } };
  }
  return { command: turn.command, text: out.text, proposals: out.proposals };
}

/** A conversation that keeps its own history (the CLI, tests); VS Code passes its chat history instead. */
export class Conversation {
  readonly history: ChatMessage[] = [];

  constructor(private readonly options: Omit<ChatOptions, 'history' | 'signal'>) {}

  async ask(turn: ChatTurn, output: ChatOutput, signal?: AbortSignal): Promise<ChatResult> {
    const result = await answer(turn, { ...this.options, history: [...this.history], signal }, output);
    this.history.push({ role: 'user', content: userLine(turn) }, { role: 'assistant', content: result.text });
    return result;
  }
}
