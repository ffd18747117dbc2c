import * as vscode from 'vscode';
import { FakeModel, hang } from '../unit/drafting/server';

/**
 * Not a test: sets the scene for the README's picture of the wait for a model (scripts/screenshot.mjs) — a
 * local model that does not answer, and the progress that says which attempt it is and for how long.
 */
export async function run(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders![0].uri;
  // code-server offers to forward the local model's port; not part of the picture.
  await vscode.workspace
    .getConfiguration('remote')
    .update('autoForwardPorts', false, vscode.ConfigurationTarget.Global);
  const url = await new FakeModel().then(hang).start();
  const llm = vscode.workspace.getConfiguration('nianbao.llm');
  await llm.update('baseUrl', url, vscode.ConfigurationTarget.Workspace);
  await llm.update('model', 'qwen-plus', vscode.ConfigurationTarget.Workspace);
  const uri = vscode.Uri.joinPath(folder, 'baiyun-2023.md');
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const line = editor.document.getText().split('\n').indexOf('### （一）主动公开');
  editor.revealRange(new vscode.Range(line - 2, 0, line + 20, 0), vscode.TextEditorRevealType.AtTop);
  void vscode.commands.executeCommand('nianbao.draftSection', { section: '（一）主动公开', line });
  await new Promise((r) => setTimeout(r, 14_000));
  console.log('nianbao screenshot ready');
  await new Promise((r) => setTimeout(r, 8000));
}
