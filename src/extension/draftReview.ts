import * as vscode from 'vscode';
import { registerCommand } from './command';
import { draftTabs, openDiff } from './draftTabs';
import { shiftBefore, spliced, type Splice } from './splices';
import { applyAtVersion } from './edits';
import type { TextEdit } from './engine';
import { loadEngine } from './lazy';
import type { Ui } from './ui';

/** The scheme of a draft under review (a virtual document: never checked, never saved). */
export const DRAFT_SCHEME = 'nianbao-draft';

/** The drafts made from one version of a report, reviewed one heading at a time. */
export interface Session {
  readonly doc: vscode.TextDocument;
  readonly base: string;
  /** The report's version the pending drafts apply to: as drafted, plus the drafts accepted since. */
  version: number;
  readonly applied: Splice[];
  readonly pending: Proposal[];
  /** Headings whose tab the writer closed while their draft was still being written. */
  readonly dismissed: Set<number>;
}

interface Proposal {
  readonly uri: vscode.Uri;
  readonly heading: string;
  /** The heading's line in the report as drafted (the proposal's key within its session). */
  readonly line: number;
  splice: Splice;
  /** Still being written (streamed in): shown, not yet to be accepted. */
  writing: boolean;
  readonly session: Session;
}

/**
 * The non-modal review of drafts: each heading's draft in a diff tab of its own beside the report as it
 * is, accepted or discarded by the buttons of that tab's title bar (nianbao.acceptDraft/rejectDraft), the
 * tab closed when the writer decides; accepting applies that heading's draft as one undoable edit, refused
 * if the report changed since (other than by the drafts accepted from the same run).
 */
export class DraftReview implements vscode.Disposable {
  private readonly proposals = new Map<string, Proposal>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[];
  private serial = 0;

  constructor(
    private readonly ui: Ui,
    private readonly redraft: (doc: vscode.TextDocument, heading: string) => Thenable<unknown>,
  ) {
    this.disposables = [
      this.changed,
      vscode.workspace.registerTextDocumentContentProvider(DRAFT_SCHEME, {
        onDidChange: this.changed.event,
        provideTextDocumentContent: (uri) => this.contentOf(uri),
      }),
      registerCommand('nianbao.acceptDraft', (arg?: unknown) => this.accept(this.find(arg)), this.ui),
      registerCommand('nianbao.rejectDraft', (arg?: unknown) => this.reject(this.find(arg)), this.ui),
      vscode.window.tabGroups.onDidChangeTabs((e) => e.closed.forEach((t) => this.closedByWriter(t))),
    ];
    // Tabs of drafts from an earlier window (restored by VS Code) have nothing behind them.
    void vscode.window.tabGroups.close(draftTabs(DRAFT_SCHEME));
  }

  /** Starts the review of drafts made from the report's text at `version`. */
  begin(doc: vscode.TextDocument, version: number, base: string): Session {
    return { doc, base, version, applied: [], pending: [], dismissed: new Set() };
  }

  /**
   * Shows the draft of one heading (its edit to the report as drafted) in its diff tab, opening the tab
   * the first time; `writing` while it streams in. Undefined when the writer closed it while it was written.
   */
  async show(session: Session, heading: string, line: number, edit: TextEdit, writing: boolean) {
    if (session.dismissed.has(line)) return undefined;
    const { lineOffsets, offsetAt } = loadEngine();
    const offsets = lineOffsets(session.base);
    const splice = {
      start: offsetAt(offsets, edit.range.start),
      end: offsetAt(offsets, edit.range.end),
      newText: edit.newText,
    };
    const known = session.pending.find((p) => p.line === line);
    if (known && writing && !known.writing) return known.uri; // the finished draft is in; a late part is not
    if (known) {
      Object.assign(known, { splice, writing });
      this.changed.fire(known.uri);
      return known.uri;
    }
    const uri = vscode.Uri.from({ scheme: DRAFT_SCHEME, path: session.doc.uri.path, query: `${++this.serial}` });
    const proposal: Proposal = { uri, heading, line, splice, writing, session };
    session.pending.push(proposal);
    session.pending.sort((a, b) => a.splice.start - b.splice.start);
    this.proposals.set(uri.toString(), proposal);
    await openDiff(session.doc.uri, uri, heading, this.proposals.size > 1);
    return uri;
  }

  /** Drops the draft of a heading that failed after it began to stream in (its tab closed). */
  async drop(session: Session, line: number): Promise<void> {
    const proposal = session.pending.find((p) => p.line === line);
    if (proposal) await this.settle(proposal);
  }

  private contentOf(uri: vscode.Uri): string {
    const p = this.proposals.get(uri.toString());
    return p ? spliced(p.session.base, [...p.session.applied, p.splice]) : '';
  }

  private find(arg: unknown): Proposal | undefined {
    const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    const uri =
      arg instanceof vscode.Uri && arg.scheme === DRAFT_SCHEME
        ? arg
        : input instanceof vscode.TabInputTextDiff && input.modified.scheme === DRAFT_SCHEME
          ? input.modified
          : undefined;
    return uri && this.proposals.get(uri.toString());
  }

  private async accept(p: Proposal | undefined): Promise<boolean> {
    if (!p) return this.gone();
    if (p.writing) {
      void this.ui.info(vscode.l10n.t('The draft of “{0}” is still being written.', p.heading));
      return false;
    }
    const s = p.session;
    if (s.doc.isClosed || s.doc.version !== s.version) {
      const again = vscode.l10n.t('Draft again');
      void this.ui
        .warn(vscode.l10n.t('The report changed after “{0}” was drafted; the draft was not applied.', p.heading), again)
        .then((choice) => (choice === again ? this.settle(p).then(() => this.redraft(s.doc, p.heading)) : undefined));
      return false;
    }
    const shift = shiftBefore(s.applied, p.splice.start);
    const range = { start: s.doc.positionAt(p.splice.start + shift), end: s.doc.positionAt(p.splice.end + shift) };
    if (!(await applyAtVersion(s.doc, s.version, [{ range, newText: p.splice.newText }]))) return false;
    s.version = s.doc.version;
    s.applied.push(p.splice);
    await this.settle(p);
    s.pending.forEach((other) => this.changed.fire(other.uri));
    const undo = vscode.l10n.t('Undo');
    const applied = s.version;
    void this.ui
      .info(vscode.l10n.t('Accepted the draft of “{0}”; one undo reverts it.', p.heading), undo)
      .then(async (choice) => {
        if (choice !== undo || s.doc.isClosed || s.doc.version !== applied) return;
        await vscode.window.showTextDocument(s.doc);
        await vscode.commands.executeCommand('undo');
      });
    await this.next(s, s.doc.positionAt(p.splice.start + shift));
    return true;
  }

  private async reject(p: Proposal | undefined): Promise<boolean> {
    if (!p) return this.gone();
    await this.settle(p);
    void this.ui.info(vscode.l10n.t('Discarded the draft of “{0}”; the report is unchanged.', p.heading));
    await this.next(p.session);
    return true;
  }

  private gone(): false {
    void this.ui.info(vscode.l10n.t('This draft is no longer open for review.'));
    return false;
  }

  /** Ends a proposal's review: forgotten, its tab closed. */
  private async settle(p: Proposal): Promise<void> {
    this.forget(p);
    await vscode.window.tabGroups.close(draftTabs(DRAFT_SCHEME, p.uri));
  }

  private forget(p: Proposal): void {
    this.proposals.delete(p.uri.toString());
    const at = p.session.pending.indexOf(p);
    if (at >= 0) p.session.pending.splice(at, 1);
  }

  /** After a decision: the next draft of the run, or the report (at the narrative just accepted). */
  private async next(s: Session, at?: vscode.Position): Promise<void> {
    const next = s.pending[0];
    if (next) return openDiff(s.doc.uri, next.uri, next.heading, false);
    if (s.doc.isClosed) return;
    const selection = at && new vscode.Range(at, at);
    const editor = await vscode.window.showTextDocument(s.doc, { selection, preview: false });
    if (selection) editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** The writer closed a draft's tab: that draft is discarded, without a word. */
  private closedByWriter(tab: vscode.Tab): void {
    const input = tab.input;
    if (!(input instanceof vscode.TabInputTextDiff) || input.modified.scheme !== DRAFT_SCHEME) return;
    const p = this.proposals.get(input.modified.toString());
    if (!p) return;
    if (p.writing) p.session.dismissed.add(p.line);
    this.forget(p);
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
