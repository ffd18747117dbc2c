import * as vscode from 'vscode';
import { registerCommand } from '../command';
import type { DiagnosticsController } from '../diagnostics';
import type { Settings } from '../settings';
import type { Ui } from '../ui';
import { EndpointModels } from './models';
import { Participant, PARTICIPANT_ID } from './participant';
import { Proposals } from './proposals';
import { Rewrite, type RewriteArgs } from './rewrite';
import { registerTools } from './tools';

/** What the chat offers tests: the participant's handler (the chat view may be absent), the proposals. */
export interface ChatApi {
  participant: vscode.ChatParticipant;
  handler: vscode.ChatRequestHandler;
  proposals: Proposals;
}

/** Registers @nianbao, the language-model tools and 改写所选文字. */
export function registerChat(
  context: vscode.ExtensionContext,
  diagnostics: DiagnosticsController,
  settings: Settings,
  ui: Ui,
): { api: ChatApi; disposable: vscode.Disposable } {
  const endpoints = new EndpointModels(context, ui);
  const proposals = new Proposals();
  const chat = new Participant(diagnostics, settings, endpoints, proposals);
  const rewrite = new Rewrite(diagnostics, settings, endpoints, proposals, ui);
  const disposables: vscode.Disposable[] = [
    proposals,
    registerCommand('nianbao.rewriteSelection', (args?: RewriteArgs) => rewrite.run(args ?? {}), ui),
  ];
  const participant = vscode.chat.createChatParticipant(PARTICIPANT_ID, chat.handler);
  participant.iconPath = vscode.Uri.joinPath(context.extensionUri, 'media', 'icon.png');
  disposables.push(participant, registerTools(diagnostics, settings));
  return { api: { participant, handler: chat.handler, proposals }, disposable: vscode.Disposable.from(...disposables) };
}
