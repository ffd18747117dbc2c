import * as vscode from 'vscode';
import { FixProvider } from './codeActions';
import { registerCommands } from './commands';
import { DiagnosticsController } from './diagnostics';
import { Drafting } from './drafting';
import { previewPlugin } from './preview';
import { Settings } from './settings';
import { StatusBar } from './statusBar';

/** What the extension offers other code (the Markdown preview, tests). */
export interface NianbaoApi {
  /** Milliseconds activate() took. */
  activationMs: number;
  extendMarkdownIt: typeof previewPlugin extends (md: infer M) => void ? (md: M) => M : never;
  statusText(): string | undefined;
  diagnostics: DiagnosticsController;
}

/** Wires the extension together; the engine itself loads on the first check. */
export function activate(context: vscode.ExtensionContext): NianbaoApi {
  const started = performance.now();
  const settings = new Settings();
  const diagnostics = new DiagnosticsController(settings, vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules'));
  const statusBar = new StatusBar(diagnostics);
  context.subscriptions.push(
    settings,
    diagnostics,
    statusBar,
    registerCommands(diagnostics, settings),
    new Drafting(context, diagnostics),
    vscode.languages.registerCodeActionsProvider(
      { language: 'markdown' },
      new FixProvider(diagnostics, settings),
      FixProvider.metadata,
    ),
  );
  return {
    activationMs: performance.now() - started,
    extendMarkdownIt: (md) => {
      previewPlugin(md);
      return md;
    },
    statusText: () => (statusBar.item.text && statusBar.counts() ? statusBar.item.text : undefined),
    diagnostics,
  };
}

export function deactivate(): void {}
