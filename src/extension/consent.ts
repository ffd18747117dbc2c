import * as vscode from 'vscode';
import { loadEngine } from './lazy';
import type { Ui } from './ui';

/**
 * Whether text may go to the model service at `baseURL`: always to this machine (loopback, localhost);
 * elsewhere only once the writer allowed that host for this workspace (asked once, remembered under
 * `<scope>:<host>`). `question` words what would be sent.
 */
export async function consented(
  ui: Ui,
  state: vscode.Memento,
  scope: string,
  baseURL: string,
  question: (host: string) => string,
): Promise<boolean> {
  if (loadEngine().isLocal(baseURL)) return true;
  const host = new URL(baseURL).host;
  const key = `${scope}:${host}`;
  if (state.get<boolean>(key)) return true;
  const allow = vscode.l10n.t('Send to {0}', host);
  if ((await ui.ask(question(host), undefined, allow)) !== allow) return false;
  await state.update(key, true);
  return true;
}
