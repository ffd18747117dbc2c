import * as vscode from 'vscode';

/** Counted nouns in the writer's language: “1 error”, “2 errors” (one string per form, for the bundle). */
export const countErrors = (n: number): string => (n === 1 ? vscode.l10n.t('1 error') : vscode.l10n.t('{0} errors', n));

export const countWarnings = (n: number): string =>
  n === 1 ? vscode.l10n.t('1 warning') : vscode.l10n.t('{0} warnings', n);

export const countNotes = (n: number): string => (n === 1 ? vscode.l10n.t('1 note') : vscode.l10n.t('{0} notes', n));

export const countPlaceholders = (n: number): string =>
  n === 1 ? vscode.l10n.t('1 placeholder') : vscode.l10n.t('{0} placeholders', n);
