import * as vscode from 'vscode';

/** A message the extension showed: what it said and which buttons it offered. */
export interface Shown {
  severity: 'info' | 'warning' | 'error';
  message: string;
  detail?: string;
  items: string[];
  modal: boolean;
}

/** A progress notification's title and its latest message. */
export interface Reported {
  title: string;
  message: string;
}

/**
 * What the extension says and asks the writer, in one place. Integration tests read every message here
 * and may answer the next question with buttons in a person's stead (VS Code gives tests no way to click a
 * notification or a modal dialog); without a prepared answer the question goes to the writer.
 */
export class Ui implements vscode.Disposable {
  private readonly shown = new vscode.EventEmitter<Shown>();
  private readonly inputShown = new vscode.EventEmitter<vscode.QuickInput>();
  private readonly reported = new vscode.EventEmitter<Reported>();
  private readonly cancelRequested = new vscode.EventEmitter<void>();
  private readonly answers: Array<string | undefined> = [];
  /** Fired for every message, before it is shown. */
  readonly onDidShowMessage = this.shown.event;
  /** Fired for every quick input (a step of a multi-step question) once it is shown. */
  readonly onDidShowInput = this.inputShown.event;
  /** Fired for every message a progress notification shows. */
  readonly onDidReportProgress = this.reported.event;

  /** For tests: the answer to the next message that offers buttons (a button's title, or undefined). */
  answerNext(answer: string | undefined): void {
    this.answers.push(answer);
  }

  info(message: string, ...items: string[]): Thenable<string | undefined> {
    return this.show({ severity: 'info', message, items, modal: false });
  }

  warn(message: string, ...items: string[]): Thenable<string | undefined> {
    return this.show({ severity: 'warning', message, items, modal: false });
  }

  error(message: string, ...items: string[]): Thenable<string | undefined> {
    return this.show({ severity: 'error', message, items, modal: false });
  }

  /** A modal question with a warning sign; resolves to the button chosen, or undefined when dismissed. */
  ask(message: string, detail: string | undefined, ...items: string[]): Thenable<string | undefined> {
    return this.show({ severity: 'warning', message, detail, items, modal: true });
  }

  /** For tests: cancels the running progress notifications, as the writer's Cancel button does. */
  cancelProgress(): void {
    this.cancelRequested.fire();
  }

  /** A cancellable progress notification around `task`, which reports what it is doing. */
  withProgress<R>(
    title: string,
    task: (report: (message: string) => void, token: vscode.CancellationToken) => Thenable<R>,
  ): Thenable<R> {
    const options = { location: vscode.ProgressLocation.Notification, title, cancellable: true };
    return vscode.window.withProgress(options, async (progress, token) => {
      const source = new vscode.CancellationTokenSource();
      const links = [
        token.onCancellationRequested(() => source.cancel()),
        this.cancelRequested.event(() => source.cancel()),
      ];
      const report = (message: string) => {
        progress.report({ message });
        this.reported.fire({ title, message });
      };
      try {
        return await task(report, source.token);
      } finally {
        links.forEach((l) => l.dispose());
        source.dispose();
      }
    });
  }

  /** Shows a quick input and reports it. */
  showInput<T extends vscode.QuickInput>(input: T): T {
    input.show();
    this.inputShown.fire(input);
    return input;
  }

  private show(shown: Shown): Thenable<string | undefined> {
    this.shown.fire(shown);
    if (shown.items.length && this.answers.length) return Promise.resolve(this.answers.shift());
    const options: vscode.MessageOptions = shown.modal ? { modal: true, detail: shown.detail } : {};
    const { message, items } = shown;
    if (shown.severity === 'error') return vscode.window.showErrorMessage(message, options, ...items);
    if (shown.severity === 'warning') return vscode.window.showWarningMessage(message, options, ...items);
    return vscode.window.showInformationMessage(message, options, ...items);
  }

  dispose(): void {
    this.shown.dispose();
    this.inputShown.dispose();
    this.reported.dispose();
    this.cancelRequested.dispose();
  }
}
