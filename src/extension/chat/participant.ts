import * as vscode from 'vscode';
import type { ChatCommand, ChatMessage, ChatModel, ChatResult, Proposal } from '../../chat/types';
import type { DiagnosticsController } from '../diagnostics';
import { loadEngine } from '../lazy';
import type { Settings } from '../settings';
import { lmModel, type EndpointModels } from './models';
import type { Proposals } from './proposals';

export const PARTICIPANT_ID = 'nianbao.chat';
const COMMANDS = new Set<string>(['draft', 'revise', 'check', 'explain', 'compare']);

/** The earlier turns of this participant's conversation, as the model reads them. */
export function historyOf(context: vscode.ChatContext): ChatMessage[] {
  const out: ChatMessage[] = [];
  for (const turn of context.history) {
    if (turn.participant !== PARTICIPANT_ID) continue;
    if (turn instanceof vscode.ChatRequestTurn)
      out.push({ role: 'user', content: turn.command ? `/${turn.command} ${turn.prompt}`.trim() : turn.prompt });
    else if (turn instanceof vscode.ChatResponseTurn) {
      const text = turn.response
        .map((part) => (part instanceof vscode.ChatResponseMarkdownPart ? part.value.value : ''))
        .join('');
      out.push({ role: 'assistant', content: text });
    }
  }
  return out;
}

/**
 * @nianbao: each request answered by the conversation of src/chat about the report in the active editor,
 * with VS Code's chat model when the request has one, else the configured endpoint, else the engine and
 * the offline drafter. Proposals become buttons: see the diff, apply (one undoable edit), discard.
 */
export class Participant {
  constructor(
    private readonly diagnostics: DiagnosticsController,
    private readonly settings: Settings,
    private readonly endpoints: EndpointModels,
    private readonly proposals: Proposals,
  ) {}

  /** The report the chat is about: the active editor's, else the one visible report. */
  private editor(): vscode.TextEditor | undefined {
    const mine = (e: vscode.TextEditor) =>
      (e.document.uri.scheme === 'file' || e.document.uri.scheme === 'untitled') &&
      this.diagnostics.isReport(e.document);
    const active = vscode.window.activeTextEditor;
    if (active && mine(active)) return active;
    return vscode.window.visibleTextEditors.find(mine);
  }

  private async modelFor(request: vscode.ChatRequest): Promise<ChatModel | 'refused' | undefined> {
    // The chat's own model when the writer has one; the configured endpoint otherwise.
    if (request.model) return lmModel(request.model);
    return this.endpoints.model();
  }

  readonly handler: vscode.ChatRequestHandler = async (request, context, stream, token) => {
    const editor = this.editor();
    if (!editor) {
      stream.markdown(
        vscode.l10n.t(
          'Open an annual report in the editor first (front matter with agency/year, or the report title).',
        ),
      );
      return {};
    }
    const model = await this.modelFor(request);
    if (model === 'refused') {
      stream.markdown(vscode.l10n.t('Nothing was sent: the model service was not allowed for this workspace.'));
      return {};
    }
    const doc = editor.document;
    const version = doc.version;
    const controller = new AbortController();
    token.onCancellationRequested(() => controller.abort());
    const options = await this.settings.optionsFor(doc);
    const command = COMMANDS.has(request.command ?? '') ? (request.command as ChatCommand) : undefined;
    const selection = editor.selection;
    const result: ChatResult = await loadEngine().chatAnswer(
      {
        command,
        prompt: request.prompt,
        document: {
          text: doc.getText(),
          cursor: doc.offsetAt(selection.active),
          selection: selection.isEmpty
            ? undefined
            : { start: doc.offsetAt(selection.start), end: doc.offsetAt(selection.end) },
        },
      },
      {
        model,
        signal: controller.signal,
        history: historyOf(context),
        readPrevious: options.readPrevious,
        locale: options.locale,
      },
      {
        markdown: (text) => stream.markdown(text),
        progress: (text) => stream.progress(text),
        anchor: (range, title) =>
          stream.anchor(
            new vscode.Location(
              doc.uri,
              new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character),
            ),
            title,
          ),
        proposal: (p) => this.offer(stream, doc, version, p),
      },
    );
    return { metadata: { command, proposals: result.proposals.length, error: result.error?.code } };
  };

  /** A proposal in the chat: kept for the report's version, with buttons to see, apply or discard it. */
  private offer(stream: vscode.ChatResponseStream, doc: vscode.TextDocument, version: number, p: Proposal): void {
    const id = this.proposals.add(doc, version, p);
    stream.button({ command: 'nianbao.chat.showProposal', title: vscode.l10n.t('Show the change'), arguments: [id] });
    stream.button({ command: 'nianbao.chat.applyProposal', title: vscode.l10n.t('Apply'), arguments: [id] });
    stream.button({ command: 'nianbao.chat.discardProposal', title: vscode.l10n.t('Discard'), arguments: [id] });
  }
}
