import * as vscode from 'vscode';
import { APPLY_FIX } from './codeActions';
import type { DiagnosticsController } from './diagnostics';
import { applyAtVersion, minimalReplacement } from './edits';
import { loadEngine } from './lazy';
import type { Settings } from './settings';

/** Arguments of `nianbao.newReport` when called programmatically (tests, other extensions). */
export interface NewReportArgs {
  agency?: string;
  year?: number;
  previous?: vscode.Uri | null;
  target?: vscode.Uri;
}

const IMPORTABLE = { [vscode.l10n.t('Published reports')]: ['txt', 'html', 'htm', 'docx', 'pdf'] };

/** The palette commands of the 年报 category. */
export function registerCommands(diagnostics: DiagnosticsController, settings: Settings): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('nianbao.newReport', (args?: NewReportArgs) => newReport(args ?? {})),
    vscode.commands.registerCommand('nianbao.check', () => checkActive(diagnostics)),
    vscode.commands.registerCommand('nianbao.import', (source?: vscode.Uri) => importReport(source)),
    vscode.commands.registerCommand('nianbao.fixAll', () => fixAllActive(diagnostics, settings)),
    vscode.commands.registerCommand('nianbao.export', (args?: { target?: vscode.Uri; confirm?: boolean }) =>
      exportActive(diagnostics, args ?? {}),
    ),
    vscode.commands.registerCommand(
      APPLY_FIX,
      async (uri: string, version: number, edits: Parameters<typeof applyAtVersion>[2]) => {
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
        return doc ? applyAtVersion(doc, version, edits) : false;
      },
    ),
  );
}

async function newReport(args: NewReportArgs): Promise<vscode.Uri | undefined> {
  const lastYear = new Date().getFullYear() - 1;
  const agency =
    args.agency ??
    (
      await vscode.window.showInputBox({
        title: vscode.l10n.t('New annual report'),
        prompt: vscode.l10n.t('The unit, as it appears in the title and the signature'),
        placeHolder: '青山市云溪区数据局',
        validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Enter the name of the unit')),
      })
    )?.trim();
  if (!agency) return undefined;
  let year = args.year;
  if (year === undefined) {
    const answer = await vscode.window.showInputBox({
      title: vscode.l10n.t('New annual report'),
      prompt: vscode.l10n.t('The report year (the statistic period)'),
      value: String(lastYear),
      validateInput: (v) =>
        /^\d{4}$/.test(v.trim()) && Number(v) >= 2008 && Number(v) <= lastYear + 1
          ? undefined
          : vscode.l10n.t('Enter a year between 2008 and {0}', lastYear + 1),
    });
    if (!answer) return undefined;
    year = Number(answer.trim());
  }
  let previous = args.previous;
  if (previous === undefined) {
    const pick = await vscode.window.showQuickPick(
      [vscode.l10n.t('Choose last year’s report…'), vscode.l10n.t('No report from last year')],
      { title: vscode.l10n.t('Carry over from last year’s report?') },
    );
    if (!pick) return undefined;
    if (pick === vscode.l10n.t('Choose last year’s report…')) {
      const chosen = await vscode.window.showOpenDialog({
        canSelectMany: false,
        filters: { [vscode.l10n.t('Reports')]: ['md', 'txt', 'html', 'htm', 'docx', 'pdf'] },
      });
      if (!chosen) return undefined;
      previous = chosen[0];
    }
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target =
    args.target ??
    (await vscode.window.showSaveDialog({
      defaultUri: folder ? vscode.Uri.joinPath(folder, `${agency}${year}年政府信息公开工作年度报告.md`) : undefined,
      filters: { Markdown: ['md'] },
    }));
  if (!target) return undefined;
  if (await exists(target)) {
    const overwrite = vscode.l10n.t('Overwrite');
    if (
      args.target ||
      (await vscode.window.showWarningMessage(
        vscode.l10n.t('{0} exists. Overwrite it?', target.fsPath),
        { modal: true },
        overwrite,
      )) !== overwrite
    ) {
      if (args.target)
        void vscode.window.showErrorMessage(vscode.l10n.t('{0} exists; nothing was written.', target.fsPath));
      return undefined;
    }
  }
  const engine = loadEngine();
  let prev: { markdown: string; ref: string } | undefined;
  if (previous) {
    const bytes = await vscode.workspace.fs.readFile(previous);
    const kind = engine.sourceKind(previous.path);
    prev = {
      markdown: kind
        ? (await engine.importReport(kind, bytes, previous.fsPath)).markdown
        : engine.decodeText(bytes, previous.fsPath).text,
      ref: relativePath(target, previous),
    };
  }
  const text = engine.scaffold({ agency, year, previous: prev });
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
  return target;
}

async function checkActive(diagnostics: DiagnosticsController): Promise<void> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc || !diagnostics.isReport(doc)) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('The active editor holds no annual report (front matter with agency/year, or the report title).'),
    );
    return;
  }
  const result = await diagnostics.checkNow(doc);
  if (!result) return;
  const count = (s: string) => result.findings.filter((f) => f.severity === s).length;
  void vscode.window.showInformationMessage(
    vscode.l10n.t('Checked: {0} errors, {1} warnings, {2} notes.', count('error'), count('warning'), count('info')),
  );
}

async function importReport(source?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  const uri = source ?? (await vscode.window.showOpenDialog({ canSelectMany: false, filters: IMPORTABLE }))?.[0];
  if (!uri) return undefined;
  const engine = loadEngine();
  const kind = engine.sourceKind(uri.path);
  if (!kind) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('Only .txt, .html, .htm, .docx and .pdf files can be imported, not {0}.', uri.fsPath),
    );
    return undefined;
  }
  try {
    const imported = await engine.importReport(kind, await vscode.workspace.fs.readFile(uri), uri.fsPath);
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: imported.markdown });
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.Beside);
    if (imported.unplaced.length)
      void vscode.window.showWarningMessage(
        vscode.l10n.t(
          '{0} item(s) could not be placed and were kept as paragraphs: {1}',
          imported.unplaced.length,
          imported.unplaced
            .slice(0, 3)
            .map((u) => `${u.page ? `p${u.page}:` : ''}${u.line}: ${u.text}`)
            .join('; '),
        ),
      );
    return doc;
  } catch (e) {
    void vscode.window.showErrorMessage(e instanceof Error ? e.message : String(e));
    return undefined;
  }
}

async function fixAllActive(diagnostics: DiagnosticsController, settings: Settings): Promise<boolean> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc || !diagnostics.isReport(doc)) return false;
  const version = doc.version;
  const before = doc.getText();
  const { text, edits } = loadEngine().fixAll(before, await settings.optionsFor(doc));
  if (text === before) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Nothing to fix automatically.'));
    return false;
  }
  const r = minimalReplacement(doc, before, text);
  const applied = await applyAtVersion(doc, version, [
    {
      range: {
        start: { line: r.range.start.line, character: r.range.start.character },
        end: { line: r.range.end.line, character: r.range.end.character },
      },
      newText: r.newText,
    },
  ]);
  if (applied)
    void vscode.window.showInformationMessage(vscode.l10n.t('{0} fix(es) applied; one undo reverts them.', edits));
  return applied;
}

/**
 * Exports the active report to Word. A report with errors asks first; an existing file is replaced only
 * after confirmation; the file is written to a temporary name and then renamed over the target.
 * (`confirm: true` answers both questions, for tests and other callers.)
 */
async function exportActive(
  diagnostics: DiagnosticsController,
  args: { target?: vscode.Uri; confirm?: boolean },
): Promise<vscode.Uri | undefined> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc || !diagnostics.isReport(doc)) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('The active editor holds no annual report (front matter with agency/year, or the report title).'),
    );
    return undefined;
  }
  const result = await diagnostics.checkNow(doc);
  const errors = result?.findings.filter((f) => f.severity === 'error').length ?? 0;
  if (errors && !args.confirm) {
    const go = vscode.l10n.t('Export anyway');
    if (
      (await vscode.window.showWarningMessage(
        vscode.l10n.t('The report still has {0} error(s). Export it anyway?', errors),
        { modal: true },
        go,
      )) !== go
    )
      return undefined;
  }
  const target =
    args.target ??
    (await vscode.window.showSaveDialog({
      defaultUri:
        doc.uri.scheme === 'file'
          ? doc.uri.with({ path: doc.uri.path.replace(/\.(md|markdown)$/i, '') + '.docx' })
          : undefined,
      filters: { Word: ['docx'] },
    }));
  if (!target) return undefined;
  // (A target chosen in the save dialog was already confirmed there.)
  if (args.target && !args.confirm && (await exists(target))) {
    const overwrite = vscode.l10n.t('Overwrite');
    if (
      (await vscode.window.showWarningMessage(
        vscode.l10n.t('{0} exists. Overwrite it?', target.fsPath),
        { modal: true },
        overwrite,
      )) !== overwrite
    )
      return undefined;
  }
  const { exportDocx } = loadEngine();
  const data = await exportDocx(doc.getText());
  const temp = target.with({ path: `${target.path}.${Date.now()}.tmp` });
  await vscode.workspace.fs.writeFile(temp, data);
  await vscode.workspace.fs.rename(temp, target, { overwrite: true });
  const open = vscode.l10n.t('Show in folder');
  void vscode.window.showInformationMessage(vscode.l10n.t('Exported to {0}', target.fsPath), open).then((a) => {
    if (a === open) void vscode.commands.executeCommand('revealFileInOS', target);
  });
  return target;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** `previous` as written in the front matter: relative to the new report's folder. */
function relativePath(from: vscode.Uri, to: vscode.Uri): string {
  const a = from.path.split('/').slice(0, -1);
  const b = to.path.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/') || b[b.length - 1];
}
