import * as assert from 'node:assert/strict';
import { forgetRungs, requestDraft, rememberedRung } from '../../../src/drafting/client';
import { NianbaoError } from '../../../src/core/errors';
import { answer, FakeModel, hang, reject, toolAnswer } from './server';

const GOOD = JSON.stringify({ paragraphs: [{ text: '本年度共收到政府信息公开申请15件。' }], missing: [] });
const messages = { system: '系统提示', user: '用户提示' };

suite('model client: structured output ladder, validation, retries', () => {
  let server: FakeModel;
  let baseURL: string;
  const config = () => ({ baseURL, model: 'test-model', timeoutMs: 5000, maxRetries: 2 });

  setup(async () => {
    forgetRungs();
    server = new FakeModel();
    baseURL = await server.start();
  });
  teardown(() => server.stop());

  test('json_schema: the schema is sent as section_draft (strict) and the answer validated', async () => {
    server.then(answer(GOOD));
    const { draft, rung } = await requestDraft(config(), messages);
    assert.equal(rung, 'json_schema');
    assert.equal(draft.paragraphs[0].text, '本年度共收到政府信息公开申请15件。');
    const sent = server.requests[0];
    assert.equal(sent.response_format?.type, 'json_schema');
    assert.equal(sent.response_format?.json_schema?.name, 'section_draft');
    assert.equal(sent.response_format?.json_schema?.strict, true);
    assert.deepEqual(
      sent.messages.map((m) => m.role),
      ['system', 'user'],
    );
  });

  test('steps down from a rejected rung and remembers it for the endpoint', async () => {
    server.then(
      reject(400, "Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model"),
      answer(GOOD),
    );
    assert.equal((await requestDraft(config(), messages)).rung, 'json_object');
    assert.equal(server.requests[1].response_format?.type, 'json_object');
    assert.match(
      server.requests[1].messages[1].content,
      /JSON Schema（section_draft）/,
      'the schema goes into the prompt',
    );
    assert.equal(rememberedRung(baseURL), 'json_object');
    server.then(answer(GOOD));
    await requestDraft(config(), messages);
    assert.equal(
      server.requests[2].response_format?.type,
      'json_object',
      'the next draft starts at the remembered rung',
    );
  });

  test('down to a forced tool call, then to plain text', async () => {
    server.then(
      reject(400, 'response_format json_schema unsupported'),
      reject(400, 'response_format type json_object is not supported'),
      toolAnswer(GOOD),
    );
    assert.equal((await requestDraft(config(), messages)).rung, 'tool');
    assert.equal(server.requests[2].tools?.[0].function.name, 'section_draft');
    forgetRungs();
    server.then(
      reject(400, 'response_format not supported'),
      reject(400, 'response_format not supported'),
      reject(400, 'tools are not supported by this model'),
      answer('好的，草稿如下：\n```json\n' + GOOD + '\n```'),
    );
    assert.equal((await requestDraft(config(), messages)).rung, 'text');
    assert.equal(server.requests[6].response_format, undefined);
    assert.equal(server.requests[6].tools, undefined);
  });

  test('invalid JSON, then valid: one retry with the error sent back', async () => {
    server.then(answer('{"paragraphs": [{"text": "未完'), answer(GOOD));
    const { draft } = await requestDraft(config(), messages);
    assert.equal(draft.missing.length, 0);
    const retry = server.requests[1].messages;
    assert.equal(retry.length, 4);
    assert.match(retry[3].content, /不是有效的 JSON/);
  });

  test('schema-invalid, then valid', async () => {
    server.then(answer(JSON.stringify({ paragraphs: [{ text: '## 标题\n正文' }] })), answer(GOOD));
    await requestDraft(config(), messages);
    assert.match(server.requests[1].messages[3].content, /不符合 section_draft 结构/);
  });

  test('finish_reason length is not accepted; a second bad answer is an error', async () => {
    server.then(answer(GOOD, 'length'), answer(GOOD));
    await requestDraft(config(), messages);
    assert.match(server.requests[1].messages[3].content, /截断/);
    server.then(answer('不是 JSON'), answer('还不是'));
    await assert.rejects(
      requestDraft(config(), messages),
      (e: unknown) => e instanceof NianbaoError && e.code === 'model' && /两次/.test(e.message),
    );
  });

  test('429 is retried after the Retry-After the server names', async () => {
    server.then(reject(429, 'rate limited', { 'retry-after': '1' }), answer(GOOD));
    const started = Date.now();
    await requestDraft(config(), messages);
    assert.ok(Date.now() - started >= 900, `waited ${Date.now() - started} ms`);
    assert.equal(server.requests.length, 2);
  });

  test('500 is retried', async () => {
    server.then(reject(500, 'internal error'), answer(GOOD));
    await requestDraft(config(), messages);
    assert.equal(server.requests.length, 2);
  });

  test('a server that never answers times out with a clear message', async () => {
    server.then(hang);
    await assert.rejects(
      requestDraft({ ...config(), timeoutMs: 300, maxRetries: 0 }, messages),
      (e: unknown) => e instanceof NianbaoError && e.code === 'model' && /0 秒内没有回答|秒内没有回答/.test(e.message),
    );
  });

  test('cancellation aborts the HTTP request (the server sees the connection close)', async () => {
    server.then(hang);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 150);
    await assert.rejects(
      requestDraft(config(), messages, { signal: controller.signal }),
      (e: unknown) => e instanceof NianbaoError && e.code === 'cancelled',
    );
    for (let i = 0; i < 50 && server.closedEarly === 0; i++) await new Promise((r) => setTimeout(r, 20));
    assert.equal(server.closedEarly, 1);
  });

  test('a draft the guard rejects is retried once with the complaint, then refused', async () => {
    const invented = JSON.stringify({ paragraphs: [{ text: '共收到申请99件。' }], missing: [] });
    server.then(answer(invented), answer(invented));
    const review = (d: { paragraphs: Array<{ text: string }> }) =>
      /99/.test(d.paragraphs[0].text) ? '出现了没有依据的数字：99' : undefined;
    await assert.rejects(
      requestDraft(config(), messages, { review }),
      (e: unknown) => e instanceof NianbaoError && e.code === 'rejected' && /99/.test(e.message),
    );
    assert.match(server.requests[1].messages[3].content, /99/);
  });

  test('no key and no text in the errors', async () => {
    server.then(reject(401, 'invalid api key'));
    await assert.rejects(
      requestDraft({ ...config(), apiKey: 'sk-secret-123' }, messages),
      (e: unknown) =>
        e instanceof Error && !e.message.includes('sk-secret-123') && /拒绝了访问（HTTP 401）/.test(e.message),
    );
  });
});
