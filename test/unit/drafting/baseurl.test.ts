import * as assert from 'node:assert/strict';
import { NianbaoError } from '../../../src/core/errors';
import { requestDraft } from '../../../src/drafting/client';
import { checkedBaseURL } from '../../../src/drafting/redact';

/** The model service's address is checked before any request, and the error never repeats it. */
suite('the model service address', () => {
  test('an http(s) address is taken as written', () => {
    assert.equal(checkedBaseURL('https://api.deepseek.com/v1'), 'https://api.deepseek.com/v1');
    assert.equal(checkedBaseURL('http://localhost:11434/v1/'), 'http://localhost:11434/v1/');
  });

  const refused = (url: string): NianbaoError => {
    try {
      checkedBaseURL(url);
    } catch (e) {
      assert.ok(e instanceof NianbaoError);
      return e;
    }
    assert.fail(`${url} was accepted`);
  };

  test('credentials in the address: refused, named by host, the secret never shown', () => {
    const e = refused('https://me:sk-secret@api.example.com/v1');
    assert.equal(e.code, 'usage');
    assert.equal(
      e.message,
      '模型服务地址 api.example.com 含有用户名或密码：请从地址中删去，把密钥设为 API 密钥' +
        '（NIANBAO_API_KEY，或扩展的“设置模型密钥”）',
    );
    assert.equal(
      e.en,
      'The model service address api.example.com contains a user name or password: remove it from the ' +
        'address and give the key as the API key (NIANBAO_API_KEY, or the extension’s “Set Model API Key”)',
    );
    assert.equal(refused('https://sk-secret@api.example.com/v1').code, 'usage');
  });

  test('not a URL, or not http(s)', () => {
    assert.equal(
      refused('api.example.com/v1').message,
      '模型服务地址不是有效的网址（应如 https://api.example.com/v1）',
    );
    assert.equal(
      refused('ftp://api.example.com/v1').en,
      'The model service address must start with http:// or https://, not “ftp:”',
    );
  });

  test('a draft request with such an address fails with that error before connecting', async () => {
    await assert.rejects(
      requestDraft(
        { baseURL: 'http://me:pw@127.0.0.1:9/v1', model: 'm', apiKey: 'k', timeoutMs: 1000 },
        { system: '写作', user: '起草' },
      ),
      (e: unknown) => e instanceof NianbaoError && e.code === 'usage' && !e.message.includes('pw'),
    );
  });
});
