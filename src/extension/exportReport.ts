import * as vscode from 'vscode';
import { countErrors, countPlaceholders } from './counts';
import type { DiagnosticsController } from './diagnostics';
import { applyAtVersion } from './edits';
import { exists, writeAtomic } from './files';
import { loadEngine } from './lazy';
import { errorText } from './settings';
import type { Ui } from './ui';

/** Arguments of `nianbao.export` for programmatic use: the target, and `confirm` answering every question. */
export interface ExportArgs {
  target?: vscode.Uri;
  confirm?: boolean;
}

const STATUS_LINE = /^status\s*:\s*['"]?(draft|草稿)['"]?\s*(#.*)?$/i;

/** The line of `status: draft` in the front matter, when the report is a draft. */
export function draftMarkerLine(text: string): number | undefined {
  if (loadEngine().parseReport(text).frontMatter?.status !== 'draft') return undefined;
  const lines = text.split(/\r?\n/);
  for (let i = 1; i < lines.length && !/^(---|\.\.\.)\s*$/.test(lines[i]); i++)
    if (STATUS_LINE.test(lines[i])) return i;
  return undefined;
}

/**
 * Exports the active report to Word. Errors, and in a draft (`status: draft`) the placeholders left, are
 * put to the writer first; an existing file is replaced only after confirmation; the file is written to a
 * temporary name and renamed over the target. A draft with no placeholder left is offered to drop its
 * marker, as one undoable edit.
 */
export async function exportActive(
  diagnostics: DiagnosticsController,
  ui: Ui,
  args: ExportArgs,
): Promise<vscode.Uri | undefined> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc || !diagnostics.isReport(doc)) {
    void ui.info(
      vscode.l10n.t('The active editor holds no annual report (front matter with agency/year, or the report title).'),
    );
    return undefined;
  }
  const findings = (await diagnostics.checkNow(doc))?.findings ?? [];
  const marker = draftMarkerLine(doc.getText());
  const errors = findings.filter((f) => f.severity === 'error').length;
  const placeholders = marker === undefined ? [] : findings.filter((f) => f.code === 'NB404');
  if (!args.confirm && (errors || placeholders.length)) {
    const reasons: string[] = [];
    if (errors) reasons.push(vscode.l10n.t('The report still has {0}.', countErrors(errors)));
    if (placeholders.length)
      reasons.push(
        vscode.l10n.t(
          'It is a draft (status: draft) with {0} still to fill in, the first on line {1}.',
          countPlaceholders(placeholders.length),
          placeholders[0].range.start.line + 1,
        ),
      );
    const go = vscode.l10n.t('Export anyway');
    if ((await ui.ask(vscode.l10n.t('Export the report anyway?'), reasons.join('\n'), go)) !== go) return undefined;
  }
  const target =
    args.target ??
    (await vscode.window.showSaveDialog({
      defaultUri:
        doc.uri.scheme === 'file'
          ? doc.uri.with({ path: doc.uri.path.replace(/\.(md|markdown)$/i, '') + '.docx' })
          : undefined,
      filters: { Word: ['docx'] },
    }));
  if (!target) return undefined;
  // (A target chosen in the save dialog was already confirmed there.)
  if (args.target && !args.confirm && (await exists(target))) {
    const overwrite = vscode.l10n.t('Overwrite');
    if ((await ui.ask(vscode.l10n.t('{0} exists. Overwrite it?', target.fsPath), undefined, overwrite)) !== overwrite)
      return undefined;
  }
  try {
    await writeAtomic(target, await loadEngine().exportDocx(doc.getText()));
  } catch (e) {
    void ui.error(vscode.l10n.t('{0} could not be written ({1}); nothing was exported.', target.fsPath, errorText(e)));
    return undefined;
  }
  void announce(ui, doc, target, marker !== undefined && !placeholders.length);
  return target;
}

/** Says where the file went; for a finished draft, offers to drop `status: draft` (one undoable edit). */
async function announce(ui: Ui, doc: vscode.TextDocument, target: vscode.Uri, finishedDraft: boolean): Promise<void> {
  const show = vscode.l10n.t('Show in folder');
  const drop = vscode.l10n.t('Remove status: draft');
  const answer = finishedDraft
    ? await ui.info(
        vscode.l10n.t(
          'Exported to {0}. No placeholder is left: remove status: draft from the front matter?',
          target.fsPath,
        ),
        drop,
        show,
      )
    : await ui.info(vscode.l10n.t('Exported to {0}', target.fsPath), show);
  if (answer === show) await vscode.commands.executeCommand('revealFileInOS', target);
  if (answer !== drop) return;
  const line = doc.isClosed ? undefined : draftMarkerLine(doc.getText());
  if (line === undefined) return;
  const range = new vscode.Range(line, 0, line + 1, 0);
  await applyAtVersion(doc, doc.version, [{ range: { start: range.start, end: range.end }, newText: '' }]);
}
