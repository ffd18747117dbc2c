import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NianbaoApi } from '../../src/extension/main';
import type { Reported, Shown } from '../../src/extension/ui';
import { answer, FakeModel, hang, json } from '../unit/drafting/server';
import { checked, closeAllReverting, messages, nianbao, Recorder, t, textWhen, workspaceFile } from './ui';

const HEADING = '（一）主动公开';
const DRAFTED = '2023年，本局在门户网站应急管理专栏发布信息240条，汛期发布预警提示19期。';
const draftJson = (text: string) => JSON.stringify({ paragraphs: [{ text }], missing: [] });

/** The model settings, in the user's settings (which Restricted Mode honours, unlike the workspace's). */
async function useModel(baseUrl: string | undefined, timeout?: number): Promise<void> {
  const c = vscode.workspace.getConfiguration('nianbao.llm');
  await c.update('baseUrl', baseUrl, vscode.ConfigurationTarget.Global);
  await c.update('model', baseUrl && 'test-model', vscode.ConfigurationTarget.Global);
  await c.update('timeout', timeout, vscode.ConfigurationTarget.Global);
}

async function open(name: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile(name)));
}

/** The diff tabs of drafts under review: [report, draft, label]. */
const draftTabs = () =>
  vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .flatMap((tab) =>
      tab.input instanceof vscode.TabInputTextDiff && tab.input.modified.scheme === 'nianbao-draft'
        ? [[tab.input.original.toString(), tab.input.modified.toString(), tab.label]]
        : [],
    );

const headingLine = (doc: vscode.TextDocument, heading: string) => doc.getText().split('\n').indexOf(`### ${heading}`);

suite('Drafting: the review and the wait for a model', function () {
  // The first draft loads the engine and the model client on a machine shared with other work.
  this.timeout(40_000);
  let api: NianbaoApi;
  let model: FakeModel;
  let said: Recorder<Shown>;

  suiteSetup(async () => {
    api = await nianbao();
  });

  setup(async () => {
    await closeAllReverting();
    model = new FakeModel();
    said = messages(api);
  });

  teardown(async () => {
    said.dispose();
    await useModel(undefined);
    await model.stop();
    await closeAllReverting();
  });

  test('the draft opens beside the report, unchecked; accepting applies it in one undoable edit and closes its tab', async () => {
    await useModel(await model.then(answer(draftJson(DRAFTED))).start());
    const editor = await open('baiyun-2023.md');
    const original = editor.document.getText();
    await checked(api, editor.document.uri);
    const line = headingLine(editor.document, HEADING);
    const uris = await vscode.commands.executeCommand<vscode.Uri[]>('nianbao.draftSection', { section: HEADING, line });
    assert.equal(uris.length, 1);
    assert.deepEqual(draftTabs(), [
      [editor.document.uri.toString(), uris[0].toString(), t('草稿：', 'Draft: ') + HEADING],
    ]);
    const opened = await said.next('the review message');
    assert.deepEqual(
      [opened.severity, opened.modal, opened.message],
      [
        'info',
        false,
        t(
          '草稿已打开：在其标题栏中点 ✓ 采用、点 ✕ 放弃。',
          'The draft is open: accept ✓ or discard ✕ in its title bar.',
        ),
      ],
    );
    assert.equal(editor.document.getText(), original, 'nothing is applied before the writer accepts');
    const draft = await vscode.workspace.openTextDocument(uris[0]);
    assert.match(draft.getText(), new RegExp(`\`\`\`\\n\\n${DRAFTED}\\n\\n### （二）依申请公开`));
    assert.equal(await api.diagnostics.checkNow(draft), undefined, 'the draft is not checked');
    assert.deepEqual(
      vscode.languages
        .getDiagnostics()
        .filter(([uri, list]) => uri.scheme !== 'file' && list.some((d) => d.source === 'nianbao'))
        .map(([uri]) => uri.toString()),
      [],
      'the Problems list holds the report’s findings once',
    );

    assert.equal(await vscode.commands.executeCommand('nianbao.acceptDraft'), true);
    const expected = original.replace(/(```\n\n)2023年，本局在县政府门户网站[^\n]*\n/, `$1${DRAFTED}\n`);
    assert.notEqual(expected, original);
    assert.equal(editor.document.getText(), expected);
    assert.deepEqual(draftTabs(), [], 'the draft’s tab is closed');
    const accepted = await said.next('the confirmation');
    assert.deepEqual(
      [accepted.severity, accepted.message, accepted.items],
      [
        'info',
        t(`已采用「${HEADING}」的草稿；撤销一次即可恢复。`, `Accepted the draft of “${HEADING}”; one undo reverts it.`),
        [t('撤销', 'Undo')],
      ],
    );
    assert.equal(vscode.window.activeTextEditor?.document, editor.document, 'the report is shown again');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original, 'one undo restores the report');
  });

  test('several headings: a tab each; accepting one keeps the others right, discarding one changes nothing', async () => {
    const base = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('baiyun-2023.md')));
    const two = base.replace('### （五）监督保障\n', '### （五）监督保障\n\n```notes\n- 全年开展业务培训 3 次\n```\n');
    await vscode.workspace.fs.writeFile(workspaceFile('two-notes.md'), new TextEncoder().encode(two));
    try {
      const editor = await open('two-notes.md');
      const uris = await vscode.commands.executeCommand<vscode.Uri[]>('nianbao.draftAll');
      assert.equal(uris.length, 2, 'the offline drafter drafted both headings');
      assert.deepEqual(
        draftTabs().map(([, , label]) => label),
        [t('草稿：', 'Draft: ') + HEADING, t('草稿：', 'Draft: ') + '（五）监督保障'],
      );
      assert.equal(
        (await said.next('the review message')).message,
        t(
          '已打开 2 份草稿，各占一页：在标题栏中点 ✓ 采用、点 ✕ 放弃。',
          '2 drafts are open, a tab each: accept ✓ or discard ✕ in the title bar.',
        ),
      );
      const head = (text: string) => text.slice(0, text.indexOf('### （五）监督保障'));
      const tail = (text: string) => text.slice(text.indexOf('### （五）监督保障'));
      const first = await vscode.workspace.openTextDocument(uris[0]);
      const second = await vscode.workspace.openTextDocument(uris[1]);
      const firstDraft = first.getText();
      const secondDraft = second.getText();
      assert.notEqual(head(firstDraft), head(two), 'the first tab drafts （一）');
      assert.equal(head(secondDraft), head(two), 'the second tab drafts （五） only');
      assert.equal(await vscode.commands.executeCommand('nianbao.acceptDraft', uris[1]), true);
      assert.equal(editor.document.getText(), secondDraft, 'the second heading’s draft is in');
      await textWhen(first, (text) => tail(text) === tail(secondDraft));
      assert.equal(
        first.getText(),
        head(firstDraft) + tail(secondDraft),
        'the first tab: its draft, the second accepted',
      );
      await said.next('the confirmation');
      assert.equal(await vscode.commands.executeCommand('nianbao.rejectDraft', uris[0]), true);
      assert.equal(
        (await said.next('the discard message')).message,
        t(
          `已放弃「${HEADING}」的草稿，报告没有改动。`,
          `Discarded the draft of “${HEADING}”; the report is unchanged.`,
        ),
      );
      assert.equal(editor.document.getText(), secondDraft);
      assert.deepEqual(draftTabs(), []);
      await vscode.commands.executeCommand('undo');
      assert.equal(editor.document.getText(), two);
    } finally {
      await closeAllReverting();
      await vscode.workspace.fs.delete(workspaceFile('two-notes.md'));
    }
  });

  test('a draft of a report changed since is refused, and the report keeps the writer’s change', async () => {
    const editor = await open('baiyun-2023.md');
    const [uri] = await vscode.commands.executeCommand<vscode.Uri[]>('nianbao.draftSection', {
      section: HEADING,
      line: headingLine(editor.document, HEADING),
    });
    await said.next('the review message');
    await vscode.window.showTextDocument(editor.document);
    const typed = new vscode.WorkspaceEdit();
    typed.insert(editor.document.uri, new vscode.Position(0, 0), '\n');
    assert.ok(await vscode.workspace.applyEdit(typed), 'the writer types in the report');
    const changed = editor.document.getText();
    assert.equal(await vscode.commands.executeCommand('nianbao.acceptDraft', uri), false);
    assert.equal(editor.document.getText(), changed);
    const refused = await said.next('the refusal');
    assert.deepEqual(
      [refused.severity, refused.message, refused.items],
      [
        'warning',
        t(
          `「${HEADING}」起草之后报告已有改动，草稿未采用。`,
          `The report changed after “${HEADING}” was drafted; the draft was not applied.`,
        ),
        [t('重新起草', 'Draft again')],
      ],
    );
  });

  test('a model that never answers: the attempt and the seconds are shown, and the run ends after the timeout once', async () => {
    const url = await model.then(answer('好的，以下是草稿'), hang).start();
    await useModel(url, 5);
    const editor = await open('baiyun-2023.md');
    const original = editor.document.getText();
    const progress = new Recorder<Reported>(api.ui.onDidReportProgress);
    const started = Date.now();
    try {
      const uris = await vscode.commands.executeCommand<vscode.Uri[]>('nianbao.draftSection', {
        section: HEADING,
        line: headingLine(editor.document, HEADING),
      });
      const seconds = (Date.now() - started) / 1000;
      assert.deepEqual(uris, []);
      const shown = progress.pending().map((p) => p.message);
      assert.equal(progress.pending()[0].title, t(`起草「${HEADING}」`, `Drafting “${HEADING}”`));
      const at = (attempt: number, s: number) =>
        t(`正在等待模型回答…（第${attempt}次，${s}秒）`, `Waiting for the model… (attempt ${attempt}, ${s} s)`);
      assert.ok(shown.includes(at(1, 0)), shown.join('\n'));
      const correcting = t(
        '回答不合要求，已请模型修正…（第1次，',
        'The answer was not usable; asked the model to correct it… (attempt 1, ',
      );
      assert.ok(
        shown.some((m) => m.startsWith(correcting)),
        shown.join('\n'),
      );
      assert.ok(
        [2, 3, 4, 5].some((s) => shown.includes(at(2, s))),
        `the seconds go on while the model is silent:\n${shown.join('\n')}`,
      );
      assert.equal(model.requests.length, 2, 'the unanswered request was not sent again');
      assert.ok(seconds >= 5 && seconds < 10, `ended after ${seconds} s, the timeout being 5 s`);
      const failed = await said.next('the timeout message');
      assert.deepEqual(
        [failed.severity, failed.message, failed.items],
        [
          'error',
          t(
            `「${HEADING}」：模型服务 ${new URL(url).host} 在 5 秒内没有回答。`,
            `“${HEADING}”: the model service ${new URL(url).host} did not answer within 5 seconds.`,
          ),
          [t('重试', 'Retry'), t('改用离线起草', 'Draft offline instead'), t('打开设置', 'Open settings')],
        ],
      );
      assert.equal(editor.document.getText(), original);
      assert.deepEqual(draftTabs(), []);
    } finally {
      progress.dispose();
    }
  });

  test('cancelling is not an error; the request is abandoned and the report unchanged', async () => {
    await useModel(await model.then(hang).start());
    const editor = await open('baiyun-2023.md');
    const original = editor.document.getText();
    const progress = new Recorder<Reported>(api.ui.onDidReportProgress);
    try {
      const running = vscode.commands.executeCommand<vscode.Uri[]>('nianbao.draftSection', {
        section: HEADING,
        line: headingLine(editor.document, HEADING),
      });
      for (;;) if ((await progress.next('a progress report', 10_000)).message.includes(t('第1次', 'attempt 1'))) break;
      api.ui.cancelProgress();
      assert.deepEqual(await running, []);
      const cancelled = await said.next('the cancel message');
      assert.deepEqual(
        [cancelled.severity, cancelled.message, cancelled.items],
        ['info', t('已取消起草，报告没有改动。', 'Drafting was cancelled; the report is unchanged.'), []],
      );
      assert.deepEqual(said.pending(), [], 'nothing else is said');
      assert.equal(editor.document.getText(), original);
    } finally {
      progress.dispose();
    }
  });

  test('a draft the figure guard refuses is said whole, in the writer’s words; 重试 drafts again', async () => {
    const invented = draftJson('2023年，本局在门户网站发布信息999条。');
    await useModel(await model.then(answer(invented), answer(invented), answer(draftJson(DRAFTED))).start());
    const editor = await open('baiyun-2023.md');
    api.ui.answerNext(t('重试', 'Retry'));
    const uris = await vscode.commands.executeCommand<vscode.Uri[]>('nianbao.draftSection', {
      section: HEADING,
      line: headingLine(editor.document, HEADING),
    });
    assert.deepEqual(uris, []);
    const refused = await said.next('the refusal');
    assert.deepEqual(
      [refused.severity, refused.message, refused.items],
      [
        'warning',
        t(
          `「${HEADING}」的草稿未采用：其中的数字找不到依据——「999条」在要点和表格中都找不到。请核对要点和表格后重试，或改用离线起草。`,
          `The draft for “${HEADING}” was not used: figures without a source — “999条” is in neither the notes nor the tables. Check the notes and tables and try again, or draft offline.`,
        ),
        [
          t('查看模型草稿', 'Show the model’s draft'),
          t('改用离线起草', 'Draft offline instead'),
          t('打开设置', 'Open settings'),
          t('重试', 'Retry'),
        ],
      ],
    );
    assert.doesNotMatch(refused.message, /missing|section_draft|json_schema/);
    const again = await said.next('the review message after 重试', 10_000);
    assert.equal(
      again.message,
      t('草稿已打开：在其标题栏中点 ✓ 采用、点 ✕ 放弃。', 'The draft is open: accept ✓ or discard ✕ in its title bar.'),
    );
    assert.equal(model.requests.length, 3);
    assert.equal(draftTabs().length, 1);
    assert.match(
      (await vscode.workspace.openTextDocument(vscode.Uri.parse(draftTabs()[0][1]))).getText(),
      new RegExp(DRAFTED),
    );
  });

  test('a service that refuses the key is said in the interface’s language, without the service’s own words', async () => {
    const refuse = (_b: unknown, res: Parameters<typeof json>[0]) =>
      json(res, 401, { error: { message: 'Incorrect API key provided: sk-test-1234' } });
    const url = await model.then(refuse).start();
    await useModel(url);
    const editor = await open('baiyun-2023.md');
    const original = editor.document.getText();
    const uris = await vscode.commands.executeCommand<vscode.Uri[]>('nianbao.draftSection', {
      section: HEADING,
      line: headingLine(editor.document, HEADING),
    });
    assert.deepEqual(uris, []);
    const failed = await said.next('the refusal of access');
    const host = new URL(url).host;
    assert.deepEqual(
      [failed.severity, failed.message, failed.items],
      [
        'error',
        t(
          `「${HEADING}」：模型服务 ${host} 拒绝了访问（HTTP 401）：请检查 API 密钥。`,
          `“${HEADING}”: the model service ${host} refused access (HTTP 401): check the API key.`,
        ),
        [t('重试', 'Retry'), t('改用离线起草', 'Draft offline instead'), t('打开设置', 'Open settings')],
      ],
    );
    assert.equal(model.requests.length, 1);
    assert.equal(editor.document.getText(), original);
  });
});
