import * as assert from 'node:assert/strict';
import { ESLint } from 'eslint';
import { ROOT } from './helpers';

/** The import boundaries of architecture.md are lint rules: a wrong import fails `npm test`. */
suite('import boundaries', () => {
  const eslint = new ESLint({ cwd: ROOT });
  const restricted = async (code: string, filePath: string) => {
    const [result] = await eslint.lintText(code, { filePath });
    return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
  };

  test('the core may not touch the file system, hosts, heavy libraries or vscode', async () => {
    assert.equal(
      await restricted("import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", 'src/core/x.ts'),
      1,
    );
    assert.equal(await restricted("import { main } from '../cli/main';\nexport const x = main;\n", 'src/core/x.ts'), 1);
    assert.equal(await restricted("import * as vscode from 'vscode';\nexport const x = vscode;\n", 'src/core/x.ts'), 1);
    assert.equal(await restricted("import OpenAI from 'openai';\nexport const x = OpenAI;\n", 'src/core/x.ts'), 1);
    assert.equal(
      await restricted("import MarkdownIt from 'markdown-it';\nexport const x = MarkdownIt;\n", 'src/core/x.ts'),
      0,
    );
  });

  test('the CLI may not import vscode or the extension; the extension may not import the CLI', async () => {
    assert.equal(await restricted("import * as vscode from 'vscode';\nexport const x = vscode;\n", 'src/cli/x.ts'), 1);
    assert.equal(
      await restricted("import { main } from '../cli/main';\nexport const x = main;\n", 'src/extension/x.ts'),
      1,
    );
    assert.equal(await restricted("import { check } from '../core';\nexport const x = check;\n", 'src/cli/x.ts'), 0);
  });

  test('hosts use the engine through src/core/index.ts; the extension’s activation code loads no engine', async () => {
    const code = (from: string) => `import { check } from '${from}';\nexport const x = check;\n`;
    assert.equal(await restricted(code('../core/check'), 'src/cli/x.ts'), 1);
    assert.equal(await restricted(code('../core/check'), 'src/extension/engine.ts'), 1);
    assert.equal(await restricted(code('../core'), 'src/extension/engine.ts'), 0);
    assert.equal(await restricted(code('../core'), 'src/extension/x.ts'), 1);
    assert.equal(await restricted(code('../core/check'), 'src/extension/x.ts'), 1);
    assert.equal(await restricted(code('../importers'), 'src/extension/x.ts'), 1);
    assert.equal(await restricted(code('../core/text'), 'src/extension/x.ts'), 0);
    assert.equal(
      await restricted("import type { Finding } from '../core';\nexport type X = Finding;\n", 'src/extension/x.ts'),
      0,
    );
  });

  test('the chat may use core and drafting, never vscode, node:*, hosts, importers or exporters', async () => {
    const chat = 'src/chat/x.ts';
    assert.equal(await restricted("import * as vscode from 'vscode';\nexport const x = vscode;\n", chat), 1);
    assert.equal(
      await restricted("import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", chat),
      1,
    );
    assert.equal(await restricted("import { main } from '../cli/main';\nexport const x = main;\n", chat), 1);
    assert.equal(
      await restricted("import { activate } from '../extension/main';\nexport const x = activate;\n", chat),
      1,
    );
    assert.equal(
      await restricted("import { importReport } from '../importers';\nexport const x = importReport;\n", chat),
      1,
    );
    assert.equal(
      await restricted("import { exportDocx } from '../exporters/docx';\nexport const x = exportDocx;\n", chat),
      1,
    );
    assert.equal(await restricted("import { check } from '../core/check';\nexport const x = check;\n", chat), 0);
    assert.equal(
      await restricted("import { draftReport } from '../drafting';\nexport const x = draftReport;\n", chat),
      0,
    );
  });

  test('importers, exporters and drafting import neither each other nor the file system', async () => {
    const code = (from: string) => `import * as m from '${from}';\nexport const x = m;\n`;
    assert.equal(await restricted(code('../exporters/docx'), 'src/importers/x.ts'), 1);
    assert.equal(await restricted(code('../importers'), 'src/drafting/x.ts'), 1);
    assert.equal(await restricted(code('../drafting'), 'src/exporters/x.ts'), 1);
    assert.equal(await restricted(code('node:fs'), 'src/drafting/x.ts'), 1);
    assert.equal(await restricted(code('node:fs'), 'src/importers/x.ts'), 1);
    assert.equal(await restricted(code('../core/check'), 'src/importers/x.ts'), 0);
  });

  test('the source tree itself is clean', async () => {
    const results = await eslint.lintFiles(['src', 'schemas']);
    const problems = results.flatMap((r) => r.messages.map((m) => `${r.filePath}:${m.line} ${m.ruleId} ${m.message}`));
    assert.deepEqual(problems, []);
  });
});
