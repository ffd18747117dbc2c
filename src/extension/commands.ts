import * as vscode from 'vscode';
import { registerCommand } from './command';
import { APPLY_FIX } from './codeActions';
import { countErrors, countNotes, countWarnings } from './counts';
import type { DiagnosticsController } from './diagnostics';
import { applyAtVersion, minimalReplacement } from './edits';
import { exportActive, type ExportArgs } from './exportReport';
import { loadEngine } from './lazy';
import { newReport, type NewReportArgs } from './newReport';
import { errorText, type Settings } from './settings';
import type { Ui } from './ui';

export type { NewReportArgs } from './newReport';

/** The palette commands of the 年报 category (drafting registers its own). */
export function registerCommands(
  diagnostics: DiagnosticsController,
  settings: Settings,
  ui: Ui,
  memento: vscode.Memento,
): vscode.Disposable {
  return vscode.Disposable.from(
    registerCommand(
      'nianbao.newReport',
      (args?: NewReportArgs) => newReport(ui, memento, args instanceof vscode.Uri ? {} : (args ?? {})),
      ui,
    ),
    registerCommand('nianbao.check', () => checkActive(diagnostics, ui), ui),
    registerCommand('nianbao.import', (source?: vscode.Uri) => importReport(ui, source), ui),
    registerCommand('nianbao.fixAll', () => fixAllActive(diagnostics, settings, ui), ui),
    registerCommand(
      'nianbao.export',
      (args?: ExportArgs) => exportActive(diagnostics, ui, args instanceof vscode.Uri ? {} : (args ?? {})),
      ui,
    ),
    registerCommand(
      APPLY_FIX,
      async (uri: string, version: number, edits: Parameters<typeof applyAtVersion>[2]) => {
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
        return doc ? applyAtVersion(doc, version, edits) : false;
      },
      ui,
    ),
  );
}

const NO_REPORT = () =>
  vscode.l10n.t('The active editor holds no annual report (front matter with agency/year, or the report title).');

async function checkActive(diagnostics: DiagnosticsController, ui: Ui): Promise<void> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc || !diagnostics.isReport(doc)) {
    void ui.info(NO_REPORT());
    return;
  }
  const result = await diagnostics.checkNow(doc);
  if (!result) return;
  const count = (s: string) => result.findings.filter((f) => f.severity === s).length;
  void ui.info(
    vscode.l10n.t(
      'Checked: {0}, {1}, {2}.',
      countErrors(count('error')),
      countWarnings(count('warning')),
      countNotes(count('info')),
    ),
  );
}

async function importReport(ui: Ui, source?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  const filters = { [vscode.l10n.t('Published reports')]: ['txt', 'html', 'htm', 'docx', 'pdf'] };
  const uri = source ?? (await vscode.window.showOpenDialog({ canSelectMany: false, filters }))?.[0];
  if (!uri) return undefined;
  const engine = loadEngine();
  const kind = engine.sourceKind(uri.path);
  if (!kind) {
    void ui.error(vscode.l10n.t('Only .txt, .html, .htm, .docx and .pdf files can be imported, not {0}.', uri.fsPath));
    return undefined;
  }
  try {
    const imported = await engine.importReport(kind, await vscode.workspace.fs.readFile(uri), uri.fsPath);
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: imported.markdown });
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.Beside);
    const { unplaced } = imported;
    if (unplaced.length) {
      const first = unplaced
        .slice(0, 3)
        .map((u) => `${u.page ? `p${u.page}:` : ''}${u.line}: ${u.text}`)
        .join('; ');
      void ui.warn(
        unplaced.length === 1
          ? vscode.l10n.t('1 item could not be placed and was kept as a paragraph: {0}', first)
          : vscode.l10n.t('{0} items could not be placed and were kept as paragraphs: {1}', unplaced.length, first),
      );
    }
    return doc;
  } catch (e) {
    void ui.error(errorText(e));
    return undefined;
  }
}

async function fixAllActive(diagnostics: DiagnosticsController, settings: Settings, ui: Ui): Promise<boolean> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc || !diagnostics.isReport(doc)) {
    void ui.info(NO_REPORT());
    return false;
  }
  const version = doc.version;
  const before = doc.getText();
  const { text, edits } = loadEngine().fixAll(before, await settings.optionsFor(doc));
  if (text === before) {
    void ui.info(vscode.l10n.t('Nothing to fix automatically.'));
    return false;
  }
  const r = minimalReplacement(doc, before, text);
  const applied = await applyAtVersion(doc, version, [
    { range: { start: r.range.start, end: r.range.end }, newText: r.newText },
  ]);
  if (applied)
    void ui.info(
      edits === 1
        ? vscode.l10n.t('1 fix applied; one undo reverts it.')
        : vscode.l10n.t('{0} fixes applied; one undo reverts them.', edits),
    );
  return applied;
}
