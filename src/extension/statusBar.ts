import * as vscode from 'vscode';
import { countErrors, countWarnings } from './counts';
import type { DiagnosticsController } from './diagnostics';
import type { Settings } from './settings';

/**
 * Errors and warnings of the report in the active editor; a click opens the Problems panel. It also keeps
 * the context key `nianbao.activeReport` (the active editor holds a checked report) for the title-bar buttons.
 */
export class StatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('nianbao.status', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[];
  private activeReport?: boolean;

  constructor(
    private readonly diagnostics: DiagnosticsController,
    private readonly settings?: Settings,
  ) {
    this.item.name = vscode.l10n.t('Nianbao report check');
    this.item.command = 'workbench.actions.view.problems';
    this.disposables = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      diagnostics.onDidUpdate(() => this.update()),
    ];
    this.update();
  }

  /** The counts shown for the active report (undefined when the active editor holds no report). */
  counts(): { errors: number; warnings: number } | undefined {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !this.diagnostics.lastCheck(doc.uri)) return undefined;
    const list = this.diagnostics.collection.get(doc.uri) ?? [];
    return {
      errors: list.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length,
      warnings: list.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length,
    };
  }

  private update(): void {
    const c = this.counts();
    if (this.activeReport !== !!c) {
      this.activeReport = !!c;
      void vscode.commands.executeCommand('setContext', 'nianbao.activeReport', !!c);
    }
    if (!c) {
      this.item.hide();
      return;
    }
    this.item.text = `$(error) ${c.errors} $(warning) ${c.warnings} ${vscode.l10n.t('Report')}`;
    const off = this.settings?.rulesOff(vscode.window.activeTextEditor!.document.uri) ?? [];
    this.item.tooltip = [
      vscode.l10n.t(
        'Annual report: {0}, {1}. Click to open the Problems panel.',
        countErrors(c.errors),
        countWarnings(c.warnings),
      ),
      ...off.map((o) => vscode.l10n.t('Rules turned off by {0}: {1}', o.source, o.rules.join(', '))),
    ].join('\n');
    this.item.show();
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
