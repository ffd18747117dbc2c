import * as vscode from 'vscode';
import type { Finding } from './engine';
import { toRange } from './diagnostics';

/**
 * Applies edits to a document as one undoable step, but only if the document is still at `version`
 * (the one the edits were computed for); returns whether they were applied.
 */
export async function applyAtVersion(
  doc: vscode.TextDocument,
  version: number,
  edits: ReadonlyArray<{ range: Finding['range']; newText: string }>,
): Promise<boolean> {
  if (doc.isClosed || doc.version !== version) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('The document changed after it was checked; nothing was applied. Try again on the new results.'),
    );
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(doc.uri, toRange(e.range), e.newText);
  return vscode.workspace.applyEdit(edit);
}

/** The smallest single replacement turning `before` into `after` (so one edit keeps the cursor where it was). */
export function minimalReplacement(
  doc: vscode.TextDocument,
  before: string,
  after: string,
): { range: vscode.Range; newText: string } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  return {
    range: new vscode.Range(doc.positionAt(start), doc.positionAt(endBefore)),
    newText: after.slice(start, endAfter),
  };
}
