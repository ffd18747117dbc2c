import * as vscode from 'vscode';
import { registerChat, type ChatApi } from './chat';
import { FixProvider } from './codeActions';
import { DraftLensProvider } from './codeLens';
import { registerCommands } from './commands';
import { DiagnosticsController } from './diagnostics';
import { Drafting } from './drafting';
import { previewPlugin } from './preview';
import { PreviewLink } from './previewLink';
import { Settings } from './settings';
import { StatusBar } from './statusBar';
import { Ui } from './ui';

/** What the extension offers other code (the Markdown preview, tests). */
export interface NianbaoApi {
  /** Milliseconds activate() took. */
  activationMs: number;
  extendMarkdownIt: typeof previewPlugin extends (md: infer M) => void ? (md: M) => M : never;
  statusText(): string | undefined;
  /** The status bar item's tooltip for the active report (undefined when it is hidden). */
  statusTooltip(): string | undefined;
  diagnostics: DiagnosticsController;
  /** The messages and questions the extension shows (tests read and answer them). */
  ui: Ui;
  /** @nianbao's handler and proposals (tests drive the handler where the chat view is absent). */
  chat: ChatApi;
}

/** Wires the extension together; the engine itself loads on the first check. */
export function activate(context: vscode.ExtensionContext): NianbaoApi {
  const started = performance.now();
  const ui = new Ui();
  const settings = new Settings(ui);
  const diagnostics = new DiagnosticsController(settings, vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules'));
  const statusBar = new StatusBar(diagnostics, settings);
  const preview = new PreviewLink(settings, diagnostics);
  const chat = registerChat(context, diagnostics, settings, ui);
  context.subscriptions.push(
    settings,
    diagnostics,
    statusBar,
    ui,
    preview,
    chat.disposable,
    registerCommands(diagnostics, settings, ui, context.workspaceState),
    new Drafting(context, diagnostics, ui),
    vscode.languages.registerCodeActionsProvider(
      { language: 'markdown' },
      new FixProvider(diagnostics, settings),
      FixProvider.metadata,
    ),
    vscode.languages.registerCodeLensProvider({ language: 'markdown' }, new DraftLensProvider(diagnostics)),
  );
  return {
    activationMs: performance.now() - started,
    extendMarkdownIt: (md) => {
      previewPlugin(md, preview.optionsFor);
      return md;
    },
    statusText: () => (statusBar.item.text && statusBar.counts() ? statusBar.item.text : undefined),
    statusTooltip: () => (statusBar.counts() ? String(statusBar.item.tooltip ?? '') : undefined),
    diagnostics,
    ui,
    chat: chat.api,
  };
}

export function deactivate(): void {}
