import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NianbaoApi } from '../../src/extension/main';
import { closeAllReverting, inputs, messages, nianbao, Recorder, t, workspaceFile } from './ui';

/**
 * Moves the focus out of the quick input, as a click elsewhere would (focusing the walkthrough's editor group
 * does not take the focus from a quick input in this browser; the side bar does).
 */
const focusElsewhere = () => vscode.commands.executeCommand('workbench.action.focusSideBar');
const accept = () => vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
}

suite('新建年度报告 with the walkthrough open', () => {
  let api: NianbaoApi;

  suiteSetup(async () => {
    api = await nianbao();
  });

  setup(async () => {
    await closeAllReverting();
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', 'nianbao.nianbao#nianbao.start', false);
    assert.equal(vscode.window.activeTextEditor, undefined, 'the walkthrough, not a text editor, has the focus');
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await closeAllReverting();
  });

  test('the three numbered steps survive focus changes, back returns a step, and the draft is written', async () => {
    const target = workspaceFile('云溪区-2024.md');
    const shown = inputs(api);
    try {
      const created = vscode.commands.executeCommand<vscode.Uri | undefined>('nianbao.newReport', { target });
      const unit = (await shown.next('step 1')) as vscode.InputBox;
      assert.deepEqual([unit.title, unit.step, unit.totalSteps], [t('新建年度报告', 'New annual report'), 1, 3]);
      assert.equal(unit.ignoreFocusOut, true);
      unit.value = '青山市云溪区数据局';
      await focusElsewhere();
      await accept();

      const year = (await shown.next('step 2')) as vscode.InputBox;
      assert.deepEqual([year.step, year.value], [2, String(new Date().getFullYear() - 1)]);
      assert.deepEqual(year.buttons, [vscode.QuickInputButtons.Back]);
      year.value = '2030';
      await accept();
      assert.equal(
        year.validationMessage,
        t(
          `报告年度应为 2008 至 ${new Date().getFullYear()} 之间的年份，而不是「2030」`,
          `The report year must be a year from 2008 to ${new Date().getFullYear()}, not “2030”`,
        ),
      );
      year.value = '2024';
      await focusElsewhere();
      await accept();

      const previous = (await shown.next('step 3')) as vscode.QuickPick<vscode.QuickPickItem>;
      assert.equal(previous.step, 3);
      assert.deepEqual(
        previous.items.map((i) => i.label),
        [
          `$(file) baiyun-2023.md`,
          `$(folder-opened) ${t('选择上年度报告……', 'Choose last year’s report…')}`,
          `$(circle-slash) ${t('没有上年度报告', 'No report from last year')}`,
        ],
        'last year’s report of the workspace is offered first',
      );
      await vscode.commands.executeCommand('workbench.action.quickInputBack');
      const again = (await shown.next('step 2 again')) as vscode.InputBox;
      assert.deepEqual([again.step, again.value], [2, '2024'], 'back keeps the answer');
      await accept();
      const previousAgain = (await shown.next('step 3 again')) as vscode.QuickPick<vscode.QuickPickItem>;
      await focusElsewhere();
      const active = new Recorder(previousAgain.onDidChangeActive);
      previousAgain.activeItems = [previousAgain.items[2]];
      assert.deepEqual(
        (await active.next('the active item')).map((i) => i.label),
        [previousAgain.items[2].label],
      );
      active.dispose();
      await accept();

      assert.equal((await created)?.toString(), target.toString());
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      assert.match(text, /^---\nagency: 青山市云溪区数据局\nyear: 2024\nformat: 2021\nstatus: draft\n---\n/);
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), target.toString(), 'it opens');
    } finally {
      shown.dispose();
      await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
    }
  });

  test('last year’s report found in the workspace is carried over', async () => {
    const target = workspaceFile('白云-2024.md');
    const shown = inputs(api);
    try {
      const created = vscode.commands.executeCommand<vscode.Uri | undefined>('nianbao.newReport', {
        agency: '白云县应急管理局',
        year: 2024,
        target,
      });
      const previous = (await shown.next('the only step left')) as vscode.QuickPick<vscode.QuickPickItem>;
      assert.deepEqual([previous.step, previous.totalSteps], [1, 1]);
      await accept();
      assert.equal((await created)?.toString(), target.toString());
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      assert.match(text, /\nprevious: baiyun-2023\.md\nstatus: draft\n/);
      assert.match(text, /\| 二、上年结转政府信息公开申请数量 \| 0 \| 1 \| 0 \| 0 \| 0 \| 0 \| 1 \|/);
    } finally {
      shown.dispose();
      await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
    }
  });

  test('a cancel says that nothing was created', async () => {
    const target = workspaceFile('cancelled.md');
    const shown = inputs(api);
    const said = messages(api);
    try {
      const created = vscode.commands.executeCommand<vscode.Uri | undefined>('nianbao.newReport', { target });
      await shown.next('step 1');
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      assert.equal(await created, undefined);
      const message = await said.next('the cancel message');
      assert.deepEqual(
        [message.severity, message.message],
        ['info', t('已取消新建年度报告，未创建任何文件。', 'New annual report cancelled; no file was created.')],
      );
      assert.equal(await exists(target), false);
    } finally {
      shown.dispose();
      said.dispose();
    }
  });

  test('an existing file given as the target is left alone, and that is said', async () => {
    const target = workspaceFile('baiyun-2023.md');
    const before = await vscode.workspace.fs.readFile(target);
    const said = messages(api);
    try {
      const created = await vscode.commands.executeCommand('nianbao.newReport', {
        agency: '白云县应急管理局',
        year: 2024,
        previous: null,
        target,
      });
      assert.equal(created, undefined);
      const message = await said.next('the message');
      assert.equal(message.severity, 'warning');
      assert.equal(
        message.message,
        t(
          `${target.fsPath} 已存在，保持原样；未创建任何文件。`,
          `${target.fsPath} exists and was left as it is; no file was created.`,
        ),
      );
      assert.deepEqual(await vscode.workspace.fs.readFile(target), before);
    } finally {
      said.dispose();
    }
  });
});
