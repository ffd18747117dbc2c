import * as vscode from 'vscode';
import type { NianbaoApi } from '../../src/extension/main';
import { FakeModel, streamAnswer } from '../unit/drafting/server';

const SUPERVISION = '全年开展政务公开业务培训2次，将信息发布质量纳入股室年度考核。';
const REWRITE =
  '本年度，本局组织开展政务公开业务培训2次，提升工作人员的公开意识和业务能力；将信息发布质量纳入各股室年度考核，压实公开责任。';

/**
 * Not a test: sets the scene for the README's picture of 改写所选文字 (scripts/screenshot.mjs) — the
 * rewrite of a selection streamed from a local model into the diff, with the accept question beside.
 * (code-server's build has no chat view to show @nianbao in: see the README.)
 */
export async function run(): Promise<void> {
  const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'nianbao')!;
  const api = (await ext.activate()) as NianbaoApi;
  const server = new FakeModel().then(streamAnswer(REWRITE, 4, 40));
  const llm = vscode.workspace.getConfiguration('nianbao.llm');
  await llm.update('baseUrl', await server.start(), vscode.ConfigurationTarget.Workspace);
  await llm.update('model', 'local-test-model', vscode.ConfigurationTarget.Workspace);
  const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'baiyun-2024-draft.md');
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const line = editor.document.getText().split('\n').indexOf(SUPERVISION);
  editor.selection = new vscode.Selection(line, 0, line, SUPERVISION.length);
  const asked = new Promise<void>((resolve) => api.ui.onDidShowMessage(() => resolve()));
  void vscode.commands.executeCommand('nianbao.rewriteSelection', { instruction: '更正式，补充意义' });
  await asked;
  await new Promise((r) => setTimeout(r, 1500));
  console.log('nianbao screenshot ready');
  await new Promise((r) => setTimeout(r, 8000));
  await server.stop();
}
