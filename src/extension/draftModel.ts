import * as vscode from 'vscode';
import type { Ui } from './ui';
import { consented, endpointSettings } from './consent';

const SECRET = (baseURL: string) => `nianbao.llm.key:${baseURL.replace(/\/+$/, '')}`;

/** The model to draft with, none (the offline drafter), or 'refused' (the writer declined to send). */
export type ModelChoice =
  { baseURL: string; model: string; apiKey?: string; timeoutMs: number } | 'refused' | undefined;

/**
 * The model settings of drafting: the endpoint and model from the settings (an untrusted workspace's
 * own are ignored by VS Code), the key in SecretStorage, consent asked once per workspace and host for
 * an endpoint that is not on this machine.
 */
export class DraftModel {
  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly ui: Ui,
  ) {}

  private settings() {
    return endpointSettings();
  }

  /** Whether the drafting steps and drafts are logged (`nianbao.llm.debug`). */
  debug(): boolean {
    return vscode.workspace.getConfiguration('nianbao.llm').get<boolean>('debug', false);
  }

  /** Asks for the endpoint's API key and keeps it in VS Code's secret storage (empty: removes it). */
  async setKey(): Promise<void> {
    const { baseURL } = this.settings();
    if (!baseURL) {
      void this.ui.warn(
        vscode.l10n.t('Choose a model service first (setting nianbao.llm.preset or nianbao.llm.baseUrl).'),
      );
      return;
    }
    const key = await vscode.window.showInputBox({
      title: vscode.l10n.t('API key for {0}', new URL(baseURL).host),
      password: true,
      ignoreFocusOut: true,
      prompt: vscode.l10n.t('Stored in VS Code’s secret storage, never in settings. Leave empty to remove it.'),
    });
    if (key === undefined) return;
    if (key) await this.context.secrets.store(SECRET(baseURL), key);
    else await this.context.secrets.delete(SECRET(baseURL));
    void this.ui.info(key ? vscode.l10n.t('The API key is stored.') : vscode.l10n.t('The API key is removed.'));
  }

  /** The model configuration for a draft (asking consent first where needed). */
  async choose(): Promise<ModelChoice> {
    const s = this.settings();
    if (!s.baseURL || !s.model) return undefined;
    const question = (host: string) =>
      vscode.l10n.t(
        'Drafting sends this heading’s notes and the report’s table figures to {0}. Allow it for this workspace?',
        host,
      );
    if (!(await consented(this.ui, this.context.workspaceState, 'nianbao.consent', s.baseURL, question)))
      return 'refused';
    return { ...s, apiKey: await this.context.secrets.get(SECRET(s.baseURL)) };
  }
}
