import * as vscode from 'vscode';
import { errorText } from './settings';
import type { Ui } from './ui';

/** An error the engine words for the writer (a NianbaoError: it carries a code and an English text). */
function isEngineError(e: unknown): boolean {
  return e instanceof Error && typeof (e as { code?: unknown }).code === 'string' && 'en' in e;
}

/**
 * Registers a command so that every failure reaches the writer the same way: an input error (the
 * engine's) in its own words, anything else said to be an internal error of Nianbao with the command
 * it happened in (and logged with its stack for the bug report). The command then returns undefined.
 */
export function registerCommand<A extends unknown[], R>(
  id: string,
  handler: (...args: A) => R | Thenable<R>,
  ui?: Ui,
): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (...args: A) => {
    try {
      return await handler(...args);
    } catch (e) {
      const message = isEngineError(e)
        ? errorText(e)
        : vscode.l10n.t('Nianbao hit an internal error in {0}: {1}. Please report it.', id, errorText(e));
      if (!isEngineError(e)) console.error(`nianbao: ${id}:`, e);
      void (ui ? ui.error(message) : vscode.window.showErrorMessage(message));
      return undefined;
    }
  });
}
