import * as vscode from 'vscode';
import { looksLikeReport } from './lazy';
import type { MultiStepInput, StepResult } from './multiStep';

/** Last year's report as chosen in the last step: a file, the open dialog still to come, or none. */
export interface PreviousChoice {
  uri?: vscode.Uri;
  choose?: boolean;
}

interface Item extends vscode.QuickPickItem {
  choice: PreviousChoice;
}

const YEAR_IN_FRONT_MATTER = /^---\s*\r?\n[\s\S]*?^year\s*:\s*['"]?(\d{4})['"]?\s*$/m;
const YEAR_IN_TITLE = /(\d{4})\s*年(?:度)?[^\n]{0,4}政府信息公开(?:工作)?年度报告/;

/** The Markdown reports of `year` in the workspace (front matter year, else the title's). */
async function reportsOf(year: number): Promise<vscode.Uri[]> {
  const files = await vscode.workspace.findFiles('**/*.{md,markdown}', '**/{node_modules,.git}/**', 200);
  const found: vscode.Uri[] = [];
  for (const uri of files) {
    let head: string;
    try {
      head = new TextDecoder().decode((await vscode.workspace.fs.readFile(uri)).subarray(0, 4000));
    } catch {
      continue;
    }
    if (!looksLikeReport(head)) continue;
    const m = YEAR_IN_FRONT_MATTER.exec(head) ?? YEAR_IN_TITLE.exec(head);
    if (m && Number(m[1]) === year) found.push(uri);
  }
  return found.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * The step that asks for last year's report (for 上年结转 and the valid documents): last year's reports
 * found in the workspace first, then a file of one's choice (any importable shape), then none.
 */
export async function askPrevious(
  flow: MultiStepInput,
  step: number,
  year: number,
): Promise<StepResult<PreviousChoice>> {
  const found = await reportsOf(year - 1);
  const items: Item[] = [
    ...found.map((uri) => ({
      label: `$(file) ${vscode.workspace.asRelativePath(uri)}`,
      description: vscode.l10n.t('the {0} report in this workspace', year - 1),
      choice: { uri },
    })),
    {
      label: `$(folder-opened) ${vscode.l10n.t('Choose last year’s report…')}`,
      description: vscode.l10n.t('Markdown, or a published .txt, .html or .docx'),
      choice: { choose: true },
    },
    {
      label: `$(circle-slash) ${vscode.l10n.t('No report from last year')}`,
      description: vscode.l10n.t('the carried-over figures start at 0'),
      choice: {},
    },
  ];
  const r = await flow.pick(step, { placeholder: vscode.l10n.t('Carry over from last year’s report?'), items });
  return typeof r === 'object' ? { value: r.value.choice } : r;
}
