import * as vscode from 'vscode';
import { registerCommand } from './command';
import type { DraftTarget } from '../drafting';
import type { DiagnosticsController } from './diagnostics';
import { actionTitle, describeFailure, type Failure, type FailureAction } from './draftFailure';
import { DraftModel, type ModelChoice } from './draftModel';
import { RefusedView } from './draftRefused';
import { DraftReview } from './draftReview';
import { streamInto } from './draftStream';
import { runDrafts, type Drafted, type RunFailure } from './draftRun';
import { applyAtVersion } from './edits';
import { loadEngine } from './lazy';
import type { Ui } from './ui';

/**
 * How drafting is asked for: the heading (its text and line, as the CodeLens passes them) or several
 * headings by text, in the report `uri` (else the active editor's); `offline` skips the model; `confirm`
 * (tests, scripts) applies the drafts at once instead of opening them for review.
 */
export interface DraftArgs {
  uri?: vscode.Uri;
  section?: string;
  line?: number;
  headings?: string[];
  offline?: boolean;
  confirm?: boolean;
}

/**
 * Drafting in the editor: the model from the settings (or the offline drafter), one heading after another
 * under a progress notification, each draft opened for review as it comes (DraftReview); a failure says
 * what happened in the writer's words and offers what to do next.
 */
export class Drafting implements vscode.Disposable {
  private readonly log = vscode.window.createOutputChannel(vscode.l10n.t('Nianbao Drafting'), { log: true });
  private readonly review: DraftReview;
  private readonly models: DraftModel;
  private readonly refusedView = new RefusedView();
  private readonly disposables: vscode.Disposable[];

  constructor(
    context: vscode.ExtensionContext,
    private readonly diagnostics: DiagnosticsController,
    private readonly ui: Ui,
  ) {
    this.models = new DraftModel(context, ui);
    this.review = new DraftReview(ui, (doc, heading) => this.draft(false, { uri: doc.uri, section: heading }));
    this.disposables = [
      this.log,
      this.review,
      this.refusedView,
      registerCommand('nianbao.draftSection', (args?: DraftArgs) => this.draft(false, args ?? {}), this.ui),
      registerCommand('nianbao.draftAll', (args?: DraftArgs) => this.draft(true, args ?? {}), this.ui),
      registerCommand('nianbao.setApiKey', () => this.models.setKey(), this.ui),
    ];
  }

  /**
   * Drafts and opens the drafts for review; resolves to their tabs' URIs once drafting ended (with
   * `confirm`: whether every draft was applied).
   */
  private async draft(all: boolean, args: DraftArgs): Promise<vscode.Uri[] | boolean> {
    const editor = args.uri
      ? await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(args.uri))
      : vscode.window.activeTextEditor;
    const doc = editor?.document;
    if (!editor || !doc || !this.diagnostics.isReport(doc)) {
      void this.ui.info(
        vscode.l10n.t('The active editor holds no annual report (front matter with agency/year, or the report title).'),
      );
      return false;
    }
    const version = doc.version;
    const text = doc.getText();
    const chosen = this.choose(loadEngine().planDrafts(text).targets, all, args, editor.selection.active.line);
    if (!chosen.length) return false;
    const model: ModelChoice = args.offline ? undefined : await this.models.choose();
    if (model === 'refused') return false;
    const session = args.confirm ? undefined : this.review.begin(doc, version, text);
    const made: Drafted[] = [];
    const shown: vscode.Uri[] = [];
    const stream = streamInto(this.review, session, text);
    const failure = await runDrafts(this.ui, text, chosen, model, {
      drafted: async (d) => {
        made.push(d);
        stream.stop(d.target);
        this.logDraft(d);
        const uri =
          session && (await this.review.show(session, d.target.heading.text, lineOf(d.target), d.edit, false));
        if (uri) shown.push(uri);
      },
      streamed: stream.push,
      log: (line) => this.models.debug() && this.log.info(line),
    });
    stream.stop();
    if (failure) {
      if (session) await this.review.drop(session, lineOf(failure.target));
      this.fail(failure, doc, made.length > 0, model);
    } else if (session) this.sayOpened(made);
    if (args.confirm)
      return (
        !failure &&
        applyAtVersion(
          doc,
          version,
          made.map((d) => d.edit),
        )
      );
    return shown;
  }

  /** The headings to draft: those named, all, the one the CodeLens names, or the one at the cursor. */
  private choose(targets: DraftTarget[], all: boolean, args: DraftArgs, cursor: number): DraftTarget[] {
    const { headings, section, line } = args;
    let chosen: DraftTarget[];
    if (headings) chosen = targets.filter((t) => headings.includes(t.heading.text));
    else if (all) chosen = targets;
    else if (line !== undefined && targets.some((t) => lineOf(t) === line))
      chosen = targets.filter((t) => lineOf(t) === line);
    else if (section) {
      const exact = targets.filter((t) => t.heading.text === section);
      chosen = exact.length ? exact : loadEngine().selectTargets(targets, section);
    } else chosen = targets.filter((t) => lineOf(t) <= cursor && cursor < Math.max(t.end, t.first));
    if (!chosen.length)
      void this.ui.warn(
        all || headings
          ? vscode.l10n.t('The report has no heading with notes: write a ```notes block under a heading first.')
          : section
            ? vscode.l10n.t('No heading “{0}” with notes was found in the report.', section)
            : vscode.l10n.t('No heading with notes at the cursor: write a ```notes block under the heading first.'),
      );
    return chosen.slice(0, all || headings ? undefined : 1);
  }

  /** Says where the drafts are and how to decide (short: a toast without buttons shows one line). */
  private sayOpened(made: Drafted[]): void {
    if (!made.length) return;
    void this.ui.info(
      made.length === 1
        ? vscode.l10n.t('The draft is open: accept ✓ or discard ✕ in its title bar.')
        : vscode.l10n.t('{0} drafts are open, a tab each: accept ✓ or discard ✕ in the title bar.', made.length),
    );
  }

  /** Says why drafting stopped, and offers what to do next. */
  private fail(f: RunFailure, doc: vscode.TextDocument, kept: boolean, model: ModelChoice): void {
    const heading = f.target.heading.text;
    const m = model && model !== 'refused' ? model : undefined;
    const failure = describeFailure(f.error, {
      heading,
      host: m ? new URL(m.baseURL).host : '',
      timeoutSeconds: m ? m.timeoutMs / 1000 : 0,
      timedOut: f.timedOut,
    });
    if (failure.severity === 'info' && kept)
      failure.message = vscode.l10n.t('Drafting was cancelled; the drafts already made stay open for review.');
    if (this.models.debug()) this.log.warn(failure.message);
    const titles = failure.actions.map(actionTitle);
    const shown =
      failure.severity === 'error'
        ? this.ui.error(failure.message, ...titles)
        : failure.severity === 'warning'
          ? this.ui.warn(failure.message, ...titles)
          : this.ui.info(failure.message);
    const left = f.left.map((t) => t.heading.text);
    void shown.then((choice) => {
      const action = failure.actions[titles.indexOf(choice ?? '')];
      return action && this.act(action, failure, doc, heading, left);
    });
  }

  private async act(
    action: FailureAction,
    failure: Failure,
    doc: vscode.TextDocument,
    heading: string,
    left: string[],
  ) {
    if (action === 'settings') return vscode.commands.executeCommand('workbench.action.openSettings', 'nianbao.llm');
    if (action === 'showDraft') return this.refusedView.show(heading, failure.message, failure.refused ?? '');
    return this.draft(false, { uri: doc.uri, headings: left, offline: action === 'offline' });
  }

  private logDraft(d: Drafted): void {
    if (!this.models.debug()) return;
    const how = d.source === 'model' ? vscode.l10n.t('by the model ({0})', d.rung ?? '') : vscode.l10n.t('offline');
    this.log.info(
      `${vscode.l10n.t('“{0}”: drafted {1}', d.target.heading.text, how)}\n${loadEngine().draftText(d.draft)}`,
    );
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

/** A heading's line in the report as drafted (what names a draft within its run). */
const lineOf = (t: DraftTarget) => t.heading.range.start.line;
