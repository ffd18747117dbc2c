import * as vscode from 'vscode';
import type { Finding } from './engine';
import { loadEngine, looksLikeReport } from './lazy';
import type { Settings } from './settings';

const DEBOUNCE_MS = 250;
/** The documents that are the writer's: files, and new files not yet saved (an import opens one). */
const WRITERS_SCHEMES = new Set(['file', 'untitled']);
const SEVERITY = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
} as const;

/** What a check produced for one document version. */
export interface Checked {
  version: number;
  findings: Finding[];
}

/**
 * Live diagnostics for report documents: on open and on change (debounced) or on save, results for a
 * version that is no longer current dropped, cleared when the document closes.
 */
export class DiagnosticsController implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('nianbao');
  private readonly findingOf = new WeakMap<vscode.Diagnostic, Finding>();
  private readonly checked = new Map<string, Checked>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly updated = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Fired after the diagnostics of a document were replaced. */
  readonly onDidUpdate = this.updated.event;
  /** Milliseconds the last check took, from its start to the diagnostics being set (the debounce excluded). */
  lastCheckMs = 0;

  constructor(
    private readonly settings: Settings,
    private readonly docsRoot: vscode.Uri,
  ) {
    this.disposables.push(
      this.collection,
      this.updated,
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && this.settings.runMode(e.document) === 'onType')
          this.schedule(e.document, DEBOUNCE_MS);
      }),
      vscode.workspace.onDidSaveTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      // A closed tab closes the report for the writer, even while VS Code keeps the document alive.
      // (Judged a moment later: a tab closed and at once reopened for the same file stays checked.)
      vscode.window.tabGroups.onDidChangeTabs((e) => {
        const closed = e.closed.flatMap((t) => (t.input instanceof vscode.TabInputText ? [t.input.uri] : []));
        if (!closed.length) return;
        setTimeout(() => {
          const open = new Set(
            vscode.window.tabGroups.all
              .flatMap((g) => g.tabs)
              .flatMap((t) => (t.input instanceof vscode.TabInputText ? [t.input.uri.toString()] : [])),
          );
          for (const uri of closed) if (!open.has(uri.toString())) this.forget(uri);
        }, 100);
      }),
      // A report shown again (its tab reopened) is checked again.
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const ed of editors) if (!this.checked.has(ed.document.uri.toString())) this.schedule(ed.document, 0);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('nianbao')) vscode.workspace.textDocuments.forEach((d) => this.schedule(d, 0));
      }),
      // A changed .nianbaorc.json or last year's report: every open report is checked again.
      this.settings.onDidChange(() => vscode.workspace.textDocuments.forEach((doc) => this.schedule(doc, 0))),
    );
    vscode.workspace.textDocuments.forEach((d) => this.schedule(d, 0));
  }

  /**
   * Whether a document is a report this controller checks: a Markdown report that is the writer's file.
   * A draft under review, a Git version or any other virtual document is never checked, so the Problems
   * list holds each finding once.
   */
  isReport(doc: vscode.TextDocument): boolean {
    return WRITERS_SCHEMES.has(doc.uri.scheme) && doc.languageId === 'markdown' && looksLikeReport(doc.getText());
  }

  /**
   * The finding behind one of our diagnostics. VS Code hands code-action providers copies of the
   * diagnostics, so a copy is matched to its finding by code and range in the document's last check.
   */
  finding(d: vscode.Diagnostic, uri?: vscode.Uri): Finding | undefined {
    const known = this.findingOf.get(d);
    if (known || !uri) return known;
    const code = typeof d.code === 'object' ? String(d.code.value) : String(d.code);
    return this.checked
      .get(uri.toString())
      ?.findings.find((f) => f.code === code && toRange(f.range).isEqual(d.range) && f.message === d.message);
  }

  /** The last check of a document (its version and findings). */
  lastCheck(uri: vscode.Uri): Checked | undefined {
    return this.checked.get(uri.toString());
  }

  private schedule(doc: vscode.TextDocument, delay: number): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.checkNow(doc);
      }, delay),
    );
  }

  /** Checks a document now; a result for a version that changed meanwhile is dropped. */
  async checkNow(doc: vscode.TextDocument): Promise<Checked | undefined> {
    if (doc.isClosed) return undefined;
    if (!this.isReport(doc)) {
      if (this.checked.delete(doc.uri.toString())) {
        this.collection.delete(doc.uri);
        this.updated.fire(doc.uri);
      }
      return undefined;
    }
    const version = doc.version;
    const started = performance.now();
    const options = await this.settings.optionsFor(doc);
    if (doc.isClosed || doc.version !== version) return undefined;
    const { findings } = loadEngine().check(doc.getText(), options);
    const result = { version, findings };
    this.checked.set(doc.uri.toString(), result);
    this.collection.set(
      doc.uri,
      findings.map((f) => this.toDiagnostic(doc, f)),
    );
    this.lastCheckMs = performance.now() - started;
    this.updated.fire(doc.uri);
    return result;
  }

  private toDiagnostic(doc: vscode.TextDocument, f: Finding): vscode.Diagnostic {
    const d = new vscode.Diagnostic(toRange(f.range), f.message, SEVERITY[f.severity]);
    d.source = 'nianbao';
    d.code = { value: f.code, target: vscode.Uri.joinPath(this.docsRoot, `${f.code}.md`) };
    if (f.related.length)
      d.relatedInformation = f.related.map(
        (r) =>
          new vscode.DiagnosticRelatedInformation(
            new vscode.Location(r.path ? vscode.Uri.joinPath(doc.uri, '..', r.path) : doc.uri, toRange(r.range)),
            r.message,
          ),
      );
    this.findingOf.set(d, f);
    return d;
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.checked.delete(key);
    this.collection.delete(uri);
    this.updated.fire(uri);
  }

  dispose(): void {
    this.timers.forEach((t) => clearTimeout(t));
    this.disposables.forEach((d) => d.dispose());
  }
}

export function toRange(r: Finding['range']): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}
