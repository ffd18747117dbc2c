import * as vscode from 'vscode';

/**
 * Not a test: sets the scene for the README's picture of the draft review (scripts/screenshot.mjs) — the
 * example report's （一）主动公开 drafted (offline), its diff open beside the report with 采用草稿 / 放弃草稿
 * in the diff's title bar, and the message that says so.
 */
export async function run(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders![0].uri;
  const uri = vscode.Uri.joinPath(folder, 'baiyun-2023.md');
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const line = editor.document.getText().split('\n').indexOf('### （一）主动公开');
  await vscode.commands.executeCommand('nianbao.draftSection', { section: '（一）主动公开', line });
  await vscode.commands.executeCommand('workbench.action.compareEditor.nextChange');
  console.log('nianbao screenshot ready');
  await new Promise((r) => setTimeout(r, 8000));
}
