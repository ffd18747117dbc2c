import * as vscode from 'vscode';
import { loadEngine } from './lazy';
import type { CheckOptions, Locale } from './engine';

type Severity = 'error' | 'warning' | 'info' | 'off';

/** How checking runs: as you type (debounced) or when the file is saved. */
export type RunMode = 'onType' | 'onSave';

/** The messages' language: `nianbao.language`, or (auto) English for an English VS Code and Chinese otherwise. */
export function locale(scope?: vscode.ConfigurationScope): Locale {
  const chosen = vscode.workspace.getConfiguration('nianbao', scope).get<string>('language', 'auto');
  if (chosen === 'zh-cn' || chosen === 'en') return chosen;
  return vscode.env.language.toLowerCase().startsWith('en') ? 'en' : 'zh-cn';
}

/**
 * The one place that reads settings: `nianbao.rules` and `nianbao.run` for a document, merged with the
 * nearest `.nianbaorc.json` above it (settings win), and last year's report named by `previous`.
 */
export class Settings {
  private readonly configCache = new Map<string, { mtime: number; rules: Record<string, Severity> }>();
  private readonly previousCache = new Map<string, { mtime: number; text: string }>();
  private readonly reported = new Set<string>();

  runMode(doc: vscode.TextDocument): RunMode {
    return vscode.workspace.getConfiguration('nianbao', doc).get<RunMode>('run', 'onType');
  }

  /** Check options for a document; a bad configuration file is reported once and then ignored. */
  async optionsFor(doc: vscode.TextDocument): Promise<CheckOptions> {
    const fromSettings = vscode.workspace.getConfiguration('nianbao', doc).get<Record<string, Severity>>('rules', {});
    const fromFile = doc.uri.scheme === 'file' ? await this.rcRules(doc.uri) : {};
    const rules = { ...fromFile, ...this.validSettings(fromSettings) };
    const previous = await this.previousText(doc);
    return { rules, locale: locale(doc), readPrevious: (ref) => (previous && previous.ref === ref ? previous.text : undefined) };
  }

  private async rcRules(uri: vscode.Uri): Promise<Record<string, Severity>> {
    for (let dir = vscode.Uri.joinPath(uri, '..'); ; dir = vscode.Uri.joinPath(dir, '..')) {
      const rc = vscode.Uri.joinPath(dir, '.nianbaorc.json');
      const stat = await statOf(rc);
      if (stat) {
        const cached = this.configCache.get(rc.toString());
        if (cached && cached.mtime === stat.mtime) return cached.rules;
        try {
          const rules = loadEngine().parseConfig(new TextDecoder().decode(await vscode.workspace.fs.readFile(rc)), rc.fsPath) as Record<string, Severity>;
          this.configCache.set(rc.toString(), { mtime: stat.mtime, rules });
          return rules;
        } catch (e) {
          this.reportOnce(rc.toString(), e instanceof Error ? e.message : String(e));
          return {};
        }
      }
      if (vscode.Uri.joinPath(dir, '..').path === dir.path) return {};
    }
  }

  /** Last year's report as Markdown (imported when it is .txt/.html/.docx), cached by modification time. */
  private async previousText(doc: vscode.TextDocument): Promise<{ ref: string; text: string } | undefined> {
    const m = /^---\s*\r?\n[\s\S]*?^previous\s*:\s*(.+?)\s*$/m.exec(doc.getText().slice(0, 4000));
    if (!m || doc.uri.scheme !== 'file') return undefined;
    const ref = m[1].replace(/^['"]|['"]$/g, '');
    const uri = vscode.Uri.joinPath(doc.uri, '..', ref);
    const stat = await statOf(uri);
    if (!stat) return undefined;
    const cached = this.previousCache.get(uri.toString());
    if (cached && cached.mtime === stat.mtime) return { ref, text: cached.text };
    const bytes = await vscode.workspace.fs.readFile(uri);
    const engine = loadEngine();
    const kind = engine.sourceKind(uri.path);
    const text = kind ? (await engine.importReport(kind, bytes)).markdown : new TextDecoder().decode(bytes);
    this.previousCache.set(uri.toString(), { mtime: stat.mtime, text });
    return { ref, text };
  }

  private validSettings(rules: Record<string, Severity>): Record<string, Severity> {
    try {
      return loadEngine().parseConfig(JSON.stringify({ rules }), 'settings: nianbao.rules') as Record<string, Severity>;
    } catch (e) {
      this.reportOnce(`settings:${JSON.stringify(rules)}`, e instanceof Error ? e.message : String(e));
      return {};
    }
  }

  private reportOnce(key: string, message: string): void {
    if (this.reported.has(key)) return;
    this.reported.add(key);
    void vscode.window.showErrorMessage(message);
  }
}

async function statOf(uri: vscode.Uri): Promise<vscode.FileStat | undefined> {
  try {
    return await vscode.workspace.fs.stat(uri);
  } catch {
    return undefined;
  }
}
