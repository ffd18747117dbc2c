import * as vscode from 'vscode';
import type { ChatModel, Proposal } from '../../chat/types';
import type { DiagnosticsController } from '../diagnostics';
import { loadEngine } from '../lazy';
import type { Settings } from '../settings';
import type { Ui } from '../ui';
import { lmModel, type EndpointModels } from './models';
import type { Proposals } from './proposals';

/** Arguments for programmatic use (tests): the instruction, and the answer to the accept question. */
export interface RewriteArgs {
  instruction?: string;
  accept?: boolean;
}

/**
 * 改写所选文字: the writer's instruction, the rewrite streamed into a diff beside the report, the figure
 * guard, then accept (one undoable edit) or reject. The model: VS Code's chat model when there is one,
 * else the configured endpoint.
 */
export class Rewrite {
  constructor(
    private readonly diagnostics: DiagnosticsController,
    private readonly settings: Settings,
    private readonly endpoints: EndpointModels,
    private readonly proposals: Proposals,
    private readonly ui: Ui,
  ) {}

  private async model(): Promise<ChatModel | 'refused' | undefined> {
    const endpoint = await this.endpoints.model();
    if (endpoint) return endpoint;
    const [lm] = await vscode.lm.selectChatModels();
    return lm ? lmModel(lm) : undefined;
  }

  async run(args: RewriteArgs = {}): Promise<boolean> {
    const editor = vscode.window.activeTextEditor;
    const doc = editor?.document;
    if (!editor || !doc || !this.diagnostics.isReport(doc) || editor.selection.isEmpty) {
      void this.ui.info(vscode.l10n.t('Select the text of the report to rewrite first.'));
      return false;
    }
    const instruction =
      args.instruction ??
      (await vscode.window.showInputBox({
        title: vscode.l10n.t('Rewrite the selection'),
        prompt: vscode.l10n.t('How should it change? For example: more formal, at most 150 characters'),
        ignoreFocusOut: true,
      }));
    if (!instruction?.trim()) return false;
    const model = await this.model();
    if (model === 'refused') return false;
    if (!model) {
      void this.ui.warn(
        vscode.l10n.t('Rewriting needs a model: choose a chat model, or set nianbao.llm (preset, address, model).'),
      );
      return false;
    }
    return this.rewrite(editor, instruction.trim(), model, args);
  }

  private async rewrite(editor: vscode.TextEditor, instruction: string, model: ChatModel, args: RewriteArgs) {
    const doc = editor.document;
    const version = doc.version;
    const sel = editor.selection;
    const range = { start: sel.start, end: sel.end };
    const seed: Proposal = {
      heading: '',
      range,
      oldText: doc.getText(sel),
      newText: doc.getText(sel),
      source: 'model',
    };
    const id = this.proposals.add(doc, version, seed);
    await this.proposals.show(id);
    // The rewrite streams into the diff as the model writes it.
    const streaming: ChatModel = {
      label: model.label,
      complete: (messages, o) =>
        model.complete(messages, {
          ...o,
          onText: (soFar) => this.proposals.update(id, this.proposals.textWith(doc, range, soFar)),
        }),
    };
    const options = await this.settings.optionsFor(doc);
    const result = await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: vscode.l10n.t('Rewriting the selection'),
        cancellable: true,
      },
      (_progress, token) => {
        const controller = new AbortController();
        token.onCancellationRequested(() => controller.abort());
        return loadEngine().chatAnswer(
          {
            command: 'revise',
            prompt: instruction,
            document: {
              text: doc.getText(),
              cursor: doc.offsetAt(sel.start),
              selection: { start: doc.offsetAt(sel.start), end: doc.offsetAt(sel.end) },
            },
          },
          { model: streaming, signal: controller.signal, readPrevious: options.readPrevious, locale: options.locale },
          { markdown: () => undefined },
        );
      },
    );
    const [proposal] = result.proposals;
    if (!proposal) {
      await this.proposals.discard(id);
      const message = result.error?.message ?? vscode.l10n.t('The model gave no rewrite.');
      if (result.error?.code !== 'cancelled') void this.ui.warn(message);
      return false;
    }
    this.proposals.set(id, proposal);
    const accept = vscode.l10n.t('Accept');
    const reject = vscode.l10n.t('Reject');
    const ok =
      args.accept ??
      (await this.ui.info(
        vscode.l10n.t('Accept the rewrite? Its figures are checked; one undo reverts it.'),
        accept,
        reject,
      )) === accept;
    if (!ok) return !(await this.proposals.discard(id));
    const applied = await this.proposals.apply(id);
    if (applied) await vscode.window.showTextDocument(doc, { selection: undefined });
    return applied;
  }
}
