import * as assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { NianbaoApi } from '../../src/extension/main';
import { closeAllReverting, messages, zh } from './ui';

/** Integration tests in a real VS Code extension host; they wait on events, never on sleeps. */

const root = () => vscode.workspace.workspaceFolders![0].uri;
const file = (name: string) => vscode.Uri.joinPath(root(), name);

/** Resolves with the document's Nianbao diagnostics once `ready` holds for them (or rejects after `ms`). */
function diagnosticsWhen(
  uri: vscode.Uri,
  ready: (d: readonly vscode.Diagnostic[]) => boolean,
  ms = 15_000,
): Promise<readonly vscode.Diagnostic[]> {
  const ours = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'nianbao');
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(
        new Error(
          `diagnostics never matched within ${ms} ms; last: ${ours()
            .map((d) => `${codeOf(d)} ${d.message}`)
            .join(' | ')}`,
        ),
      );
    }, ms);
    const test = () => {
      const list = ours();
      if (!api.diagnostics.lastCheck(uri) || !ready(list)) return false;
      clearTimeout(timer);
      sub.dispose();
      resolve(list);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) test();
    });
    test();
  });
}

const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));
let api: NianbaoApi;

async function open(name: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file(name)));
}

async function replaceOnce(editor: vscode.TextEditor, from: string, to: string): Promise<void> {
  const text = editor.document.getText();
  const at = text.indexOf(from);
  assert.ok(at >= 0, `not found: ${from}`);
  const ok = await editor.edit((b) =>
    b.replace(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + from.length)), to),
  );
  assert.ok(ok);
}

suite('Nianbao in VS Code', () => {
  suiteSetup(async () => {
    const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'nianbao')!;
    api = (await ext.activate()) as NianbaoApi;
    console.log(`nianbao activation: ${api.activationMs.toFixed(1)} ms`);
    console.log(`nianbao workspace trusted: ${vscode.workspace.isTrusted}`);
  });

  teardown(closeAllReverting);

  test('the example report opens without errors, and the status bar counts them', async () => {
    await open('baiyun-2023.md');
    const list = await diagnosticsWhen(file('baiyun-2023.md'), () => true);
    assert.deepEqual(
      list.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).map((d) => d.message),
      [],
    );
    assert.equal(
      api.statusText(),
      '$(error) 0 $(warning) 0 ' + (vscode.env.language.startsWith('zh') ? '年报' : 'Report'),
    );
  });

  test('a broken total shows NB301 at its cell within a second; the quick fix restores it in one undoable edit', async () => {
    const editor = await open('baiyun-2023.md');
    const original = editor.document.getText();
    await diagnosticsWhen(editor.document.uri, () => true);
    const started = Date.now();
    await replaceOnce(
      editor,
      '| （一）予以公开 | 4 | 2 | 0 | 0 | 0 | 0 | 6 |',
      '| （一）予以公开 | 4 | 2 | 0 | 0 | 0 | 0 | 7 |',
    );
    const list = await diagnosticsWhen(editor.document.uri, (l) => l.some((d) => codeOf(d) === 'NB301'), 1000 + 250);
    console.log(
      `nianbao edit → diagnostics: ${api.diagnostics.lastCheckMs.toFixed(1)} ms after the debounce (${Date.now() - started} ms in all, 250 ms debounce included)`,
    );
    const d = list.find((x) => codeOf(x) === 'NB301')!;
    assert.equal(editor.document.getText(d.range), '7');
    assert.equal(
      d.message,
      zh()
        ? '「（一）予以公开」的总计为7，而自然人与法人或其他组织各列之和为6，相差1'
        : '“（一）予以公开”: 总计 is 7 but the applicant columns add up to 6 (difference 1)',
      'the findings speak the interface’s language',
    );
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(typeof d.code === 'object' && d.code.target.path.endsWith('/docs/rules/NB301.md'));
    assert.ok(d.relatedInformation?.length);
    assert.equal(api.statusText()?.startsWith('$(error) 2 '), true, api.statusText());

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      editor.document.uri,
      d.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((a) => a.title === (zh() ? '改为 6（NB301）' : 'Set to 6 (NB301)'))!;
    assert.ok(fix?.command, 'a quick fix is offered');
    assert.equal(await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? [])), true);
    assert.equal(editor.document.getText(), original);
    await diagnosticsWhen(editor.document.uri, (l) => !l.some((x) => codeOf(x) === 'NB301'));
    await vscode.commands.executeCommand('undo');
    assert.match(
      editor.document.getText(),
      /\| （一）予以公开 \| 4 \| 2 \| 0 \| 0 \| 0 \| 0 \| 7 \|/,
      'one undo brings back the broken total',
    );
  });

  test('a quick fix computed before the document changed is refused', async () => {
    const editor = await open('baiyun-2023.md');
    await replaceOnce(editor, '| 行政处罚 | 42 |', '| 行政处罚 |  |');
    const list = await diagnosticsWhen(editor.document.uri, (l) => l.some((d) => codeOf(d) === 'NB204'));
    const d = list.find((x) => codeOf(x) === 'NB204')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      editor.document.uri,
      d.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((a) => a.title.endsWith(zh() ? '（NB204）' : ' (NB204)'))!;
    await replaceOnce(editor, '白云县应急管理局2023年', '白云县应急管理局2023年');
    await replaceOnce(editor, '专栏发布信息240条', '专栏发布信息240条 ');
    const before = editor.document.getText();
    assert.equal(await vscode.commands.executeCommand(fix.command!.command, ...(fix.command!.arguments ?? [])), false);
    assert.equal(editor.document.getText(), before);
  });

  test('fix all repairs every certain fault in one edit', async () => {
    const editor = await open('baiyun-2023.md');
    const original = editor.document.getText();
    await replaceOnce(
      editor,
      '| （一）予以公开 | 4 | 2 | 0 | 0 | 0 | 0 | 6 |',
      '| （一）予以公开 | 4 | 2 | 0 | 0 | 0 | 0 | 9 |',
    );
    await replaceOnce(editor, '其他信息28条', '其它信息28条');
    await replaceOnce(editor, '| 行政许可 | 87 |', '| 行政 许可 | 87 |');
    assert.equal(await vscode.commands.executeCommand('nianbao.fixAll'), true);
    assert.equal(editor.document.getText(), original);
    await vscode.commands.executeCommand('undo');
    assert.notEqual(editor.document.getText(), original);
    assert.match(editor.document.getText(), /其它信息28条/);
  });

  test('the new-report command creates a report that checks clean except for its placeholders', async () => {
    const target = file('新建-2024.md');
    const created = await vscode.commands.executeCommand<vscode.Uri>('nianbao.newReport', {
      agency: '白云县应急管理局',
      year: 2024,
      previous: file('baiyun-2023.md'),
      target,
    });
    assert.equal(created?.toString(), target.toString());
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(
      text,
      /^---\nagency: 白云县应急管理局\nyear: 2024\nformat: 2021\nprevious: baiyun-2023\.md\nstatus: draft\n---/,
    );
    assert.match(text, /\| 二、上年结转政府信息公开申请数量 \| 0 \| 1 \| 0 \| 0 \| 0 \| 0 \| 1 \|/);
    const list = await diagnosticsWhen(target, () => true);
    assert.deepEqual(
      [...new Set(list.filter((d) => d.severity !== vscode.DiagnosticSeverity.Information).map(codeOf))],
      ['NB404'],
    );
    await vscode.workspace.fs.delete(target);
  });

  test('the import command opens the imported Markdown beside', async () => {
    const doc = await vscode.commands.executeCommand<vscode.TextDocument>(
      'nianbao.import',
      file('published/baiyun-2023.html'),
    );
    assert.equal(doc.languageId, 'markdown');
    assert.match(doc.getText(), /^---\nagency: 白云县应急管理局\nyear: 2023\nformat: 2021\n---/);
    const list = await diagnosticsWhen(doc.uri, (l) => l.length > 0);
    assert.deepEqual([...new Set(list.map(codeOf))].sort(), ['NB107', 'NB204']);
  });

  test("the import command reads a PDF (pdf.js and its CMaps from the extension's own folder)", async () => {
    const fixture = vscode.Uri.file(join(__dirname, '../../../test/fixtures/pdf/baiyun-2024-word.pdf'));
    const target = file('baiyun-2024.pdf');
    await vscode.workspace.fs.copy(fixture, target, { overwrite: true });
    const doc = await vscode.commands.executeCommand<vscode.TextDocument>('nianbao.import', target);
    assert.match(doc.getText(), /^---\nagency: 白云县应急管理局\nyear: 2024\n/);
    assert.match(doc.getText(), /\| 5\.要求行政机关确认或重新出具已获取信息 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \|/);
  });

  test('export to Word writes a .docx beside the report (asking first when it has errors)', async () => {
    await open('baiyun-2024-draft.md');
    const target = file('export-test.docx');
    const written = await vscode.commands.executeCommand<vscode.Uri>('nianbao.export', { target, confirm: true });
    assert.equal(written?.toString(), target.toString());
    const bytes = await vscode.workspace.fs.readFile(target);
    assert.equal(new TextDecoder().decode(bytes.slice(0, 2)), 'PK', 'a zip (docx) file');
    assert.ok(bytes.length > 5000);
    const back = await vscode.commands.executeCommand<vscode.TextDocument>('nianbao.import', target);
    assert.match(back.getText(), /^---\nagency: 白云县应急管理局\nyear: 2024\n/, 'the Word file imports back');
    assert.match(back.getText(), /\| （一）予以公开 \| 5 \| 1 \| 0 \| 1 \| 0 \| 0 \| 8 \|/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.workspace.fs.delete(target);
  });

  test('drafting a section against a local model changes only that narrative; one undo restores it', async () => {
    const requests: string[] = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        requests.push(body);
        const content = JSON.stringify({
          paragraphs: [{ text: '2023年，本局在门户网站应急管理专栏发布信息240条，汛期发布预警提示19期。' }],
          missing: [],
        });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            id: 'x',
            object: 'chat.completion',
            created: 0,
            model: 'm',
            choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
          }),
        );
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const config = vscode.workspace.getConfiguration('nianbao.llm');
    await config.update(
      'baseUrl',
      `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
      vscode.ConfigurationTarget.Workspace,
    );
    await config.update('model', 'test-model', vscode.ConfigurationTarget.Workspace);
    try {
      const editor = await open('baiyun-2023.md');
      const original = editor.document.getText();
      const line = original.split('\n').indexOf('### （一）主动公开');
      editor.selection = new vscode.Selection(line + 2, 0, line + 2, 0);
      assert.equal(await vscode.commands.executeCommand('nianbao.draftSection', { confirm: true }), true);
      const after = editor.document.getText();
      const head = original.slice(0, original.indexOf('### （二）依申请公开'));
      const notesEnd = head.lastIndexOf('```') + 3;
      assert.equal(after.slice(0, notesEnd), original.slice(0, notesEnd), 'nothing before the narrative changed');
      assert.equal(
        after.slice(after.indexOf('### （二）依申请公开')),
        original.slice(original.indexOf('### （二）依申请公开')),
        'nothing after it changed',
      );
      if (vscode.workspace.isTrusted) {
        assert.equal(requests.length, 1, 'the model was asked');
        assert.match(
          after,
          /```\n\n2023年，本局在门户网站应急管理专栏发布信息240条，汛期发布预警提示19期。\n\n### （二）/,
        );
      } else {
        assert.equal(
          requests.length,
          0,
          'in Restricted Mode the workspace’s base URL is ignored: the offline drafter wrote it',
        );
        assert.match(after, /```\n\n2023年，白云县应急管理局在门户网站应急管理专栏发布信息240条/);
      }
      await vscode.commands.executeCommand('undo');
      assert.equal(editor.document.getText(), original, 'one undo restores the document exactly');
    } finally {
      await config.update('baseUrl', undefined, vscode.ConfigurationTarget.Workspace);
      await config.update('model', undefined, vscode.ConfigurationTarget.Workspace);
      server.close();
    }
  });

  test('a .nianbaorc.json in the workspace is honoured, and a change to it re-checks open reports', async () => {
    await open('baiyun-2024-draft.md');
    const uri = file('baiyun-2024-draft.md');
    await diagnosticsWhen(uri, (l) => l.some((d) => codeOf(d) === 'NB404'));
    const rc = file('.nianbaorc.json');
    await vscode.workspace.fs.writeFile(
      rc,
      new TextEncoder().encode(JSON.stringify({ rules: { NB404: 'off', 'typo.wording': 'warning' } })),
    );
    try {
      const list = await diagnosticsWhen(
        uri,
        (l) => !l.some((d) => codeOf(d) === 'NB404') && l.some((d) => codeOf(d) === 'NB603'),
      );
      assert.equal(list.find((d) => codeOf(d) === 'NB603')!.severity, vscode.DiagnosticSeverity.Warning);
      // The status bar says which file turned rules off (a parent folder's file could do it unseen).
      assert.equal(
        api.statusTooltip()?.split('\n')[1],
        zh() ? `${rc.fsPath} 关闭了规则：NB404` : `Rules turned off by ${rc.fsPath}: NB404`,
      );
    } finally {
      await vscode.workspace.fs.delete(rc);
    }
    await diagnosticsWhen(uri, (l) => l.some((d) => codeOf(d) === 'NB404'));
  });

  test('last year’s report is read only from a regular file in the workspace: the writer is told why not', async () => {
    const said = messages(api);
    const outside = vscode.Uri.joinPath(root(), '..', 'outside-2023.md');
    const report = (await vscode.workspace.fs.readFile(file('baiyun-2024-draft.md'))).toString();
    await vscode.workspace.fs.writeFile(outside, await vscode.workspace.fs.readFile(file('baiyun-2023.md')));
    const cases = [
      {
        name: 'previous-outside.md',
        ref: '../outside-2023.md',
        zh: '它在工作区之外（可在设置 nianbao.previousOutsideWorkspace 中允许）',
        en: 'it is outside the workspace (the setting nianbao.previousOutsideWorkspace allows it)',
      },
      { name: 'previous-device.md', ref: '/dev/zero', zh: '它不是普通文件', en: 'it is not a regular file' },
    ];
    try {
      for (const c of cases) {
        const text = report.replace(/^previous: .*$/m, `previous: ${c.ref}`);
        assert.notEqual(text, report);
        await vscode.workspace.fs.writeFile(file(c.name), new TextEncoder().encode(text));
        await open(c.name);
        const message = await said.next(`the warning for ${c.ref}`, 15_000);
        assert.equal(message.severity, 'warning');
        assert.equal(
          message.message,
          zh() ? `上年报告「${c.ref}」未读入：${c.zh}` : `Last year’s report “${c.ref}” was not read: ${c.en}`,
        );
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      }
    } finally {
      said.dispose();
      await vscode.workspace.fs.delete(outside);
      for (const c of cases) await vscode.workspace.fs.delete(file(c.name));
    }
  });

  test('closing a report clears its diagnostics', async () => {
    await open('baiyun-2024-draft.md');
    await diagnosticsWhen(file('baiyun-2024-draft.md'), (l) => l.length > 0);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await diagnosticsWhen(file('baiyun-2024-draft.md'), () => true).catch(() => undefined);
    const gone = await new Promise<boolean>((resolve) => {
      const check = () => vscode.languages.getDiagnostics(file('baiyun-2024-draft.md')).length === 0;
      if (check()) return resolve(true);
      const sub = vscode.languages.onDidChangeDiagnostics(() => {
        if (check()) {
          sub.dispose();
          resolve(true);
        }
      });
    });
    assert.ok(gone);
  });
});
