import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits } from '../../../src/core/edits';
import type { Range } from '../../../src/core/model';
import {
  answer,
  Conversation,
  endpointModel,
  type ChatModel,
  type ChatOutput,
  type ChatTurn,
  type Proposal,
} from '../../../src/chat';
import { ROOT } from '../helpers';
import { answer as reply, FakeModel, hang, streamAnswer } from '../drafting/server';

const EXAMPLES = join(ROOT, 'examples');
const REPORT = readFileSync(join(EXAMPLES, 'baiyun-2024-draft.md'), 'utf8');
const readPrevious = (ref: string) => readFileSync(join(EXAMPLES, ref), 'utf8');
const SUPERVISION = '全年开展政务公开业务培训2次，将信息发布质量纳入股室年度考核。';

/** An output that records every call, in order. */
class Recorder implements ChatOutput {
  readonly chunks: string[] = [];
  readonly anchors: Array<{ range: Range; title: string }> = [];
  readonly proposals: Proposal[] = [];
  readonly steps: string[] = [];
  markdown(text: string) {
    this.chunks.push(text);
  }
  anchor(range: Range, title: string) {
    this.anchors.push({ range, title });
    this.chunks.push(title);
  }
  progress(text: string) {
    this.steps.push(text);
  }
  proposal(p: Proposal) {
    this.proposals.push(p);
  }
  get text() {
    return this.chunks.join('');
  }
}

const turn = (command: ChatTurn['command'], prompt: string, cursorAt: string, select?: string): ChatTurn => {
  const cursor = REPORT.indexOf(cursorAt);
  assert.ok(cursor >= 0, cursorAt);
  const start = select ? REPORT.indexOf(select) : -1;
  return {
    command,
    prompt,
    document: { text: REPORT, cursor, selection: select ? { start, end: start + select.length } : undefined },
  };
};

suite('chat: the engine answers without a model', () => {
  test('/check: the findings grouped by rule, each with a link to its place', async () => {
    const out = new Recorder();
    const result = await answer(turn('check', '', '# 白云县'), { readPrevious }, out);
    const lines = result.text.split('\n');
    assert.equal(lines[0], '检查发现 8 处问题（错误 3、警告 3、提示 2）。');
    assert.ok(lines.includes('**NB301 行合计不符**（错误，1 处）'), result.text);
    assert.ok(
      lines.includes('- 第64行：「（一）予以公开」的总计为8，而自然人与法人或其他组织各列之和为7，相差1'),
      result.text,
    );
    assert.ok(lines.includes('- 第23行：正文称本年新收申请16件，表格为15件'));
    assert.equal(out.anchors.length, 8);
    assert.deepEqual(out.anchors[0], {
      range: { start: { line: 63, character: 36 }, end: { line: 63, character: 37 } },
      title: '第64行',
    });
    assert.equal(out.text, result.text);
    assert.deepEqual(result.proposals, []);
  });

  test('/explain: a rule by its code, with the finding and the figure it is about', async () => {
    const result = await answer(turn('explain', 'NB401', '# 白云县'), { readPrevious }, new Recorder());
    const lines = result.text.split('\n');
    assert.equal(lines[0], '**NB401 正文数字与表格不符**（text.table-mismatch）');
    assert.ok(lines.includes('- 第23行：正文称本年新收申请16件，表格为15件（所在处：「16」）'), result.text);
  });

  test('/explain with no code: the finding on the cursor’s line, and its related cell', async () => {
    const result = await answer(turn('explain', '', '| （一）予以公开'), { readPrevious }, new Recorder());
    const lines = result.text.split('\n');
    assert.equal(lines[0], '**NB301 行合计不符**（arith.row-total）');
    assert.ok(
      lines.includes(
        '- 第64行：「（一）予以公开」的总计为8，而自然人与法人或其他组织各列之和为7，相差1（所在处：「8」）',
      ),
    );
    assert.ok(lines.includes('  - 本行：「（一）予以公开」（第64行）'));
  });

  test('/compare: changed figures and the sections at risk of 内容雷同', async () => {
    const result = await answer(turn('compare', '', '# 白云县'), { readPrevious }, new Recorder());
    const lines = result.text.split('\n');
    assert.equal(lines[0], '**与上年报告（baiyun-2023.md）相比，表格中有 36 个数字变化**');
    assert.ok(lines.includes('- 第二十条第（五）项 · 行政许可 · 本年处理决定数量：上年 87 → 本年 95（+8）'));
    assert.ok(lines.includes('- 行政复议、行政诉讼 · 行政复议 · 总计：上年 1 → 本年 0（-1）'));
    assert.ok(lines.includes('- 没有'));

    const previous = readPrevious('baiyun-2023.md');
    const lastFive = previous.slice(previous.indexOf('## 五、'), previous.indexOf('## 六、'));
    const copied = REPORT.replace(REPORT.slice(REPORT.indexOf('## 五、'), REPORT.indexOf('## 六、')), lastFive);
    const again = await answer(
      { command: 'compare', prompt: '', document: { text: copied, cursor: 0 } },
      { readPrevious },
      new Recorder(),
    );
    assert.match(again.text, /\n- 「五、存在的主要问题及改进情况」与上年 100% 相同（已达 NB505 的标准）\n/);
  });

  test('/compare without previous: says how to name last year’s report', async () => {
    const text = REPORT.replace('previous: baiyun-2023.md\n', '');
    const result = await answer({ command: 'compare', prompt: '', document: { text, cursor: 0 } }, {}, new Recorder());
    assert.equal(
      result.text,
      '报告的开头（front matter）没有写 previous:，不知道上年报告在哪里。请加上一行 `previous: 上年报告.md`。\n',
    );
  });

  test('/draft offline: the heading at the cursor from its notes, as a proposal that applies cleanly', async () => {
    const out = new Recorder();
    const result = await answer(turn('draft', '', '专栏发布信息'), { readPrevious }, out);
    const [p] = result.proposals;
    assert.equal(p.heading, '（一）主动公开');
    assert.equal(p.source, 'offline');
    assert.deepEqual(p.range, { start: { line: 17, character: 0 }, end: { line: 20, character: 0 } });
    assert.equal(
      p.oldText,
      '\n2024年，本局在县政府门户网站应急管理专栏发布信息262条，其中安全生产类104条、防灾减灾类63条、应急救援类35条、行政执法公示30条、其他信息30条。\n\n',
    );
    assert.equal(
      p.newText,
      '\n2024年，白云县应急管理局在专栏发布信息262条，其中安全生产类104条、防灾减灾类63条、应急救援类35条、执法公示30条、其他信息30条。\n\n' +
        '按照《条例》第二十条的规定，全年制发行政规范性文件2件，现行有效14件；作出行政许可决定95件、行政处罚决定38件、行政强制决定1件。\n\n',
    );
    assert.deepEqual(out.proposals, [p]);
    const applied = applyEdits(REPORT, [{ range: p.range, newText: p.newText }]).text;
    assert.equal(
      applied.slice(0, REPORT.indexOf('2024年，本局在县')),
      REPORT.slice(0, REPORT.indexOf('2024年，本局在县')),
    );
    assert.ok(applied.includes('\n\n### （二）依申请公开'));
  });

  test('/revise and free questions without a model say what they need; nothing is proposed', async () => {
    const revise = await answer(turn('revise', '更正式', SUPERVISION, SUPERVISION), {}, new Recorder());
    assert.equal(
      revise.text,
      '改写需要模型：请在聊天中选择模型，或在设置中配置 nianbao.llm（预设、地址和模型）。没有模型时可用 /draft 按要点离线起草。\n',
    );
    assert.deepEqual(revise.proposals, []);
    const free = await answer(turn(undefined, '本年收到多少申请？', '# 白云县'), {}, new Recorder());
    assert.match(free.text, /^可以这样问我：\n- `\/draft` 按光标所在标题下的要点起草本节\n/);
  });
});

suite('chat: through a model (local OpenAI-compatible server, real openai client)', () => {
  let server: FakeModel;
  let model: ChatModel & { config: { baseURL: string; model: string; timeoutMs: number } };
  setup(async () => {
    server = new FakeModel();
    model = endpointModel({
      baseURL: await server.start(),
      model: 'test-model',
      apiKey: 'sk-test-secret-0001',
      timeoutMs: 5000,
    });
  });
  teardown(() => server.stop());

  test('/revise streams the rewrite of the selection and proposes it once its figures are checked', async () => {
    const rewrite = '本年度，本局组织开展政务公开业务培训2次，并将信息发布质量纳入各股室年度考核。';
    server.then(streamAnswer(rewrite, 6, 5));
    const out = new Recorder();
    const result = await answer(turn('revise', '更正式', SUPERVISION, SUPERVISION), { model, readPrevious }, out);
    assert.equal(
      result.text,
      `**改写「（五）监督保障」**（更正式；test-model @ ${new URL(model.config.baseURL).host}）\n\n${rewrite}` +
        '\n\n数字已核对：每个数字都有依据。请查看差异，接受后才会写入报告。\n',
    );
    const streamed = out.chunks.slice(1, -1);
    assert.equal(streamed.length, Math.ceil(rewrite.length / 6), 'one piece per streamed chunk');
    assert.equal(streamed.join(''), rewrite);
    const [p] = result.proposals;
    const start = REPORT.indexOf(SUPERVISION);
    assert.equal(p.oldText, SUPERVISION);
    assert.equal(p.newText, rewrite);
    assert.equal(p.heading, '（五）监督保障');
    assert.deepEqual(p.range, {
      start: { line: 34, character: 0 },
      end: { line: 34, character: SUPERVISION.length },
    });
    assert.equal(REPORT.split('\n')[34], SUPERVISION);
    assert.equal(start, REPORT.split('\n').slice(0, 34).join('\n').length + 1);
    const sent = server.requests[0] as { stream?: boolean; messages: Array<{ role: string; content: string }> };
    assert.equal(sent.stream, true);
    assert.deepEqual(
      sent.messages.map((m) => m.role),
      ['system', 'user'],
    );
    assert.ok(sent.messages[0].content.includes('## 本年报告\n\n---\nagency: 白云县应急管理局'));
    assert.ok(sent.messages[0].content.includes('- NB401 第23行：正文称本年新收申请16件，表格为15件'));
    assert.ok(sent.messages[0].content.includes('## 上年报告（baiyun-2023.md）'));
    assert.ok(sent.messages[1].content.startsWith('请按要求改写下面这段年报文字。要求：更正式\n'));
    assert.ok(sent.messages[1].content.endsWith(`原文：\n${SUPERVISION}`));
  });

  test('/revise: a rewrite that invents figures is refused, and nothing is proposed', async () => {
    server.then(streamAnswer('本年度，本局开展政务公开业务培训5次，培训干部120人次，并纳入年度考核。', 8, 2));
    const result = await answer(turn('revise', '补充培训情况', SUPERVISION, SUPERVISION), { model }, new Recorder());
    assert.deepEqual(result.proposals, []);
    assert.equal(result.error?.code, 'rejected');
    assert.equal(
      result.error?.message,
      '「（五）监督保障」的新文字未采用：其中的数字找不到依据——「5次」在要点和表格中都找不到；「120人次」在要点和表格中都找不到。原文未改动。',
    );
    assert.ok(result.text.endsWith(`\n\n${result.error?.message}\n`));
  });

  test('/draft through the endpoint: the drafting request streams, passes the guard, and is proposed', async () => {
    const text =
      '2024年，本局在应急管理专栏发布信息262条，其中安全生产类104条、防灾减灾类63条、应急救援类35条、行政执法公示30条、其他信息30条。';
    server.then(streamAnswer(JSON.stringify({ paragraphs: [{ text }], missing: [] }), 10, 2));
    const out = new Recorder();
    const result = await answer(turn('draft', '', '专栏发布信息'), { model, readPrevious }, out);
    assert.equal(result.error, undefined, result.text);
    assert.ok(out.chunks.length > 4, 'the draft streams in pieces');
    assert.equal(result.proposals[0].newText, `\n${text}\n\n`);
    assert.equal(result.proposals[0].source, 'model');
    assert.equal(
      (server.requests[0] as { response_format?: { json_schema?: { name: string } } }).response_format?.json_schema
        ?.name,
      'section_draft',
    );
  });

  test('/draft through a chat model without an endpoint (as VS Code’s): free text, guarded, proposed', async () => {
    const chatModel: ChatModel = { label: 'chat', complete: (m, o) => model.complete(m, o) };
    const text =
      '2024年，本局在应急管理专栏发布信息262条，其中安全生产类104条、防灾减灾类63条、应急救援类35条、行政执法公示30条、其他信息30条。';
    server.then(streamAnswer(text, 12, 2));
    const result = await answer(turn('draft', '', '专栏发布信息'), { model: chatModel }, new Recorder());
    assert.equal(result.proposals[0].newText, `\n${text}\n\n`);
    assert.deepEqual(result.proposals[0].range, { start: { line: 17, character: 0 }, end: { line: 20, character: 0 } });
    assert.ok(server.requests[0].messages[1].content.includes('要点：\n- 专栏发布信息 262 条'));
  });

  test('/explain with a model: the engine’s answer first, then the model’s words, streamed', async () => {
    server.then(streamAnswer('正文写的是16件，表格是15件，应统一为表格的数字。', 5, 2));
    const result = await answer(turn('explain', 'NB401 为什么报错', '# 白云县'), { model }, new Recorder());
    assert.ok(result.text.startsWith('**NB401 正文数字与表格不符**'));
    assert.ok(result.text.endsWith('\n正文写的是16件，表格是15件，应统一为表格的数字。'));
    assert.ok(server.requests[0].messages[1].content.includes('- 第23行：正文称本年新收申请16件，表格为15件'));
  });

  test('follow-ups keep the conversation: earlier questions and answers go with the next one', async () => {
    server.then(
      reply('本年新收申请15件（表格），正文写作16件，需要统一。'),
      streamAnswer('上年新收13件，本年增加2件。'),
    );
    const conversation = new Conversation({ model, readPrevious });
    const first = await conversation.ask(turn(undefined, '本年收到多少申请？', '# 白云县'), new Recorder());
    assert.equal(first.text, '本年新收申请15件（表格），正文写作16件，需要统一。');
    const second = await conversation.ask(turn(undefined, '和上年比呢？', '# 白云县'), new Recorder());
    assert.equal(second.text, '上年新收13件，本年增加2件。');
    assert.deepEqual(server.requests[1].messages.slice(1), [
      { role: 'user', content: '本年收到多少申请？' },
      { role: 'assistant', content: '本年新收申请15件（表格），正文写作16件，需要统一。' },
      { role: 'user', content: '和上年比呢？' },
    ]);
    assert.equal(server.requests[1].messages[0].role, 'system');
    assert.deepEqual(conversation.history.at(-1), { role: 'assistant', content: '上年新收13件，本年增加2件。' });
  });

  test('cancellation stops the request at once: the answer says so and proposes nothing', async () => {
    server.then(hang);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    const result = await answer(
      turn('revise', '更正式', SUPERVISION, SUPERVISION),
      { model, signal: controller.signal },
      new Recorder(),
    );
    assert.deepEqual(result.error, { code: 'cancelled', message: '已取消' });
    assert.deepEqual(result.proposals, []);
    assert.ok(Date.now() - started < 2000);
  });

  test('a model that never answers ends at the deadline with a message naming the time, never the key', async () => {
    const slow = endpointModel({ ...model.config, timeoutMs: 300, apiKey: 'sk-test-secret-0001' });
    server.then(hang);
    const result = await answer(turn(undefined, '你好', '# 白云县'), { model: slow }, new Recorder());
    const host = new URL(model.config.baseURL).host;
    assert.deepEqual(result.error, { code: 'timeout', message: `${host} 在 0.3 秒内没有答完，已停止等待` });
    assert.ok(!result.text.includes('sk-test'));
  });
});
