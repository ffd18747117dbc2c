import * as vscode from 'vscode';

/**
 * Not a test: sets the scene for the README's picture of drafting's entry points (scripts/screenshot.mjs) —
 * a new report (a draft) with 起草本节 above each notes block, the ✨ button in the title bar, and the
 * Markdown preview beside with the placeholders highlighted.
 */
export async function run(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders![0].uri;
  const target = vscode.Uri.joinPath(folder, '白云县应急管理局2024年政府信息公开工作年度报告.md');
  await vscode.commands.executeCommand('nianbao.newReport', {
    agency: '白云县应急管理局',
    year: 2024,
    previous: vscode.Uri.joinPath(folder, 'baiyun-2023.md'),
    target,
  });
  const editor = vscode.window.activeTextEditor!;
  await new Promise<void>((resolve) => {
    const done = () => vscode.languages.getDiagnostics(target).some((d) => d.source === 'nianbao');
    if (done()) return resolve();
    const sub = vscode.languages.onDidChangeDiagnostics(() => {
      if (done()) {
        sub.dispose();
        resolve();
      }
    });
  });
  const line = editor.document.getText().split('\n').indexOf('## 一、总体情况');
  editor.selection = new vscode.Selection(line + 4, 0, line + 4, 0);
  editor.revealRange(new vscode.Range(line - 2, 0, line + 20, 0), vscode.TextEditorRevealType.AtTop);
  await vscode.commands.executeCommand('markdown.showPreviewToSide');
  await vscode.commands.executeCommand('workbench.action.focusFirstEditorGroup');
  await vscode.commands.executeCommand('notifications.hideToasts');
  console.log('nianbao screenshot ready');
  await new Promise((r) => setTimeout(r, 8000));
}
