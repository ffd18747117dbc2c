import * as vscode from 'vscode';
import { loadEngine } from './lazy';
import { MultiStepInput, type StepResult } from './multiStep';
import type { Ui } from './ui';
import { askPrevious, type PreviousChoice } from './previousReport';
import { errorText, locale } from './settings';
import { exists, writeAtomic } from './files';

/** Arguments of `nianbao.newReport` when called programmatically (tests, other extensions). */
export interface NewReportArgs {
  agency?: string;
  year?: number;
  previous?: vscode.Uri | null;
  target?: vscode.Uri;
}

const LAST_AGENCY = 'nianbao.lastAgency';

/** The answers of the three steps (unit, year, last year's report), any of them given by the caller. */
interface Answers {
  agency?: string;
  year?: number;
  previous?: PreviousChoice;
}

/**
 * 新建年度报告: asks for the unit, the year and last year's report in one numbered quick input that
 * survives focus changes (back goes a step back), then where to save; writes the scaffold atomically
 * and opens it. Whatever ends it early says so: nothing is ever created silently or cancelled silently.
 */
export async function newReport(ui: Ui, memento: vscode.Memento, args: NewReportArgs): Promise<vscode.Uri | undefined> {
  const cancelled = () => {
    void ui.info(vscode.l10n.t('New annual report cancelled; no file was created.'));
    return undefined;
  };
  const answers = await askSteps(ui, memento, args);
  if (!answers) return cancelled();
  const { agency, year } = answers as Required<Answers>;
  let previous = answers.previous?.uri;
  if (answers.previous?.choose) {
    previous = (await vscode.window.showOpenDialog({ canSelectMany: false, filters: reportFilters() }))?.[0];
    if (!previous) return cancelled();
  }
  const engine = loadEngine();
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target =
    args.target ??
    (await vscode.window.showSaveDialog({
      defaultUri: folder ? vscode.Uri.joinPath(folder, engine.reportFileName(agency, year)) : undefined,
      filters: { Markdown: ['md'] },
    }));
  if (!target) return cancelled();
  if (await exists(target)) {
    const overwrite = vscode.l10n.t('Overwrite');
    const answer = args.target
      ? undefined
      : await ui.ask(vscode.l10n.t('{0} exists. Overwrite it?', target.fsPath), undefined, overwrite);
    if (answer !== overwrite) {
      void ui.warn(vscode.l10n.t('{0} exists and was left as it is; no file was created.', target.fsPath));
      return undefined;
    }
  }
  let prev: { markdown: string; ref: string } | undefined;
  if (previous) {
    try {
      const bytes = await vscode.workspace.fs.readFile(previous);
      const kind = engine.sourceKind(previous.path);
      const markdown = kind
        ? (await engine.importReport(kind, bytes, previous.fsPath)).markdown
        : engine.decodeText(bytes, previous.fsPath).text;
      prev = { markdown, ref: engine.previousRef(target.fsPath, previous.fsPath) };
    } catch (e) {
      const reason = errorText(e);
      void ui.error(
        vscode.l10n.t('Last year’s report {0} could not be read ({1}); no file was created.', previous.fsPath, reason),
      );
      return undefined;
    }
  }
  try {
    await writeAtomic(target, new TextEncoder().encode(engine.scaffold({ agency, year, previous: prev })));
  } catch (e) {
    void ui.error(vscode.l10n.t('{0} could not be written ({1}); no file was created.', target.fsPath, errorText(e)));
    return undefined;
  }
  await memento.update(LAST_AGENCY, agency);
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
  void ui.info(
    vscode.l10n.t(
      'Created {0} as a draft (status: draft): its placeholders are warnings until you remove that line.',
      target.fsPath,
    ),
  );
  return target;
}

/** The steps the caller left open, numbered among themselves; undefined when the writer cancelled. */
async function askSteps(ui: Ui, memento: vscode.Memento, args: NewReportArgs): Promise<Answers | undefined> {
  const engine = loadEngine();
  const latest = new Date().getFullYear();
  const language = locale();
  const problem = (input: { agency?: string; year?: string }) => {
    const p = engine.scaffoldInputProblem(input, latest);
    return p && (language === 'en' ? p.en : p.zh);
  };
  const answers: Answers = {
    agency: args.agency,
    year: args.year,
    previous: args.previous === undefined ? undefined : { uri: args.previous ?? undefined },
  };
  type Step = (n: number) => Promise<StepResult<unknown>>;
  const steps: Step[] = [];
  if (args.agency === undefined)
    steps.push(async (n) => {
      const r = await flow.text(n, {
        prompt: vscode.l10n.t('The unit, as it appears in the title and the signature'),
        value: answers.agency ?? memento.get<string>(LAST_AGENCY, ''),
        placeholder: '青山市云溪区数据局',
        validate: (v) => problem({ agency: v }),
      });
      if (typeof r === 'object') answers.agency = r.value.trim();
      return r;
    });
  if (args.year === undefined)
    steps.push(async (n) => {
      const r = await flow.text(n, {
        prompt: vscode.l10n.t('The report year (the statistic period)'),
        value: String(answers.year ?? latest - 1),
        validate: (v) => problem({ year: v }),
      });
      if (typeof r === 'object') answers.year = Number(r.value.trim());
      return r;
    });
  if (args.previous === undefined)
    steps.push(async (n) => {
      const r = await askPrevious(flow, n, answers.year!);
      if (typeof r === 'object') answers.previous = r.value;
      return r;
    });
  const flow = new MultiStepInput(ui, vscode.l10n.t('New annual report'), steps.length);
  try {
    for (let i = 0; i < steps.length;) {
      const r = await steps[i](i + 1);
      if (r === 'cancel') return undefined;
      i = r === 'back' ? Math.max(0, i - 1) : i + 1;
    }
    return answers;
  } finally {
    flow.dispose();
  }
}

function reportFilters(): Record<string, string[]> {
  return { [vscode.l10n.t('Reports')]: ['md', 'txt', 'html', 'htm', 'docx', 'pdf'] };
}
