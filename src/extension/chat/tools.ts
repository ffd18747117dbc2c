import * as vscode from 'vscode';
import type { DiagnosticsController } from '../diagnostics';
import { loadEngine } from '../lazy';
import type { Settings } from '../settings';

interface ReportInput {
  /** The report: a path (absolute or relative to the workspace) or a URI; the active report by default. */
  path?: string;
}

interface RulesInput {
  /** A rule code (NB301) or part of a rule name (arith); all rules when absent. */
  rule?: string;
}

const text = (value: string) => new vscode.LanguageModelToolResult([new vscode.LanguageModelTextPart(value)]);

/**
 * The language-model tools nianbao_check, nianbao_facts and nianbao_rules: any agent in VS Code checks
 * a report with the real engine (findings, table facts and last year's figures, the rule catalogue).
 */
export function registerTools(diagnostics: DiagnosticsController, settings: Settings): vscode.Disposable {
  const reportOf = async (input: ReportInput): Promise<vscode.TextDocument> => {
    if (input.path) {
      const p = input.path;
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      const uri = /^[a-z][\w+.-]*:\/\//i.test(p)
        ? vscode.Uri.parse(p)
        : p.startsWith('/') || !folder
          ? vscode.Uri.file(p)
          : vscode.Uri.joinPath(folder, p);
      return vscode.workspace.openTextDocument(uri);
    }
    const doc = vscode.window.activeTextEditor?.document;
    if (doc && diagnostics.isReport(doc)) return doc;
    const visible = vscode.window.visibleTextEditors.find((e) => diagnostics.isReport(e.document));
    if (visible) return visible.document;
    throw new Error(vscode.l10n.t('No annual report is open: give the report’s path as “path”.'));
  };
  return vscode.Disposable.from(
    vscode.lm.registerTool<ReportInput>('nianbao_check', {
      async invoke(options) {
        const doc = await reportOf(options.input);
        const o = await settings.optionsFor(doc);
        return text(loadEngine().toolCheck(doc.getText(), o.readPrevious, o.locale));
      },
    }),
    vscode.lm.registerTool<ReportInput>('nianbao_facts', {
      async invoke(options) {
        const doc = await reportOf(options.input);
        const o = await settings.optionsFor(doc);
        return text(loadEngine().toolFacts(doc.getText(), o.readPrevious));
      },
    }),
    vscode.lm.registerTool<RulesInput>('nianbao_rules', {
      invoke(options) {
        return text(loadEngine().toolRules(options.input.rule, vscode.env.language.startsWith('en') ? 'en' : 'zh-cn'));
      },
    }),
  );
}
