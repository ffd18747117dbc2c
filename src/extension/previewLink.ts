import * as vscode from 'vscode';
import type { DiagnosticsController } from './diagnostics';
import type { CheckOptions } from './engine';
import type { PreviewOptions } from './preview';
import { locale, type Settings } from './settings';

/**
 * Keeps the Markdown preview of a report in step with its diagnostics: the preview checks with the
 * document's own options (rules, language, last year's report), and is refreshed when they change.
 */
export class PreviewLink implements vscode.Disposable {
  private readonly shown = new Map<string, CheckOptions>();
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly settings: Settings,
    diagnostics: DiagnosticsController,
  ) {
    this.subscription = diagnostics.onDidUpdate((uri) => {
      const options = settings.lastOptions(uri);
      if (!options) this.shown.delete(uri.toString());
      if (!options || this.shown.get(uri.toString()) === options) return;
      this.shown.set(uri.toString(), options);
      // VS Code caches the preview's tokens per document version: a refresh makes it check again.
      void vscode.commands.executeCommand('markdown.preview.refresh');
    });
  }

  /** The options of the open document whose text the preview renders (the language setting otherwise). */
  readonly optionsFor: PreviewOptions = (src) => {
    const doc = vscode.workspace.textDocuments.find((d) => d.languageId === 'markdown' && d.getText() === src);
    return (doc && this.settings.lastOptions(doc.uri)) ?? { locale: locale(doc) };
  };

  dispose(): void {
    this.subscription.dispose();
  }
}
