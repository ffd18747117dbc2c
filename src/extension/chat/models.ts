import * as vscode from 'vscode';
import type { ChatMessage, ChatModel } from '../../chat/types';
import { loadEngine } from '../lazy';
import type { Ui } from '../ui';
import { consented, endpointSettings } from '../consent';

const SECRET = (baseURL: string) => `nianbao.llm.key:${baseURL.replace(/\/+$/, '')}`;

/** VS Code's chat model (vscode.lm) as the conversation's model: streamed, cancelled with the request. */
export function lmModel(model: vscode.LanguageModelChat): ChatModel {
  return {
    label: model.name || model.id,
    async complete(messages: ChatMessage[], options) {
      const source = new vscode.CancellationTokenSource();
      const onAbort = () => source.cancel();
      options.signal?.addEventListener('abort', onAbort);
      // vscode.lm has no system role: the context goes first, as the user's.
      const lm = messages.map((m) =>
        m.role === 'assistant'
          ? vscode.LanguageModelChatMessage.Assistant(m.content)
          : vscode.LanguageModelChatMessage.User(m.content),
      );
      try {
        const response = await model.sendRequest(lm, {}, source.token);
        let text = '';
        for await (const piece of response.text) {
          text += piece;
          options.onText?.(text);
        }
        return text;
      } catch (error) {
        const { NianbaoError } = loadEngine();
        if (options.signal?.aborted) throw new NianbaoError('cancelled', '已取消', { en: 'Cancelled' });
        const why = error instanceof Error ? error.message : String(error);
        throw new NianbaoError('model', `聊天模型未能回答：${why}`, { en: `The chat model could not answer: ${why}` });
      } finally {
        options.signal?.removeEventListener('abort', onAbort);
        source.dispose();
      }
    },
  };
}

/**
 * The configured OpenAI-compatible endpoint as a chat model, with the rules of drafting: the workspace's
 * endpoint settings are ignored in Restricted Mode (restrictedConfigurations), the key comes from
 * SecretStorage, and a non-local endpoint needs the writer's consent once per workspace and host.
 */
export class EndpointModels {
  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly ui: Ui,
  ) {}

  private settings() {
    return endpointSettings();
  }

  /** The endpoint's model, undefined when none is configured, 'refused' when the writer does not consent. */
  async model(): Promise<ChatModel | 'refused' | undefined> {
    const s = this.settings();
    if (!s.baseURL || !s.model) return undefined;
    const question = (host: string) =>
      vscode.l10n.t('The chat sends the report’s text, tables and findings to {0}. Allow it for this workspace?', host);
    if (!(await consented(this.ui, this.context.workspaceState, 'nianbao.chatConsent', s.baseURL, question)))
      return 'refused';
    const apiKey = await this.context.secrets.get(SECRET(s.baseURL));
    return loadEngine().endpointModel({ baseURL: s.baseURL, model: s.model, apiKey, timeoutMs: s.timeoutMs });
  }
}
