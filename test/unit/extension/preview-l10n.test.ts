import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { previewPlugin } from '../../../src/extension/preview';
import { scaffold } from '../../../src/core/scaffold';
import { mutate, readFixture, ROOT, REPORT_2021 } from '../helpers';

/** The extension's source files, its subfolders' (src/extension/chat/…) included. */
const extensionSources = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));

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

  test('a cell with two findings shows both messages, marked with the worse severity', () => {
    const broken = mutate(
      readFixture(REPORT_2021),
      '| （一）予以公开 | 9 | 1 | 0 | 1 | 0 | 0 | 11 |',
      '| （一）予以公开 | 9 | 1 | 0 | 1 | 0 | 0 | 1 2 |',
    );
    assert.match(
      md.render(broken),
      /<td style="text-align:right" class="nianbao-finding nianbao-error" title="NB301 「（一）予以公开」的总计为12，而自然人与法人或其他组织各列之和为11，相差1\nNB602 数字「1 2」中有多余空白，应为「12」">1 2<\/td>/,
    );
  });

  test('placeholders are highlighted in text, headings and cells; other text is not', () => {
    const text = mutate(
      mutate(readFixture(REPORT_2021), '全年开展政务公开业务培训5次', '全年开展政务公开业务培训【待核实：培训次数】次'),
      '2022年1月18日',
      '2022年  月  日',
    );
    const html = md.render(text);
    assert.match(html, /全年开展政务公开业务培训<mark class="nianbao-placeholder">【待核实：培训次数】<\/mark>次/);
    assert.match(html, /<mark class="nianbao-placeholder">2022年 {2}月 {2}日<\/mark>/);
    assert.equal((html.match(/<mark /g) ?? []).length, 2);
    const scaffolded = new MarkdownIt().use(previewPlugin).render(scaffold({ agency: '青山市某局', year: 2024 }));
    assert.equal((scaffolded.match(/<mark class="nianbao-placeholder">【待补充：[^<]*】<\/mark>/g) ?? []).length, 12);
  });

  test('the findings follow the document’s options: its rules and its language', () => {
    const broken = mutate(
      readFixture(REPORT_2021),
      '| （一）予以公开 | 9 | 1 | 0 | 1 | 0 | 0 | 11 |',
      '| （一）予以公开 | 9 | 1 | 0 | 1 | 0 | 0 | 12 |',
    );
    const english = new MarkdownIt().use(previewPlugin, (src: string) =>
      src === broken ? { locale: 'en' as const, rules: { NB401: 'off' as const } } : undefined,
    );
    const html = english.render(broken);
    assert.match(
      html,
      /title="NB301 “（一）予以公开”: 总计 is 12 but the applicant columns add up to 11 \(difference 1\)">12</,
    );
    assert.doesNotMatch(html, /NB401|title="NB301 「/);
    assert.match(html, /<div class="nianbao-notes-title">Notes<\/div>/);
    const off = new MarkdownIt().use(previewPlugin, () => ({
      rules: { NB301: 'off' as const, NB302: 'off' as const },
    }));
    assert.doesNotMatch(off.render(broken), /NB301/);
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
    for (const f of extensionSources(dir)) {
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

  test('every walkthrough page has a Chinese version, which VS Code shows in a Chinese UI (x.nls.zh-cn.md)', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const steps = pkg.contributes.walkthroughs[0].steps as Array<{ id: string; media: { markdown: string } }>;
    assert.deepEqual(
      steps.map((s) => s.id),
      ['scaffold', 'fill', 'draft', 'finding', 'fix', 'export'],
    );
    for (const { media } of steps) {
      const zh = readFileSync(join(ROOT, media.markdown.replace(/\.md$/, '.nls.zh-cn.md')), 'utf8');
      const en = readFileSync(join(ROOT, media.markdown), 'utf8');
      assert.match(zh, /^# [\u4e00-\u9fff]/, media.markdown);
      assert.match(en, /^# [A-Z]/, media.markdown);
    }
  });

  test('every command a person can run is in the 年报 category, and every button runs one of them', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const commands = pkg.contributes.commands as Array<{ command: string; category?: string }>;
    assert.deepEqual(
      commands.filter((c) => c.category !== '%category%'),
      [],
    );
    const nls = JSON.parse(readFileSync(join(ROOT, 'package.nls.zh-cn.json'), 'utf8'));
    assert.equal(nls.category, '年报');
    const known = new Set(commands.map((c) => c.command));
    const menus = pkg.contributes.menus as Record<string, Array<{ command: string }>>;
    for (const [menu, items] of Object.entries(menus))
      for (const item of items) assert.ok(known.has(item.command), `${menu}: ${item.command}`);
    assert.deepEqual(
      (menus['editor/title'] as Array<{ command: string; when?: string }>)
        .filter((m) => m.when === 'nianbao.activeReport')
        .map((m) => m.command),
      ['nianbao.draftSection', 'nianbao.draftAll', 'nianbao.check', 'nianbao.fixAll', 'nianbao.export'],
      'the buttons of a report’s title bar',
    );
    const registered = new Set<string>();
    for (const f of extensionSources(join(ROOT, 'src/extension'))) {
      const src = readFileSync(join(ROOT, 'src/extension', f), 'utf8');
      for (const m of src.matchAll(/registerCommand\(\s*'(nianbao\.[\w.]+)'/g)) registered.add(m[1]);
    }
    assert.ok(registered.size >= 8);
    assert.deepEqual(
      [...registered].filter((c) => !known.has(c)),
      [],
      'every registered command is contributed (and so in the category)',
    );
  });

  test('accepting and discarding a draft are buttons of a draft’s diff only, with their icons', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const review = ['nianbao.acceptDraft', 'nianbao.rejectDraft'];
    const buttons = (pkg.contributes.menus['editor/title'] as Array<{ command: string; when: string; group: string }>)
      .filter((m) => review.includes(m.command))
      .map((m) => [m.command, m.when, m.group]);
    assert.deepEqual(buttons, [
      ['nianbao.acceptDraft', 'resourceScheme == nianbao-draft', 'navigation@1'],
      ['nianbao.rejectDraft', 'resourceScheme == nianbao-draft', 'navigation@2'],
    ]);
    const commands = pkg.contributes.commands as Array<{ command: string; icon?: string; title: string }>;
    assert.deepEqual(
      review.map((c) => commands.find((x) => x.command === c)?.icon),
      ['$(check)', '$(close)'],
    );
    const nls = JSON.parse(readFileSync(join(ROOT, 'package.nls.zh-cn.json'), 'utf8'));
    assert.deepEqual([nls['command.acceptDraft'], nls['command.rejectDraft']], ['采用草稿', '放弃草稿']);
  });

  test('the drafting command’s title begins with 起草, so that “年报 起草” finds both drafting commands', () => {
    const nls = JSON.parse(readFileSync(join(ROOT, 'package.nls.zh-cn.json'), 'utf8'));
    assert.match(nls['command.draftSection'], /^起草/);
    assert.match(nls['command.draftAll'], /^起草/);
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
