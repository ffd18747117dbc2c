import * as vscode from 'vscode';

/**
 * Not a test: sets the scene for the README's screenshot (scripts/screenshot.mjs) — the draft report
 * open at a broken total, its findings in the Problems panel, a hover on the finding.
 */
export async function run(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders![0].uri;
  await vscode.workspace.getConfiguration('nianbao').update('language', 'zh-cn', vscode.ConfigurationTarget.Workspace);
  const uri = vscode.Uri.joinPath(folder, 'baiyun-2024-draft.md');
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  await new Promise<void>((resolve) => {
    const done = () => vscode.languages.getDiagnostics(uri).some((d) => d.source === 'nianbao');
    if (done()) return resolve();
    const sub = vscode.languages.onDidChangeDiagnostics(() => {
      if (done()) {
        sub.dispose();
        resolve();
      }
    });
  });
  const line = editor.document
    .getText()
    .split('\n')
    .findIndex((l) => l.startsWith('| （一）予以公开'));
  const cell = editor.document.lineAt(line).text.lastIndexOf('8');
  editor.selection = new vscode.Selection(line, cell, line, cell);
  editor.revealRange(new vscode.Range(line - 12, 0, line + 8, 0), vscode.TextEditorRevealType.AtTop);
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  await vscode.commands.executeCommand('editor.action.showHover');
  console.log('nianbao screenshot ready');
  await new Promise((r) => setTimeout(r, 8000));
}
