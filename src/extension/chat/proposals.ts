import * as vscode from 'vscode';
import { registerCommand } from '../command';
import type { Proposal } from '../../chat/types';
import { applyAtVersion } from '../edits';

export const PROPOSAL_SCHEME = 'nianbao-chat';

interface Pending {
  doc: vscode.TextDocument;
  version: number;
  proposal: Proposal;
  /** The virtual document that shows the report with the change made. */
  uri: vscode.Uri;
  text: string;
}

/**
 * The text changes the chat and the inline rewrite propose: shown as a diff against the report, applied
 * only on the writer's accept as one undoable edit, and only to the version they were made for.
 */
export class Proposals implements vscode.Disposable {
  private readonly pending = new Map<string, Pending>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[];
  private next = 1;

  constructor() {
    this.disposables = [
      this.changed,
      vscode.workspace.registerTextDocumentContentProvider(PROPOSAL_SCHEME, {
        onDidChange: this.changed.event,
        provideTextDocumentContent: (uri) => this.byUri(uri)?.text ?? '',
      }),
      registerCommand('nianbao.chat.showProposal', (id: string) => this.show(id)),
      registerCommand('nianbao.chat.applyProposal', (id?: string) => this.apply(this.idOf(id))),
      registerCommand('nianbao.chat.discardProposal', (id?: string) => this.discard(this.idOf(id))),
    ];
  }

  /** Keeps a proposal for a document at its current version; returns its id. */
  add(doc: vscode.TextDocument, version: number, proposal: Proposal): string {
    const id = String(this.next++);
    const uri = vscode.Uri.from({ scheme: PROPOSAL_SCHEME, path: doc.uri.path, query: `proposal=${id}` });
    this.pending.set(id, { doc, version, proposal, uri, text: this.textWith(doc, proposal.range, proposal.newText) });
    return id;
  }

  /** A document's text with one range replaced (for the diff, also while a rewrite streams in). */
  textWith(doc: vscode.TextDocument, range: Proposal['range'], newText: string): string {
    const text = doc.getText();
    const r = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
    return text.slice(0, doc.offsetAt(r.start)) + newText + text.slice(doc.offsetAt(r.end));
  }

  /** Replaces what the diff of a proposal shows (a rewrite streaming in). */
  update(id: string, text: string): void {
    const p = this.pending.get(id);
    if (!p) return;
    p.text = text;
    this.changed.fire(p.uri);
  }

  get(id: string): Proposal | undefined {
    return this.pending.get(id)?.proposal;
  }

  set(id: string, proposal: Proposal): void {
    const p = this.pending.get(id);
    if (!p) return;
    p.proposal = proposal;
    this.update(id, this.textWith(p.doc, proposal.range, proposal.newText));
  }

  /** Opens the diff of the report and the report with the change. */
  async show(id: string): Promise<boolean> {
    const p = this.pending.get(id);
    if (!p) return false;
    const title = vscode.l10n.t('Proposed change: {0}', p.proposal.heading);
    const { start } = p.proposal.range;
    const at = new vscode.Range(start.line, 0, start.line, 0);
    await vscode.commands.executeCommand('vscode.diff', p.doc.uri, p.uri, title, { preview: true, selection: at });
    vscode.window.activeTextEditor?.revealRange(at, vscode.TextEditorRevealType.InCenter);
    return true;
  }

  /** Applies a proposal as one undoable edit, if the report has not changed since; closes its diff. */
  async apply(id: string | undefined): Promise<boolean> {
    const p = id ? this.pending.get(id) : undefined;
    if (!p) return false;
    this.pending.delete(id!);
    await this.closeDiff(p.uri);
    const { range, newText } = p.proposal;
    return applyAtVersion(p.doc, p.version, [{ range, newText }]);
  }

  async discard(id: string | undefined): Promise<boolean> {
    const p = id ? this.pending.get(id) : undefined;
    if (!p) return false;
    this.pending.delete(id!);
    await this.closeDiff(p.uri);
    return true;
  }

  /** The id given, else the proposal whose diff is the active editor (the diff's title-bar buttons). */
  private idOf(id: unknown): string | undefined {
    if (typeof id === 'string') return id;
    const active = id instanceof vscode.Uri ? id : vscode.window.activeTextEditor?.document.uri;
    return active?.scheme === PROPOSAL_SCHEME ? /proposal=(\d+)/.exec(active.query)?.[1] : undefined;
  }

  private byUri(uri: vscode.Uri): Pending | undefined {
    return [...this.pending.values()].find((p) => p.uri.toString() === uri.toString());
  }

  private async closeDiff(uri: vscode.Uri): Promise<void> {
    const tabs = vscode.window.tabGroups.all
      .flatMap((g) => g.tabs)
      .filter((t) => t.input instanceof vscode.TabInputTextDiff && t.input.modified.toString() === uri.toString());
    if (tabs.length) await vscode.window.tabGroups.close(tabs);
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
