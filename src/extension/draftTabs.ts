import * as vscode from 'vscode';

/** The open tabs showing a draft of `scheme` (that one draft, when `uri` is given). */
export function draftTabs(scheme: string, uri?: vscode.Uri): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) =>
    g.tabs.filter((t) => {
      const input = t.input;
      if (!(input instanceof vscode.TabInputTextDiff) || input.modified.scheme !== scheme) return false;
      return !uri || input.modified.toString() === uri.toString();
    }),
  );
}

/**
 * Opens (or brings forward) the diff of a report and one heading's draft, as a tab of its own (not a
 * preview that the next draft would replace); `keepFocus` leaves the keyboard where the writer is.
 */
export async function openDiff(report: vscode.Uri, draft: vscode.Uri, heading: string, keepFocus: boolean) {
  const options: vscode.TextDocumentShowOptions = { preview: false, preserveFocus: keepFocus };
  await vscode.commands.executeCommand('vscode.diff', report, draft, vscode.l10n.t('Draft: {0}', heading), options);
}
