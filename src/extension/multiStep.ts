import * as vscode from 'vscode';
import type { Ui } from './ui';

/** A step's outcome: the answer, back to the step before, or cancelled (Escape, or closed otherwise). */
export type StepResult<T> = { value: T } | 'back' | 'cancel';

/**
 * The steps of one question in a single quick input session: numbered (`2/3`), with a back button from
 * the second step, kept open when the focus goes elsewhere (an editor, the walkthrough), and each step
 * replaced only once the next one is shown, so that nothing flashes and closes in between.
 */
export class MultiStepInput implements vscode.Disposable {
  private current?: vscode.QuickInput;

  constructor(
    private readonly ui: Ui,
    private readonly title: string,
    private readonly totalSteps: number,
  ) {}

  /** Asks for text; an answer that `validate` refuses stays open with the reason shown. */
  text(
    step: number,
    options: { prompt: string; value?: string; placeholder?: string; validate: (value: string) => string | undefined },
  ): Promise<StepResult<string>> {
    const input = vscode.window.createInputBox();
    input.prompt = options.prompt;
    input.value = options.value ?? '';
    input.placeholder = options.placeholder;
    return this.run(input, step, (finish) => [
      input.onDidChangeValue((v) => (input.validationMessage = v ? options.validate(v) : undefined)),
      input.onDidAccept(() => {
        const problem = options.validate(input.value);
        if (problem) input.validationMessage = problem;
        else finish({ value: input.value });
      }),
    ]);
  }

  /** Asks for one item of a list; the first is active unless `active` names another. */
  pick<T extends vscode.QuickPickItem>(
    step: number,
    options: { placeholder: string; items: T[]; active?: T },
  ): Promise<StepResult<T>> {
    const input = vscode.window.createQuickPick<T>();
    input.placeholder = options.placeholder;
    input.items = options.items;
    if (options.active) input.activeItems = [options.active];
    return this.run(input, step, (finish) => [
      input.onDidAccept(() => {
        const chosen = input.selectedItems[0] ?? input.activeItems[0];
        if (chosen) finish({ value: chosen });
      }),
    ]);
  }

  /** Closes the session (after the last step, or before a dialog takes over). */
  dispose(): void {
    this.current?.dispose();
    this.current = undefined;
  }

  private run<T>(
    input: vscode.InputBox | vscode.QuickPick<vscode.QuickPickItem>,
    step: number,
    listen: (finish: (result: StepResult<T>) => void) => vscode.Disposable[],
  ): Promise<StepResult<T>> {
    input.title = this.title;
    input.step = step;
    input.totalSteps = this.totalSteps;
    input.ignoreFocusOut = true;
    input.buttons = step > 1 ? [vscode.QuickInputButtons.Back] : [];
    return new Promise((resolve) => {
      let settled = false;
      const finish = (result: StepResult<T>) => {
        if (settled) return;
        settled = true;
        subscriptions.forEach((d) => d.dispose());
        resolve(result);
      };
      const subscriptions = [
        ...listen(finish),
        input.onDidTriggerButton((b) => b === vscode.QuickInputButtons.Back && finish('back')),
        input.onDidHide(() => finish('cancel')),
      ];
      const previous = this.current;
      this.current = input;
      this.ui.showInput(input);
      previous?.dispose();
    });
  }
}
