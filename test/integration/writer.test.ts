import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NianbaoApi } from '../../src/extension/main';
import { checked, closeAllReverting, messages, nianbao, t, textWhen, workspaceFile } from './ui';

async function open(name: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile(name)));
}

/** Writes a workspace file (removed by `remove`). */
async function write(name: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceFile(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

const remove = (uri: vscode.Uri) => vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
const exists = (uri: vscode.Uri) =>
  vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );

suite('The writer’s day in VS Code', () => {
  let api: NianbaoApi;

  suiteSetup(async () => {
    api = await nianbao();
  });

  setup(closeAllReverting);
  teardown(closeAllReverting);

  test('every command of the extension is in the 年报 category of the palette', async () => {
    const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'nianbao')!;
    type Contributed = { command: string; category: string | { value: string } };
    const contributed = ext.packageJSON.contributes.commands as Contributed[];
    const category = (c: Contributed) => (typeof c.category === 'string' ? c.category : c.category.value);
    assert.deepEqual([...new Set(contributed.map(category))], [t('年报', 'Nianbao (年报)')]);
    const registered = (await vscode.commands.getCommands(true)).filter((c) => c.startsWith('nianbao.'));
    const known = new Set(contributed.map((c) => c.command));
    assert.deepEqual(
      registered.filter((c) => !known.has(c)),
      [],
    );
    assert.ok(registered.includes('nianbao.draftSection') && registered.includes('nianbao.newReport'));
  });

  test('a CodeLens 起草本节 sits on each notes block and drafts that heading', async () => {
    const editor = await open('baiyun-2023.md');
    const original = editor.document.getText();
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
      'vscode.executeCodeLensProvider',
      editor.document.uri,
    );
    const ours = lenses.filter((l) => l.command?.command === 'nianbao.draftSection');
    const notesLine = original.split('\n').indexOf('```notes');
    const headingLine = original.split('\n').indexOf('### （一）主动公开');
    assert.deepEqual(
      ours.map((l) => [l.range.start.line, l.command!.title, l.command!.arguments]),
      [
        [
          notesLine,
          `$(sparkle) ${t('起草本节', 'Draft this section')}`,
          [{ section: '（一）主动公开', line: headingLine }],
        ],
      ],
    );
    // The lens's command as it is, answering the review's question (the offline drafter in both runs).
    const [args] = ours[0].command!.arguments as [object];
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    assert.equal(await vscode.commands.executeCommand('nianbao.draftSection', { ...args, confirm: true }), true);
    const after = editor.document.getText();
    const narrativeStart = original.indexOf('```', original.indexOf('```notes') + 3) + 3;
    const next = '### （二）依申请公开';
    assert.equal(after.slice(0, narrativeStart), original.slice(0, narrativeStart), 'nothing before it changed');
    assert.equal(after.slice(after.indexOf(next)), original.slice(original.indexOf(next)), 'nothing after it changed');
    assert.notEqual(after, original, 'the narrative of （一）主动公开 was drafted');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original);
  });

  test('the title-bar buttons are declared for reports: the key follows the checked report in the active editor', async () => {
    const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'nianbao')!;
    const buttons = ext.packageJSON.contributes.menus['editor/title'] as Array<{ command: string; when: string }>;
    const forReports = [
      'nianbao.draftSection',
      'nianbao.draftAll',
      'nianbao.check',
      'nianbao.fixAll',
      'nianbao.export',
    ];
    assert.deepEqual(
      buttons.filter((b) => forReports.includes(b.command)).map((b) => b.when),
      forReports.map(() => 'nianbao.activeReport'),
    );
    const editor = await open('baiyun-2023.md');
    await checked(api, editor.document.uri);
    assert.ok(api.statusText(), 'the report is checked, so the key is set');
  });

  test('check and fix all speak the interface’s language, with proper plurals', async () => {
    const editor = await open('baiyun-2023.md');
    await checked(api, editor.document.uri);
    const said = messages(api);
    try {
      await vscode.commands.executeCommand('nianbao.check');
      const notes = vscode.languages
        .getDiagnostics(editor.document.uri)
        .filter((d) => d.severity === vscode.DiagnosticSeverity.Information).length;
      const checked = await said.next('the check message');
      const englishNotes = notes === 1 ? '1 note' : `${notes} notes`;
      assert.equal(
        checked.message,
        t(`检查完成：0 个错误，0 个警告，${notes} 个提示。`, `Checked: 0 errors, 0 warnings, ${englishNotes}.`),
      );
      const at = editor.document.getText().indexOf('其他信息28条');
      await editor.edit((b) =>
        b.replace(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 2)), '其它'),
      );
      assert.equal(await vscode.commands.executeCommand('nianbao.fixAll'), true);
      const fixed = await said.next('the fix-all message');
      assert.equal(fixed.message, t('已应用 1 处修复；撤销一次即可恢复。', '1 fix applied; one undo reverts it.'));
    } finally {
      said.dispose();
    }
  });

  test('exporting a draft with placeholders asks first; a finished draft is offered to drop its marker', async () => {
    const draftUri = workspaceFile('草稿-2024.md');
    const docx = workspaceFile('草稿-2024.docx');
    const finished = await write(
      '定稿-2023.md',
      new TextDecoder()
        .decode(await vscode.workspace.fs.readFile(workspaceFile('baiyun-2023.md')))
        .replace('year: 2023\n', 'year: 2023\nstatus: draft\n'),
    );
    const finishedDocx = workspaceFile('定稿-2023.docx');
    const said = messages(api);
    try {
      await vscode.commands.executeCommand('nianbao.newReport', {
        agency: '白云县应急管理局',
        year: 2024,
        previous: null,
        target: draftUri,
      });
      await said.next('the created message');
      api.ui.answerNext(undefined);
      assert.equal(await vscode.commands.executeCommand('nianbao.export', { target: docx }), undefined);
      const question = await said.next('the question');
      assert.deepEqual(
        [question.modal, question.message, question.detail, question.items],
        [
          true,
          t('是否仍然导出？', 'Export the report anyway?'),
          t(
            '这是一份草稿（status: draft），仍有 13 处占位符未填写，第一处在第 10 行。',
            'It is a draft (status: draft) with 13 placeholders still to fill in, the first on line 10.',
          ),
          [t('仍然导出', 'Export anyway')],
        ],
      );
      assert.equal(await exists(docx), false, 'nothing is written when the writer says no');
      api.ui.answerNext(t('仍然导出', 'Export anyway'));
      assert.equal(
        (await vscode.commands.executeCommand<vscode.Uri>('nianbao.export', { target: docx }))?.path,
        docx.path,
      );
      await said.next('the question again');
      const exported = await said.next('the exported message');
      assert.deepEqual(exported.items, [t('在文件夹中显示', 'Show in folder')], 'no offer to drop the marker yet');

      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(finished));
      await checked(api, finished);
      api.ui.answerNext(t('删去 status: draft', 'Remove status: draft'));
      await vscode.commands.executeCommand('nianbao.export', { target: finishedDocx });
      const offer = await said.next('the offer');
      assert.equal(
        `${offer.message}${offer.detail ? ` [${offer.detail}]` : ''}`,
        t(
          `已导出到 ${finishedDocx.fsPath}。占位符已全部填写：是否删去前置信息中的 status: draft？`,
          `Exported to ${finishedDocx.fsPath}. No placeholder is left: remove status: draft from the front matter?`,
        ),
      );
      const dropped = await textWhen(editor.document, (text) => !text.includes('status: draft'));
      assert.match(dropped, /^---\nagency: 白云县应急管理局\nyear: 2023\ndate: 2024年1月22日\n---/);
      await vscode.commands.executeCommand('undo');
      assert.match(editor.document.getText(), /\nyear: 2023\nstatus: draft\n/, 'one undo brings the marker back');
    } finally {
      said.dispose();
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      for (const uri of [draftUri, docx, finished, finishedDocx]) await remove(uri);
    }
  });

  test('in a draft the placeholders are warnings; without the marker they are errors', async () => {
    const uri = await write(
      'marker.md',
      new TextDecoder()
        .decode(await vscode.workspace.fs.readFile(workspaceFile('baiyun-2024-draft.md')))
        .replace('year: 2024\n', 'year: 2024\nstatus: draft\n'),
    );
    try {
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const severityOfNB404 = async () => {
        const result = await api.diagnostics.checkNow(editor.document);
        return [...new Set(result!.findings.filter((f) => f.code === 'NB404').map((f) => f.severity))];
      };
      assert.deepEqual(await severityOfNB404(), ['warning']);
      const line = editor.document.getText().split('\n').indexOf('status: draft');
      await editor.edit((b) => b.delete(new vscode.Range(line, 0, line + 1, 0)));
      assert.deepEqual(await severityOfNB404(), ['error']);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await remove(uri);
    }
  });
});
