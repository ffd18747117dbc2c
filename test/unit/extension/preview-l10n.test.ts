import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { previewPlugin } from '../../../src/extension/preview';
import { mutate, readFixture, ROOT, REPORT_2021 } from '../helpers';

suite('Markdown preview of a report', () => {
  const md = new MarkdownIt();
  md.use(previewPlugin);

  test('notes blocks become side notes; tables take the official style', () => {
    const html = md.render(readFixture(REPORT_2021));
    assert.match(
      html,
      /<aside class="nianbao-notes"><div class="nianbao-notes-title">要点 \/ notes<\/div><pre>- 门户网站自然资源栏目发布 412 条/,
    );
    assert.equal((html.match(/<table class="nianbao-table">/g) ?? []).length, 6);
    assert.doesNotMatch(html, /nianbao-finding/);
  });

  test('a cell with a finding is marked with its message', () => {
    const broken = mutate(
      readFixture(REPORT_2021),
      '| （一）予以公开 | 9 | 1 | 0 | 1 | 0 | 0 | 11 |',
      '| （一）予以公开 | 9 | 1 | 0 | 1 | 0 | 0 | 12 |',
    );
    const html = md.render(broken);
    assert.match(
      html,
      /<td style="text-align:right" class="nianbao-finding nianbao-error" title="NB301 「（一）予以公开」的总计为12，而自然人与法人或其他组织各列之和为11，相差1">12<\/td>/,
    );
  });

  test('other Markdown is left alone', () => {
    const html = md.render('# 会议纪要\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n```notes\nx\n```\n');
    assert.doesNotMatch(html, /nianbao-table|nianbao-finding/);
  });
});

suite('localisation', () => {
  const bundle = JSON.parse(readFileSync(join(ROOT, 'l10n/bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;

  test('every runtime string of the extension has its Chinese translation', () => {
    const dir = join(ROOT, 'src/extension');
    const used = new Set<string>();
    for (const f of readdirSync(dir)) {
      const src = readFileSync(join(dir, f), 'utf8');
      for (const m of src.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) used.add(m[1]);
    }
    assert.ok(used.size > 15);
    assert.deepEqual(
      [...used].filter((s) => !(s in bundle)),
      [],
    );
    assert.deepEqual(
      Object.keys(bundle).filter((s) => !used.has(s)),
      [],
      'no stale translations',
    );
  });

  test('every %key% of package.json has English and Chinese text', () => {
    const pkg = readFileSync(join(ROOT, 'package.json'), 'utf8');
    const keys = [...pkg.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    for (const file of ['package.nls.json', 'package.nls.zh-cn.json']) {
      const nls = JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Record<string, string>;
      assert.deepEqual(
        keys.filter((k) => !(k in nls)),
        [],
        file,
      );
    }
  });
});
