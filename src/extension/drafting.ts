import * as vscode from 'vscode';
import type { DiagnosticsController } from './diagnostics';
import { applyAtVersion } from './edits';
import { loadEngine } from './lazy';

const SCHEME = 'nianbao-draft';
const SECRET = (baseURL: string) => `nianbao.llm.key:${baseURL.replace(/\/+$/, '')}`;

/** Arguments for programmatic use (tests): skip the question after the diff, pick a heading by text. */
export interface DraftArgs {
  confirm?: boolean;
  section?: string;
}

/**
 * Drafting in the editor: the model from the settings (key in SecretStorage, consent asked once per
 * workspace and host for a non-local endpoint), the offline drafter otherwise; the draft is shown as a
 * diff before it is applied as one undoable edit to that heading's narrative only.
 */
export class Drafting implements vscode.Disposable {
  private readonly proposals = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly log = vscode.window.createOutputChannel('Nianbao 起草', { log: true });
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly diagnostics: DiagnosticsController,
  ) {
    this.disposables = [
      this.changed,
      this.log,
      vscode.workspace.registerTextDocumentContentProvider(SCHEME, {
        onDidChange: this.changed.event,
        provideTextDocumentContent: (uri) => this.proposals.get(uri.toString()) ?? '',
      }),
      vscode.commands.registerCommand('nianbao.draftSection', (args?: DraftArgs) => this.draft(false, args ?? {})),
      vscode.commands.registerCommand('nianbao.draftAll', (args?: DraftArgs) => this.draft(true, args ?? {})),
      vscode.commands.registerCommand('nianbao.setApiKey', () => this.setKey()),
    ];
  }

  private settings() {
    const c = vscode.workspace.getConfiguration('nianbao.llm');
    const engine = loadEngine();
    const preset = engine.PRESETS.find((p) => p.id === c.get<string>('preset', 'none'));
    const baseURL = (c.get<string>('baseUrl', '') || preset?.baseURL || '').trim();
    return {
      baseURL,
      model: c.get<string>('model', '').trim(),
      timeoutMs: c.get<number>('timeout', 60) * 1000,
      debug: c.get<boolean>('debug', false),
    };
  }

  private async setKey(): Promise<void> {
    const { baseURL } = this.settings();
    if (!baseURL) {
      void vscode.window.showWarningMessage(
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
    void vscode.window.showInformationMessage(
      key ? vscode.l10n.t('The API key is stored.') : vscode.l10n.t('The API key is removed.'),
    );
  }

  /** The model configuration, or undefined for the offline drafter; undefined too when consent is refused. */
  private async model(): Promise<
    { baseURL: string; model: string; apiKey?: string; timeoutMs: number } | 'refused' | undefined
  > {
    const s = this.settings();
    if (!s.baseURL || !s.model) return undefined;
    const engine = loadEngine();
    if (!engine.isLocal(s.baseURL)) {
      const host = new URL(s.baseURL).host;
      const key = `nianbao.consent:${host}`;
      if (!this.context.workspaceState.get<boolean>(key)) {
        const allow = vscode.l10n.t('Send to {0}', host);
        const answer = await vscode.window.showWarningMessage(
          vscode.l10n.t(
            'Drafting sends this heading’s notes and the report’s table figures to {0}. Allow it for this workspace?',
            host,
          ),
          { modal: true },
          allow,
        );
        if (answer !== allow) return 'refused';
        await this.context.workspaceState.update(key, true);
      }
    }
    return {
      baseURL: s.baseURL,
      model: s.model,
      apiKey: await this.context.secrets.get(SECRET(s.baseURL)),
      timeoutMs: s.timeoutMs,
    };
  }

  private async draft(all: boolean, args: DraftArgs): Promise<boolean> {
    const editor = vscode.window.activeTextEditor;
    const doc = editor?.document;
    if (!editor || !doc || !this.diagnostics.isReport(doc)) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('The active editor holds no annual report (front matter with agency/year, or the report title).'),
      );
      return false;
    }
    const engine = loadEngine();
    const version = doc.version;
    const text = doc.getText();
    const { targets } = engine.planDrafts(text);
    let section = args.section;
    if (!all && !section) {
      const line = editor.selection.active.line;
      const target = [...targets].reverse().find((t) => t.heading.range.start.line <= line);
      if (!target) {
        void vscode.window.showWarningMessage(
          vscode.l10n.t('No heading with notes at the cursor: write a ```notes block under the heading first.'),
        );
        return false;
      }
      section = target.heading.text;
    }
    const model = await this.model();
    if (model === 'refused') return false;
    const debug = this.settings().debug;
    let result: Awaited<ReturnType<typeof engine.draftReport>>;
    try {
      result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Drafting'), cancellable: true },
        async (progress, token) => {
          const controller = new AbortController();
          token.onCancellationRequested(() => controller.abort());
          return engine.draftReport(text, all ? undefined : section, {
            model,
            signal: controller.signal,
            // Adapted to the engine's progress object only to keep the build green; the review UI (issue 12) owns this.
            onProgress: (p) => {
              const m = `${p.heading ?? ''} · ${p.attempt} · ${Math.round(p.elapsedMs / 1000)} s`;
              progress.report({ message: m });
              if (debug) this.log.info(m);
            },
          });
        },
      );
    } catch (e) {
      void vscode.window.showErrorMessage(e instanceof Error ? e.message : String(e));
      return false;
    }
    if (debug)
      for (const d of result.drafted)
        this.log.info(
          `${d.target.heading.text}（${d.source}${d.rung ? `, ${d.rung}` : ''}）\n${engine.draftText(d.draft)}`,
        );
    // Show the draft before it is applied.
    const proposal = vscode.Uri.from({ scheme: SCHEME, path: doc.uri.path, query: String(Date.now()) });
    this.proposals.set(proposal.toString(), result.text);
    await vscode.commands.executeCommand(
      'vscode.diff',
      doc.uri,
      proposal,
      vscode.l10n.t('Draft: {0}', all ? vscode.l10n.t('all headings with notes') : section!),
      { preview: true },
    );
    const apply = vscode.l10n.t('Apply the draft');
    const ok =
      args.confirm ||
      (await vscode.window.showInformationMessage(
        vscode.l10n.t('Apply the draft ({0} heading(s))? One undo reverts it.', result.drafted.length),
        { modal: true },
        apply,
      )) === apply;
    this.proposals.delete(proposal.toString());
    await vscode.window.showTextDocument(doc);
    if (!ok) return false;
    return applyAtVersion(
      doc,
      version,
      result.drafted.map((d) => d.edit),
    );
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
