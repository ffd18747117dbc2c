import * as vscode from 'vscode';
import type { NianbaoApi } from '../../src/extension/main';
import type { Shown } from '../../src/extension/ui';

/** The extension's API (activated once). */
export async function nianbao(): Promise<NianbaoApi> {
  const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'nianbao')!;
  return (await ext.activate()) as NianbaoApi;
}

/** Whether VS Code runs in Chinese (the suite runs once in Chinese and once in English). */
export const zh = () => vscode.env.language.toLowerCase().startsWith('zh');

/** The text for the language VS Code runs in. */
export const t = (chinese: string, english: string) => (zh() ? chinese : english);

export const workspaceFile = (name: string) => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, name);

/** Events of one kind, in order: `next()` waits for the next one (or fails after `ms`). */
export class Recorder<T> implements vscode.Disposable {
  private readonly seen: T[] = [];
  private readonly waiting: Array<(value: T) => void> = [];
  private readonly subscription: vscode.Disposable;

  constructor(event: vscode.Event<T>) {
    this.subscription = event((value) => {
      const waiter = this.waiting.shift();
      if (waiter) waiter(value);
      else this.seen.push(value);
    });
  }

  next(what: string, ms = 5000): Promise<T> {
    const ready = this.seen.shift();
    if (ready !== undefined) return Promise.resolve(ready);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms);
      this.waiting.push((value) => {
        clearTimeout(timer);
        resolve(value);
      });
    });
  }

  /** What has arrived and was not taken yet. */
  pending(): T[] {
    return [...this.seen];
  }

  dispose(): void {
    this.subscription.dispose();
  }
}

/** Records the extension's messages. */
export const messages = (api: NianbaoApi) => new Recorder<Shown>(api.ui.onDidShowMessage);

/** Records the quick inputs the extension shows. */
export const inputs = (api: NianbaoApi) => new Recorder<vscode.QuickInput>(api.ui.onDidShowInput);

/** Resolves once the document's text satisfies `ready` (or rejects after `ms`). */
export function textWhen(doc: vscode.TextDocument, ready: (text: string) => boolean, ms = 5000): Promise<string> {
  if (ready(doc.getText())) return Promise.resolve(doc.getText());
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`the document never changed as expected within ${ms} ms`));
    }, ms);
    const sub = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document !== doc || !ready(doc.getText())) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(doc.getText());
    });
  });
}

/** Resolves once `done` holds, checked whenever a document changes, is saved or closes (or after `ms`). */
export function documentsWhen(done: () => boolean, ms = 10_000): Promise<void> {
  if (done()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const test = () => {
      if (!done()) return;
      clearTimeout(timer);
      subs.forEach((s) => s.dispose());
      resolve();
    };
    const subs = [
      vscode.workspace.onDidChangeTextDocument(test),
      vscode.workspace.onDidSaveTextDocument(test),
      vscode.workspace.onDidCloseTextDocument(test),
    ];
    const timer = setTimeout(() => {
      subs.forEach((s) => s.dispose());
      reject(new Error(`documents never settled within ${ms} ms`));
    }, ms);
  });
}

/**
 * Reverts and closes every editor with unsaved changes (what a test may leave behind), waiting until the
 * extension host sees them clean (a revert reaches it a moment after the command returns), then closes all.
 */
export async function closeAllReverting(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty && !d.isClosed)) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await documentsWhen(() => !vscode.workspace.textDocuments.some((d) => d.isDirty && d.uri.scheme === 'file'));
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Resolves once the extension has checked the document (generous: the machine may be busy). */
export function checked(api: NianbaoApi, uri: vscode.Uri, ms = 20_000): Promise<void> {
  if (api.diagnostics.lastCheck(uri)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`${uri.path} was not checked within ${ms} ms`));
    }, ms);
    const sub = api.diagnostics.onDidUpdate((u) => {
      if (u.toString() !== uri.toString() || !api.diagnostics.lastCheck(uri)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve();
    });
  });
}
