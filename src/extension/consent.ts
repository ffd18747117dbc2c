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
  const engine = loadEngine();
  // An address that cannot be sent to is said as such (in the writer's words), before anything is asked.
  const host = new URL(engine.checkedBaseURL(baseURL)).host;
  if (engine.isLocal(baseURL)) return true;
  const key = `${scope}:${host}`;
  if (state.get<boolean>(key)) return true;
  const allow = vscode.l10n.t('Send to {0}', host);
  if ((await ui.ask(question(host), undefined, allow)) !== allow) return false;
  await state.update(key, true);
  return true;
}

/** The model endpoint of the settings (`nianbao.llm.*`: a preset or a base URL, the model, the timeout). */
export function endpointSettings(): { baseURL: string; model: string; timeoutMs: number } {
  const c = vscode.workspace.getConfiguration('nianbao.llm');
  const preset = loadEngine().PRESETS.find((p) => p.id === c.get<string>('preset', 'none'));
  return {
    baseURL: (c.get<string>('baseUrl', '') || preset?.baseURL || '').trim(),
    model: c.get<string>('model', '').trim(),
    timeoutMs: c.get<number>('timeout', 60) * 1000,
  };
}
