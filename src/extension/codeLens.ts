import * as vscode from 'vscode';
import type { DiagnosticsController } from './diagnostics';
import { loadEngine } from './lazy';

/** What the lens passes to `nianbao.draftSection`: the heading's text and (0-based) line. */
export interface DraftSectionArgs {
  section: string;
  line: number;
}

const NOTES_FENCE = /^\s{0,3}(`{3,}|~{3,})\s*notes\b/;

/**
 * 起草本节 above every `notes` block of a report: the drafting command for the heading the notes belong
 * to, as the drafter itself sees the headings with notes (so a lens is never offered where it cannot draft).
 */
export class DraftLensProvider implements vscode.CodeLensProvider {
  constructor(private readonly diagnostics: DiagnosticsController) {}

  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    if (!this.diagnostics.isReport(doc)) return [];
    const text = doc.getText();
    const lines = text.split(/\r?\n/);
    const lenses: vscode.CodeLens[] = [];
    for (const target of loadEngine().planDrafts(text).targets) {
      let open = target.first - 2;
      while (open >= 0 && !NOTES_FENCE.test(lines[open])) open--;
      if (open < 0) continue;
      const heading = target.heading;
      const args: DraftSectionArgs = { section: heading.text, line: heading.range.start.line };
      lenses.push(
        new vscode.CodeLens(new vscode.Range(open, 0, open, 0), {
          title: `$(sparkle) ${vscode.l10n.t('Draft this section')}`,
          tooltip: vscode.l10n.t(
            'Draft the narrative under “{0}” from these notes; the draft is shown for review before anything changes.',
            heading.text,
          ),
          command: 'nianbao.draftSection',
          arguments: [args],
        }),
      );
    }
    return lenses;
  }
}
