import * as vscode from 'vscode';
import { loadEngine } from './lazy';
import type { CheckOptions, Locale } from './engine';
import type { Ui } from './ui';

type Severity = 'error' | 'warning' | 'info' | 'off';

/** The rules of a `.nianbaorc.json`, and which file it was (none found: no file). */
interface RcRules {
  rules: Record<string, Severity>;
  file?: string;
}

/** Rules turned off for a document, and where: a `.nianbaorc.json` (its path) or the settings. */
export interface RulesOff {
  source: string;
  rules: string[];
}

/** How checking runs: as you type (debounced) or when the file is saved. */
export type RunMode = 'onType' | 'onSave';

/** The messages' language: `nianbao.language`, or (auto) English for an English VS Code and Chinese otherwise. */
export function locale(scope?: vscode.ConfigurationScope): Locale {
  const chosen = vscode.workspace.getConfiguration('nianbao', scope).get<string>('language', 'auto');
  if (chosen === 'zh-cn' || chosen === 'en') return chosen;
  return vscode.env.language.toLowerCase().startsWith('en') ? 'en' : 'zh-cn';
}

/** An error's message in the interface's language (the engine's errors carry an English one). */
export function errorText(e: unknown): string {
  const en = (e as { en?: unknown } | undefined)?.en;
  if (locale() === 'en' && typeof en === 'string') return en;
  return e instanceof Error ? e.message : String(e);
}

/**
 * The one place that reads settings: `nianbao.rules` and `nianbao.run` for a document, merged with the
 * nearest `.nianbaorc.json` above it (settings win), and last year's report named by `previous`.
 * Files are read once and then watched, so a check on every keystroke costs no file access.
 */
export class Settings implements vscode.Disposable {
  private readonly rcByDir = new Map<string, Promise<RcRules>>();
  private readonly previousByUri = new Map<string, Promise<string | undefined>>();
  private readonly optionsByUri = new Map<
    string,
    { key: string; previous?: string; options: CheckOptions; off: RulesOff[] }
  >();
  private readonly watched = new Set<string>();
  private readonly reported = new Set<string>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Fired when a `.nianbaorc.json` or a watched last-year report changed on disk. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly ui?: Ui) {
    const rc = vscode.workspace.createFileSystemWatcher('**/.nianbaorc.json');
    const forget = () => {
      this.rcByDir.clear();
      this.changed.fire();
    };
    this.disposables.push(
      rc,
      rc.onDidChange(forget),
      rc.onDidCreate(forget),
      rc.onDidDelete(forget),
      vscode.workspace.onDidCloseTextDocument((d) => this.optionsByUri.delete(d.uri.toString())),
    );
  }

  runMode(doc: vscode.TextDocument): RunMode {
    return vscode.workspace.getConfiguration('nianbao', doc).get<RunMode>('run', 'onType');
  }

  /**
   * Check options for a document; a bad configuration file is reported once and then ignored. The same
   * object comes back while nothing in it changed (so that a change is noticed by identity).
   */
  async optionsFor(doc: vscode.TextDocument): Promise<CheckOptions> {
    const fromSettings = this.validSettings(
      vscode.workspace.getConfiguration('nianbao', doc).get<Record<string, Severity>>('rules', {}),
    );
    const rc = doc.uri.scheme === 'file' ? await this.rcRules(vscode.Uri.joinPath(doc.uri, '..')) : { rules: {} };
    const rules = { ...rc.rules, ...fromSettings };
    const previous = await this.previousText(doc);
    const key = JSON.stringify([rules, locale(doc), previous?.ref, rc.file]);
    const cached = this.optionsByUri.get(doc.uri.toString());
    if (cached && cached.key === key && cached.previous === previous?.text) return cached.options;
    const options: CheckOptions = {
      rules,
      locale: locale(doc),
      readPrevious: (ref) => (previous && previous.ref === ref ? previous.text : undefined),
    };
    const off = [
      { source: rc.file ?? '', rules: offIn(rc.rules, fromSettings) },
      { source: vscode.l10n.t('settings (nianbao.rules)'), rules: offIn(fromSettings, {}) },
    ].filter((o) => o.source && o.rules.length);
    this.optionsByUri.set(doc.uri.toString(), { key, previous: previous?.text, options, off });
    return options;
  }

  /** The rules turned off for a document at its last check, and by which file or setting. */
  rulesOff(uri: vscode.Uri): RulesOff[] {
    return this.optionsByUri.get(uri.toString())?.off ?? [];
  }

  /** The options last computed for an open document, at once (for the Markdown preview). */
  lastOptions(uri: vscode.Uri): CheckOptions | undefined {
    return this.optionsByUri.get(uri.toString())?.options;
  }

  /** The rules of the nearest `.nianbaorc.json` at or above `dir`, and its path (cached per folder). */
  private rcRules(dir: vscode.Uri): Promise<RcRules> {
    const key = dir.toString();
    let found = this.rcByDir.get(key);
    if (!found) {
      found = (async () => {
        const rc = vscode.Uri.joinPath(dir, '.nianbaorc.json');
        let bytes: Uint8Array;
        try {
          bytes = await vscode.workspace.fs.readFile(rc);
        } catch {
          const parent = vscode.Uri.joinPath(dir, '..');
          return parent.path === dir.path ? { rules: {} } : this.rcRules(parent);
        }
        try {
          const rules = loadEngine().parseConfig(new TextDecoder().decode(bytes), rc.fsPath) as Record<
            string,
            Severity
          >;
          return { rules, file: rc.fsPath };
        } catch (e) {
          this.reportOnce(rc.toString(), errorText(e));
          return { rules: {} };
        }
      })();
      this.rcByDir.set(key, found);
    }
    return found;
  }

  /**
   * Last year's report as Markdown (imported when it is .txt/.html/.docx/.pdf), read once and watched.
   * `previous:` is read by the report's parser; it must name a regular file within the size limit, in
   * the workspace (or the report's own folder) unless `nianbao.previousOutsideWorkspace` allows more.
   */
  private async previousText(doc: vscode.TextDocument): Promise<{ ref: string; text: string } | undefined> {
    if (doc.uri.scheme !== 'file') return undefined;
    const engine = loadEngine();
    // Only the front matter is parsed here (this runs before every check): the parser reads the value.
    const head = /^---[^\S\r\n]*\r?\n[\s\S]*?\r?\n---[^\S\r\n]*(?:\r?\n|$)/.exec(doc.getText().slice(0, 8000))?.[0];
    const ref = head ? engine.parseReport(head).frontMatter?.previous : undefined;
    if (!ref) return undefined;
    const uri = /^([a-zA-Z]:)?[\\/]/.test(ref) ? vscode.Uri.file(ref) : vscode.Uri.joinPath(doc.uri, '..', ref);
    const key = uri.toString();
    this.watch(uri);
    let text = this.previousByUri.get(key);
    if (!text) {
      text = (async () => {
        const refused = await previousProblem(doc.uri, uri);
        if (refused) {
          this.reportOnce(
            `previous:${key}`,
            vscode.l10n.t('Last year’s report “{0}” was not read: {1}', ref, refused),
            'warning',
          );
          return undefined;
        }
        try {
          const bytes = await vscode.workspace.fs.readFile(uri);
          const kind = engine.sourceKind(uri.path);
          return kind
            ? (await engine.importReport(kind, bytes, uri.fsPath)).markdown
            : engine.decodeText(bytes, uri.fsPath).text;
        } catch {
          return undefined;
        }
      })();
      this.previousByUri.set(key, text);
    }
    const value = await text;
    return value === undefined ? undefined : { ref, text: value };
  }

  private watch(uri: vscode.Uri): void {
    if (this.watched.has(uri.toString())) return;
    this.watched.add(uri.toString());
    const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
    const w = vscode.workspace.createFileSystemWatcher(
      new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), name),
    );
    const forget = () => {
      this.previousByUri.delete(uri.toString());
      this.changed.fire();
    };
    this.disposables.push(w, w.onDidChange(forget), w.onDidCreate(forget), w.onDidDelete(forget));
  }

  private validSettings(rules: Record<string, Severity>): Record<string, Severity> {
    try {
      return loadEngine().parseConfig(JSON.stringify({ rules }), 'settings: nianbao.rules') as Record<string, Severity>;
    } catch (e) {
      this.reportOnce(`settings:${JSON.stringify(rules)}`, errorText(e));
      return {};
    }
  }

  private reportOnce(key: string, message: string, severity: 'error' | 'warning' = 'error'): void {
    if (this.reported.has(key)) return;
    this.reported.add(key);
    if (this.ui) void (severity === 'error' ? this.ui.error(message) : this.ui.warn(message));
    else void vscode.window.showErrorMessage(message);
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

/**
 * Why last year's report at `uri` is not read (undefined when it may be): not a regular file, over the
 * size limit, or outside the workspace and the report's folder when that is not allowed.
 */
async function previousProblem(report: vscode.Uri, uri: vscode.Uri): Promise<string | undefined> {
  let stat: vscode.FileStat;
  try {
    stat = await vscode.workspace.fs.stat(uri);
  } catch {
    return undefined; // missing: the check says it could not be read
  }
  if (!(stat.type & vscode.FileType.File)) return vscode.l10n.t('it is not a regular file');
  const limit = loadEngine().sizeLimit(uri.path);
  if (stat.size > limit) return vscode.l10n.t('it is larger than {0}', loadEngine().formatBytes(limit, locale()));
  const allowed = vscode.workspace.getConfiguration('nianbao', report).get<boolean>('previousOutsideWorkspace', false);
  const folder = vscode.Uri.joinPath(report, '..').path.replace(/\/?$/, '/');
  if (!allowed && !vscode.workspace.getWorkspaceFolder(uri) && !uri.path.startsWith(folder))
    return vscode.l10n.t('it is outside the workspace (the setting nianbao.previousOutsideWorkspace allows it)');
  return undefined;
}

/** The rule keys `rules` turns off that `overriding` does not set otherwise. */
function offIn(rules: Record<string, Severity>, overriding: Record<string, Severity>): string[] {
  return Object.keys(rules).filter((k) => rules[k] === 'off' && (overriding[k] ?? 'off') === 'off');
}
