import * as vscode from 'vscode';
import type { DiagnosticsController } from './diagnostics';
import { loadEngine } from './lazy';
import { minimalReplacement } from './edits';
import { locale, type Settings } from './settings';

export const APPLY_FIX = 'nianbao.applyFix';
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('nianbao');

/**
 * Quick fixes for the findings that carry one, and `source.fixAll.nianbao` (fix on save). A quick fix
 * runs through a command that refuses to apply when the document changed since it was checked.
 */
export class FixProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(
    private readonly diagnostics: DiagnosticsController,
    private readonly settings: Settings,
  ) {}

  async provideCodeActions(
    doc: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): Promise<vscode.CodeAction[]> {
    if (context.only && FIX_ALL_KIND.intersects(context.only) && !context.only.contains(vscode.CodeActionKind.QuickFix))
      return this.fixAll(doc);
    if (
      context.only &&
      !context.only.contains(vscode.CodeActionKind.QuickFix) &&
      !vscode.CodeActionKind.QuickFix.contains(context.only)
    )
      return [];
    const checked = this.diagnostics.lastCheck(doc.uri);
    if (!checked || checked.version !== doc.version) return [];
    const actions: vscode.CodeAction[] = [];
    // The fix's title is in the findings' language, and so is the bracket around the code.
    const titled = (title: string, code: string) =>
      locale(doc) === 'en' ? `${title} (${code})` : `${title}（${code}）`;
    for (const d of context.diagnostics) {
      const f = this.diagnostics.finding(d, doc.uri);
      if (!f?.fix) continue;
      const action = new vscode.CodeAction(titled(f.fix.title, f.code), vscode.CodeActionKind.QuickFix);
      action.diagnostics = [d];
      action.isPreferred = true;
      action.command = {
        title: f.fix.title,
        command: APPLY_FIX,
        arguments: [doc.uri.toString(), checked.version, f.fix.edits],
      };
      actions.push(action);
    }
    return actions;
  }

  /** Every certain fix, computed on the current text, as one edit. */
  private async fixAll(doc: vscode.TextDocument): Promise<vscode.CodeAction[]> {
    if (!this.diagnostics.isReport(doc)) return [];
    const before = doc.getText();
    const version = doc.version;
    const { text } = loadEngine().fixAll(before, await this.settings.optionsFor(doc));
    if (text === before || doc.version !== version) return [];
    const action = new vscode.CodeAction(vscode.l10n.t('Fix all auto-fixable problems (Nianbao)'), FIX_ALL_KIND);
    const edit = new vscode.WorkspaceEdit();
    const r = minimalReplacement(doc, before, text);
    edit.replace(doc.uri, r.range, r.newText);
    action.edit = edit;
    return [action];
  }
}
