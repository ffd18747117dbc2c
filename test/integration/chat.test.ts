import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NianbaoApi } from '../../src/extension/main';
import { FakeModel, streamAnswer } from '../unit/drafting/server';
import { closeAllReverting, messages, nianbao, t, workspaceFile } from './ui';

const SUPERVISION = '全年开展政务公开业务培训2次，将信息发布质量纳入股室年度考核。';
const REWRITE = '本年度，本局组织开展政务公开业务培训2次，并将信息发布质量纳入各股室年度考核。';

/** A chat response stream that records what the handler sends, in order. */
class Stream {
  readonly markdown: string[] = [];
  readonly buttons: vscode.Command[] = [];
  readonly anchors: Array<{ value: vscode.Uri | vscode.Location; title?: string }> = [];
  readonly api = {
    markdown: (v: string | vscode.MarkdownString) => this.markdown.push(typeof v === 'string' ? v : v.value),
    anchor: (value: vscode.Uri | vscode.Location, title?: string) => this.anchors.push({ value, title }),
    button: (c: vscode.Command) => this.buttons.push(c),
    progress: () => undefined,
    reference: () => undefined,
    filetree: () => undefined,
    push: () => undefined,
  } as unknown as vscode.ChatResponseStream;
}

/** A request as the chat view would send it, without a chat model (code-server has none). */
const request = (command: string | undefined, prompt: string) =>
  ({
    command,
    prompt,
    references: [],
    toolReferences: [],
    toolInvocationToken: undefined,
  }) as unknown as vscode.ChatRequest;

const token = () => new vscode.CancellationTokenSource().token;

async function openAt(name: string, line: string, select = false): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile(name)));
  const i = editor.document.getText().split('\n').indexOf(line);
  assert.ok(i >= 0, line);
  editor.selection = select ? new vscode.Selection(i, 0, i, line.length) : new vscode.Selection(i, 0, i, 0);
  return editor;
}

suite('@nianbao in VS Code', () => {
  let api: NianbaoApi;
  suiteSetup(async () => {
    api = await nianbao();
  });
  teardown(closeAllReverting);

  test('the participant and the language-model tools are registered, and the tools answer', async () => {
    assert.equal(api.chat.participant.id, 'nianbao.chat');
    const names = vscode.lm.tools.map((x) => x.name);
    for (const name of ['nianbao_check', 'nianbao_facts', 'nianbao_rules']) assert.ok(names.includes(name), name);
    const rules = await vscode.lm.invokeTool('nianbao_rules', {
      input: { rule: 'NB301' },
      toolInvocationToken: undefined,
    });
    const text = (rules.content[0] as vscode.LanguageModelTextPart).value;
    assert.equal(
      text.split('\n')[0],
      t(
        'NB301 arith.row-total (error, fixable): 行合计不符',
        'NB301 arith.row-total (error, fixable): Row total mismatch',
      ),
    );
    const check = await vscode.lm.invokeTool('nianbao_check', {
      input: { path: 'baiyun-2024-draft.md' },
      toolInvocationToken: undefined,
    });
    const lines = (check.content[0] as vscode.LanguageModelTextPart).value.split('\n');
    assert.equal(lines[0], '8 findings (format 2021)');
  });

  test('/check streams the findings with links to their cells', async () => {
    const editor = await openAt('baiyun-2024-draft.md', SUPERVISION);
    const stream = new Stream();
    await api.chat.handler(request('check', ''), { history: [] }, stream.api, token());
    assert.ok(stream.markdown.length > 10, 'written piece by piece');
    assert.match(stream.markdown[0], /^检查发现 8 处问题/);
    const first = stream.anchors[0];
    assert.ok(first.value instanceof vscode.Location);
    assert.equal((first.value as vscode.Location).uri.toString(), editor.document.uri.toString());
    assert.equal((first.value as vscode.Location).range.start.line, 63);
    assert.equal(first.title, '第64行');
  });

  test('/draft proposes the heading’s narrative; the proposal applies as one edit and one undo reverts it', async () => {
    const editor = await openAt('baiyun-2024-draft.md', '### （一）主动公开');
    const original = editor.document.getText();
    const stream = new Stream();
    const result = await api.chat.handler(request('draft', ''), { history: [] }, stream.api, token());
    assert.deepEqual(result, { metadata: { command: 'draft', proposals: 1, error: undefined } });
    assert.deepEqual(
      stream.buttons.map((b) => b.command),
      ['nianbao.chat.showProposal', 'nianbao.chat.applyProposal', 'nianbao.chat.discardProposal'],
    );
    const [show, apply] = stream.buttons;
    assert.equal(await vscode.commands.executeCommand(show.command, ...show.arguments!), true);
    const diff = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    assert.ok(diff instanceof vscode.TabInputTextDiff, 'the change is shown as a diff');
    assert.equal(await vscode.commands.executeCommand(apply.command, ...apply.arguments!), true);
    const after = editor.document.getText();
    assert.ok(after.includes('按照《条例》第二十条的规定，全年制发行政规范性文件2件，现行有效14件；'), after);
    assert.equal(
      after.slice(after.indexOf('### （二）依申请公开')),
      original.slice(original.indexOf('### （二）依申请公开')),
    );
    assert.ok(
      !vscode.window.tabGroups.all.some((g) => g.tabs.some((x) => x.input instanceof vscode.TabInputTextDiff)),
      'the diff is closed',
    );
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original, 'one undo restores the report');
  });

  suite('with a model endpoint (a local server)', () => {
    let server: FakeModel;
    const config = () => vscode.workspace.getConfiguration('nianbao.llm');
    setup(async () => {
      server = new FakeModel();
      await config().update('baseUrl', await server.start(), vscode.ConfigurationTarget.Workspace);
      await config().update('model', 'test-model', vscode.ConfigurationTarget.Workspace);
    });
    teardown(async () => {
      await config().update('baseUrl', undefined, vscode.ConfigurationTarget.Workspace);
      await config().update('model', undefined, vscode.ConfigurationTarget.Workspace);
      await server.stop();
    });

    test('/revise streams the rewrite into the chat; accepted, it is one undoable edit', async () => {
      server.then(streamAnswer(REWRITE, 6, 5));
      const editor = await openAt('baiyun-2024-draft.md', SUPERVISION, true);
      const original = editor.document.getText();
      const stream = new Stream();
      await api.chat.handler(request('revise', '更正式'), { history: [] }, stream.api, token());
      if (!vscode.workspace.isTrusted) {
        // Restricted Mode: the workspace's endpoint is ignored, and /revise needs a model.
        assert.equal(server.requests.length, 0);
        assert.match(stream.markdown.join(''), /^改写需要模型/);
        return;
      }
      assert.equal(server.requests.length, 1);
      const streamed = stream.markdown.slice(1, -1);
      assert.equal(streamed.length, Math.ceil(REWRITE.length / 6), 'the rewrite arrives piece by piece');
      assert.equal(streamed.join(''), REWRITE);
      const apply = stream.buttons.find((b) => b.command === 'nianbao.chat.applyProposal')!;
      assert.equal(await vscode.commands.executeCommand(apply.command, ...apply.arguments!), true);
      assert.equal(editor.document.getText(), original.replace(SUPERVISION, REWRITE));
      await vscode.commands.executeCommand('undo');
      assert.equal(editor.document.getText(), original);
    });

    test('改写所选文字: streamed into a diff, accepted as one edit; a rewrite inventing a figure is refused', async () => {
      const editor = await openAt('baiyun-2024-draft.md', SUPERVISION, true);
      const original = editor.document.getText();
      const shown = messages(api);
      try {
        server.then(streamAnswer(REWRITE, 6, 5));
        const ok = await vscode.commands.executeCommand('nianbao.rewriteSelection', {
          instruction: '更正式',
          accept: true,
        });
        if (!vscode.workspace.isTrusted) {
          assert.equal(ok, false);
          assert.equal(
            (await shown.next('message')).message,
            t(
              '改写需要模型：请选择聊天模型，或设置 nianbao.llm（预设、地址、模型）。',
              'Rewriting needs a model: choose a chat model, or set nianbao.llm (preset, address, model).',
            ),
          );
          return;
        }
        assert.equal(ok, true);
        assert.equal(editor.document.getText(), original.replace(SUPERVISION, REWRITE));
        await vscode.commands.executeCommand('undo');
        assert.equal(editor.document.getText(), original);

        editor.selection = (await openAt('baiyun-2024-draft.md', SUPERVISION, true)).selection;
        server.then(streamAnswer('本年度，本局开展政务公开业务培训5次，并纳入年度考核。', 6, 5));
        const refused = await vscode.commands.executeCommand('nianbao.rewriteSelection', {
          instruction: '补充培训次数',
          accept: true,
        });
        assert.equal(refused, false);
        const m = await shown.next('refusal');
        assert.equal(m.severity, 'warning');
        assert.equal(
          m.message,
          t(
            '「（五）监督保障」的新文字未采用：其中的数字找不到依据——「5次」在要点和表格中都找不到。原文未改动。',
            'The new text for “（五）监督保障” was not used: figures without a source — “5次” is in neither the notes nor the tables. The original is unchanged.',
          ),
        );
        assert.equal(editor.document.getText(), original, 'the report is untouched');
      } finally {
        shown.dispose();
      }
    });
  });
});
