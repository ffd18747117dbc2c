import * as assert from 'node:assert/strict';
import { forgetRungs, requestDraft, rememberedRung } from '../../../src/drafting/client';
import { NianbaoError } from '../../../src/core/errors';
import { isLocal } from '../../../src/drafting/presets';
import { answer, echoKey, FakeModel, hang, reject, streamAnswer, toolAnswer, trickle } from './server';
import type { DraftProgress } from '../../../src/drafting/client';

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
      (e: unknown) =>
        e instanceof NianbaoError &&
        e.code === 'model' &&
        e.message === '模型两次都没有给出可用的草稿（回答的格式不对）：请重试，或改用离线起草' &&
        !/section_draft|missing|json/i.test(`${e.message} ${e.en}`),
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

  test('a server that never answers ends after the timeout once, retries allowed or not', async () => {
    server.then(hang, hang, hang);
    const started = Date.now();
    await assert.rejects(
      requestDraft({ ...config(), timeoutMs: 600, maxRetries: 2 }, messages),
      (e: unknown) =>
        e instanceof NianbaoError &&
        e.code === 'timeout' &&
        e.message ===
          `模型服务 ${new URL(baseURL).host} 在 0.6 秒内没有写完草稿（共请求 1 次）：可稍后重试、延长超时时间，或改用离线起草`,
    );
    const took = Date.now() - started;
    assert.ok(took >= 550 && took < 1100, `took ${took} ms`);
    assert.equal(server.requests.length, 1);
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
      /99/.test(d.paragraphs[0].text)
        ? { complaint: '出现了没有依据的数字：99', error: () => new NianbaoError('rejected', '草稿中的99件找不到依据') }
        : undefined;
    await assert.rejects(
      requestDraft(config(), messages, { review }),
      (e: unknown) => e instanceof NianbaoError && e.code === 'rejected' && e.message === '草稿中的99件找不到依据',
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

  test('a body that trickles is cut at the deadline: one timeout, said once', async () => {
    server.then(trickle(GOOD, 100));
    const started = Date.now();
    await assert.rejects(
      requestDraft({ ...config(), timeoutMs: 700 }, messages),
      (e: unknown) =>
        e instanceof NianbaoError && e.code === 'timeout' && /在 0.7 秒内没有写完草稿（共请求 1 次）/.test(e.message),
    );
    assert.ok(Date.now() - started < 1500, `took ${Date.now() - started} ms`);
    for (let i = 0; i < 50 && server.closedEarly === 0; i++) await new Promise((r) => setTimeout(r, 20));
    assert.equal(server.closedEarly, 1, 'the connection was closed');
  });

  test('retries after 500 count within the same deadline; a Retry-After beyond it ends the request at once', async () => {
    server.then(reject(500, 'overloaded'), reject(500, 'overloaded'), answer(GOOD));
    const attempts: number[] = [];
    await requestDraft({ ...config(), timeoutMs: 5000 }, messages, {
      onProgress: (p) => attempts.push(p.attempt),
    });
    assert.deepEqual([...new Set(attempts)], [1, 2, 3]);
    server.then(reject(429, 'slow down', { 'retry-after': '30' }));
    const started = Date.now();
    await assert.rejects(
      requestDraft({ ...config(), timeoutMs: 3000 }, messages),
      (e: unknown) => e instanceof NianbaoError && e.code === 'model' && /HTTP 429/.test(e.message),
    );
    assert.ok(Date.now() - started < 1000, 'no wait beyond the deadline');
  });

  test('streamed: the text so far is heard as it comes, the phases and elapsed time reported', async () => {
    const text = '2023年，本局新收政府信息公开申请15件，办结15件，其中予以公开6件。';
    server.then(streamAnswer(JSON.stringify({ paragraphs: [{ text }], missing: [] }), 6, 10));
    const partials: string[] = [];
    const progress: DraftProgress[] = [];
    const { draft } = await requestDraft(config(), messages, {
      onText: (t) => partials.push(t),
      onProgress: (p) => progress.push(p),
    });
    assert.equal(draft.paragraphs[0].text, text);
    assert.equal((server.requests[0] as { stream?: boolean }).stream, true);
    const grown = partials.filter((p) => p && p !== text);
    assert.ok(grown.length >= 3, `partials: ${grown.length}`);
    assert.ok(
      grown.every((p) => text.startsWith(p)),
      'each partial is a beginning of the text',
    );
    assert.equal(partials[partials.length - 1], text);
    assert.deepEqual([...new Set(progress.map((p) => p.phase))], ['waiting', 'streaming', 'checking']);
    assert.ok(progress.every((p) => p.attempt === 1 && p.rung === 'json_schema' && p.elapsedMs >= 0));
  });

  test('while waiting, progress comes at least every second', async () => {
    server.then((_b, res) =>
      setTimeout(
        () =>
          res.writeHead(200, { 'content-type': 'application/json' }).end(
            JSON.stringify({
              choices: [{ index: 0, message: { role: 'assistant', content: GOOD }, finish_reason: 'stop' }],
            }),
          ),
        2300,
      ),
    );
    const seen: number[] = [];
    await requestDraft(config(), messages, { onProgress: (p) => p.phase === 'waiting' && seen.push(p.elapsedMs) });
    assert.ok(seen.length >= 3, `heard ${seen.length} times`);
    for (let i = 1; i < seen.length; i++) assert.ok(seen[i] - seen[i - 1] <= 1100, `gap ${seen[i] - seen[i - 1]} ms`);
  });

  test('an endpoint that refuses to stream is asked again without streaming, and remembered', async () => {
    server.then(reject(400, 'stream is not supported'), answer(GOOD), answer(GOOD));
    await requestDraft(config(), messages);
    assert.equal((server.requests[0] as { stream?: boolean }).stream, true);
    assert.notEqual((server.requests[1] as { stream?: boolean }).stream, true);
    await requestDraft(config(), messages);
    assert.notEqual((server.requests[2] as { stream?: boolean }).stream, true);
  });

  test('a key echoed by the server, or inside the base URL, is never in a message', async () => {
    const key = 'sk-live-9f8e7d6c5b4a';
    server.then(echoKey(401));
    await assert.rejects(requestDraft({ ...config(), apiKey: key }, messages), (e: unknown) => {
      const all = JSON.stringify(e, Object.getOwnPropertyNames(e)) + String((e as Error).cause);
      return e instanceof NianbaoError && !all.includes(key) && !all.includes('9f8e7d6c5b4a');
    });
    server.then(echoKey(500));
    await assert.rejects(requestDraft({ ...config(), apiKey: key, maxRetries: 0 }, messages), (e: unknown) => {
      const text = `${(e as NianbaoError).message} ${(e as NianbaoError).en} ${String((e as Error).cause)}`;
      return /HTTP 500/.test(text) && !text.includes(key) && text.includes('Bearer ***');
    });
    const withQuery = `${baseURL}?api_key=qk-123456789`;
    server.then(reject(503, `bad gateway for ${withQuery}`));
    await assert.rejects(requestDraft({ ...config(), baseURL: withQuery, maxRetries: 0 }, messages), (e: unknown) => {
      const text = `${(e as NianbaoError).message} ${(e as NianbaoError).en} ${String((e as Error).cause)}`;
      return /HTTP 503/.test(text) && !text.includes('qk-123456789');
    });
    // Credentials in the URL: fetch refuses the request; the message names the host only.
    const withUser = baseURL.replace('http://', 'http://user:pa55-w0rd-secret@');
    await assert.rejects(requestDraft({ ...config(), baseURL: withUser, maxRetries: 0 }, messages), (e: unknown) => {
      const text = `${(e as NianbaoError).message} ${(e as NianbaoError).en} ${String((e as Error).cause)}`;
      return e instanceof NianbaoError && text.includes(new URL(baseURL).host) && !/pa55-w0rd-secret|user:/.test(text);
    });
  });
});

suite('isLocal: only loopback addresses and localhost', () => {
  test('local', () => {
    for (const url of [
      'http://localhost:11434/v1',
      'http://LOCALHOST:8000',
      'http://127.0.0.1:8000/v1',
      'https://127.10.20.30/v1',
      'http://[::1]:11434/v1',
      'http://[::ffff:127.0.0.1]/v1',
      'http://0x7f.1/v1',
      'http://2130706433/',
      'http://evil.example@localhost/v1',
    ])
      assert.equal(isLocal(url), true, url);
  });
  test('not local', () => {
    for (const url of [
      'https://127.attacker.example',
      'https://127.0.0.1.nip.io/v1',
      'http://localhost.attacker.example/v1',
      'http://localhost@attacker.example/v1',
      'http://128.0.0.1/v1',
      'http://[::2]/v1',
      'http://10.0.0.1/v1',
      'ftp://localhost/v1',
      'not a url',
      'https://api.deepseek.com/v1',
    ])
      assert.equal(isLocal(url), false, url);
  });
});
