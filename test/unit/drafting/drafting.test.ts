import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';
import { check } from '../../../src/core/check';
import { scaffold } from '../../../src/core/scaffold';
import { forgetRungs } from '../../../src/drafting/client';
import { unsourcedIn } from '../../../src/drafting/review';
import { draftReport, planDrafts, selectTargets } from '../../../src/drafting';
import { loadPrompt, renderPrompt } from '../../../src/drafting/prompts';
import type { DraftKind } from '../../../src/drafting/targets';
import { mutate, ROOT } from '../helpers';
import { answer, FakeModel } from './server';

/** Our 2023 example with notes under a heading of every kind of section. */
function withNotes(): string {
  let s = readFileSync(join(ROOT, 'examples/baiyun-2023.md'), 'utf8');
  s = mutate(
    s,
    '### （二）依申请公开\n',
    '### （二）依申请公开\n\n```notes\n- 全部申请在法定期限内答复\n- 复议 1 件，已依法重新答复\n```\n',
  );
  s = mutate(
    s,
    '## 四、政府信息公开行政复议、行政诉讼情况\n',
    '## 四、政府信息公开行政复议、行政诉讼情况\n\n```notes\n- 复议机关责令重新答复\n```\n',
  );
  s = mutate(
    s,
    '## 五、存在的主要问题及改进情况\n',
    '## 五、存在的主要问题及改进情况\n\n```notes\n- 答复说理不充分\n- 解读形式单一\n```\n',
  );
  s = mutate(
    s,
    '## 六、其他需要报告的事项\n',
    '## 六、其他需要报告的事项\n\n```notes\n- 承办人大代表建议 4 件、政协提案 2 件\n```\n',
  );
  return s;
}

const GOLDEN = join(ROOT, 'test/golden');

suite('drafting', () => {
  test('targets: every heading with notes, its kind, and the lines of its narrative', () => {
    const { targets, report } = planDrafts(withNotes());
    assert.deepEqual(
      targets.map((t) => [t.heading.text, t.kind]),
      [
        ['（一）主动公开', 'active'],
        ['（二）依申请公开', 'applications'],
        ['四、政府信息公开行政复议、行政诉讼情况', 'review'],
        ['五、存在的主要问题及改进情况', 'problems'],
        ['六、其他需要报告的事项', 'other'],
      ],
    );
    const lines = report.text.split('\n');
    const active = targets[0];
    assert.match(lines.slice(active.first, active.end).join('\n'), /^\n2023年，本局在县政府门户网站/);
    assert.equal(lines[active.end], '### （二）依申请公开');
    assert.deepEqual(
      selectTargets(targets, '依申请公开').map((t) => t.heading.text),
      ['（二）依申请公开'],
    );
    assert.deepEqual(
      selectTargets(targets, '（一）').map((t) => t.heading.text),
      ['（一）主动公开'],
    );
    assert.deepEqual(
      selectTargets(targets, '五').map((t) => t.heading.text),
      ['五、存在的主要问题及改进情况'],
    );
  });

  test('prompts render as the golden files (one per kind of section, versioned)', () => {
    const { targets, facts } = planDrafts(withNotes());
    for (const t of targets) {
      const { system, user, version } = renderPrompt(t, facts);
      const rendered = `# ${version}\n\n## system\n\n${system}\n\n## user\n\n${user}\n`;
      const file = join(GOLDEN, `prompt-${t.kind}.txt`);
      if (process.env.UPDATE_GOLDEN) writeFileSync(file, rendered);
      else {
        assert.ok(existsSync(file), `no golden file ${file} (UPDATE_GOLDEN=1 writes it)`);
        assert.equal(rendered, readFileSync(file, 'utf8'), `prompt for ${t.kind} (UPDATE_GOLDEN=1 to accept a change)`);
      }
    }
  });

  test("each kind of heading asks for its own subject (no template borrows another kind's requirement)", () => {
    const subjects: Record<DraftKind, string> = {
      overview: '五个方面',
      active: '主动公开政府信息的数量',
      applications: '政府信息公开申请的件数',
      management: '政府信息管理',
      platform: '平台建设',
      supervision: '监督保障',
      review: '行政复议',
      problems: '改进情况',
      fixes: '上年度报告所列问题的改进情况',
      issues: '存在的主要问题',
      measures: '改进措施',
      fees: '信息处理费',
      other: '其他需要报告的事项',
    };
    const requirements = Object.entries(subjects).map(([kind, subject]) => {
      const requirement = /^本节要求：(.*)$/m.exec(loadPrompt(kind as DraftKind).body)?.[1] ?? '';
      assert.ok(requirement.includes(subject), `${kind}: 「${requirement}」 does not name 「${subject}」`);
      return requirement;
    });
    assert.equal(new Set(requirements).size, requirements.length, 'two kinds share one requirement');
  });

  test('the figure guard: each figure against what it counts, in the tables or the notes', () => {
    const { targets, facts } = planDrafts(withNotes());
    const unsourced = (text: string) =>
      unsourcedIn({ paragraphs: [{ text }], missing: [] }, targets[0], facts).map((f) => f.written);
    assert.deepEqual(unsourced('2023年发布信息240条，其中安全生产类96条，占40%；2024年继续。'), []);
    assert.deepEqual(unsourced('发布信息250条，占41.7%。'), ['250条', '41.7%']);
    assert.deepEqual(
      unsourced('按照《条例》第二十条第（一）项、第19条的规定。'),
      [],
      'article references are not figures',
    );
  });

  test('the offline drafter writes prose that checks clean apart from its 【待核实】 markers', async () => {
    await assert.rejects(
      draftReport(scaffold({ agency: '白云县应急管理局', year: 2024 }), undefined),
      (e: unknown) =>
        e instanceof Error && e.message === '报告中没有写好要点（notes）的标题：请在标题下的 ```notes 块中写下要点',
      'the hints of a fresh scaffold are not notes',
    );
    for (const markdown of [withNotes()]) {
      const { text, drafted } = await draftReport(markdown, undefined);
      assert.ok(drafted.length >= 5);
      assert.ok(drafted.every((d) => d.source === 'offline'));
      const codes = new Set(
        check(text)
          .findings.filter((f) => f.severity !== 'info')
          .map((f) => f.code),
      );
      assert.deepEqual(
        [...codes].filter((c) => c !== 'NB404'),
        [],
        [...codes].join(','),
      );
    }
    const { text } = await draftReport(withNotes(), '五');
    assert.ok(
      text.includes(
        '（一）上年度问题的改进情况。【待核实：上年度报告所列问题的整改情况】\n\n' +
          '（二）存在的主要问题。一是答复说理不充分；二是解读形式单一。\n\n' +
          '（三）改进措施。【待核实：下一年度的改进措施】\n',
      ),
    );
    const review = await draftReport(withNotes(), '四');
    assert.ok(
      review.text.includes(
        '2023年，本局因政府信息公开工作被申请行政复议1件，其中结果纠正1件；未发生行政诉讼。\n\n复议机关责令重新答复。\n',
      ),
    );
  });

  suite('nianbao draft (command line) against a local model server', () => {
    let dir: string;
    let server: FakeModel;
    let env: Record<string, string>;
    const run = async (args: string[]) => {
      let stdout = '';
      let stderr = '';
      const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env });
      return { code, stdout, stderr };
    };
    setup(async () => {
      forgetRungs();
      dir = mkdtempSync(join(tmpdir(), 'nianbao-draft-'));
      server = new FakeModel();
      env = { NIANBAO_BASE_URL: await server.start(), NIANBAO_MODEL: 'test-model', NIANBAO_API_KEY: 'sk-test' };
    });
    teardown(async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    test('--write changes only that heading’s narrative', async () => {
      const file = join(dir, 'r.md');
      const before = withNotes();
      writeFileSync(file, before);
      server.then(
        answer(
          JSON.stringify({
            paragraphs: [{ text: '2023年，全部申请均在法定期限内答复，复议1件已依法重新答复。' }],
            missing: [],
          }),
        ),
      );
      const r = await run(['draft', file, '--section', '依申请公开', '--write']);
      assert.equal(r.code, 0, r.stderr);
      const after = readFileSync(file, 'utf8');
      const cut = (s: string) => [
        s.slice(0, s.indexOf('### （二）依申请公开')),
        s.slice(s.indexOf('### （三）政府信息管理')),
      ];
      assert.deepEqual(cut(after), cut(before), 'nothing else changed');
      assert.match(
        after,
        new RegExp(
          '```\\n\\n2023年，全部申请均在法定期限内答复，复议1件已依法重新答复。' +
            '【待核实：草稿未写明本年新收政府信息公开申请数（表格为13件）】' +
            '【待核实：草稿未写明本年度办结（答复）申请数（表格为13件）】' +
            '【待核实：草稿未写明结转下年度继续办理的申请数（表格为1件）】\\n\\n### （三）政府信息管理',
        ),
      );
      assert.match(server.requests[0].messages[1].content, /本年新收政府信息公开申请：13件/);
    });

    test('a draft that would make its section 内容雷同 with last year’s is refused, the file untouched', async () => {
      const lastYear =
        '（一）上年度问题整改情况。针对政策解读形式单一的问题，本局丰富解读方式，配发图解和问答；针对答复说理不充分的问题，' +
        '本局制定答复文书范本，逐件审核答复内容。（二）存在的主要问题。基层站所信息报送不够及时，部分栏目更新滞后。' +
        '（三）改进措施。本局将建立信息报送月通报制度，加强对基层站所的督促指导，确保信息发布及时准确。';
      const fixture = (name: string) => readFileSync(join(ROOT, 'test', 'fixtures', 'drafting', name), 'utf8');
      const previous = fixture('qingshan-2022.md');
      const five = previous.indexOf('## 五、');
      const six = previous.indexOf('## 六、');
      writeFileSync(
        join(dir, 'qingshan-2022.md'),
        `${previous.slice(0, five)}## 五、存在的主要问题及改进情况\n\n${lastYear}\n\n${previous.slice(six)}`,
      );
      const file = join(dir, 'qingshan-2023.md');
      const before = fixture('qingshan-2023.md');
      writeFileSync(file, before);
      const copied = JSON.stringify({ paragraphs: [{ text: lastYear }], missing: [] });
      server.then(answer(copied), answer(copied));
      const r = await run(['draft', file, '--section', '存在的主要问题', '--write']);
      assert.equal(r.code, 1, r.stderr);
      assert.equal(readFileSync(file, 'utf8'), before);
      assert.match(
        r.stderr,
        /「五、存在的主要问题及改进情况」的草稿未采用：采用后本部分的叙述与上年报告100%相同（内容雷同）。请按本年的要点重新组织语言后重试，或改用离线起草。/,
      );
      assert.equal(server.requests.length, 2, 'asked once to reword');
      assert.match(
        server.requests[1].messages.at(-1)!.content,
        /与上年报告100%相同（内容雷同）。请按本年的要点重新组织语言/,
      );

      server.reset();
      const reworded =
        '本年度，本局配发图解12期，改进了政策解读形式；制定了答复文书范本，增强答复说理。' +
        '基层站所信息报送仍不够及时。下一步，本局将建立信息报送月通报制度。';
      server.then(answer(JSON.stringify({ paragraphs: [{ text: reworded }], missing: [] })));
      const ok = await run(['draft', file, '--section', '存在的主要问题', '--write']);
      assert.equal(ok.code, 0, ok.stderr);
      assert.ok(readFileSync(file, 'utf8').includes(reworded));
    });

    test('without --write the draft goes to stdout and the file is untouched', async () => {
      const file = join(dir, 'r.md');
      writeFileSync(file, withNotes());
      server.then(
        answer(
          JSON.stringify({ paragraphs: [{ text: '本局门户网站专栏发布信息240条。' }], missing: ['政策解读的数量'] }),
        ),
      );
      const r = await run(['draft', file, '--section', '（一）']);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, '### （一）主动公开\n\n本局门户网站专栏发布信息240条。【待核实：政策解读的数量】\n');
      assert.equal(readFileSync(file, 'utf8'), withNotes());
    });

    test('an invented figure is refused: exit 1, file untouched', async () => {
      const file = join(dir, 'r.md');
      writeFileSync(file, withNotes());
      const invented = JSON.stringify({ paragraphs: [{ text: '全年收到申请88件。' }], missing: [] });
      server.then(answer(invented), answer(invented));
      const r = await run(['draft', file, '--section', '依申请公开', '--write']);
      assert.equal(r.code, 1);
      assert.match(
        r.stderr,
        /「（二）依申请公开」的草稿未采用：其中的数字找不到依据——「88件」与表格不符：表格中本年新收申请为13件。.*；文件未改动\n未采用的草稿：\n全年收到申请88件。\n$/,
      );
      assert.equal(readFileSync(file, 'utf8'), withNotes());
    });

    test('a model failure exits 2 and leaves the file untouched; usage errors exit 2', async () => {
      const file = join(dir, 'r.md');
      writeFileSync(file, withNotes());
      server.then(answer('nope'), answer('still nope'));
      const r = await run(['draft', file, '--write', '--timeout', '5']);
      assert.equal(r.code, 2);
      assert.equal(readFileSync(file, 'utf8'), withNotes());
      assert.equal((await run(['draft', file, '--section', '不存在的标题'])).code, 2);
      assert.equal((await run(['draft', file, '--timeout', 'abc'])).code, 2);
      env = { NIANBAO_BASE_URL: env.NIANBAO_BASE_URL };
      assert.equal((await run(['draft', file])).code, 2, 'a base URL without a model');
    });

    test('--offline never calls the model', async () => {
      const file = join(dir, 'r.md');
      writeFileSync(file, withNotes());
      const r = await run(['draft', file, '--offline']);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(server.requests.length, 0);
      assert.match(r.stdout, /## 五、存在的主要问题及改进情况/);
    });
  });
});
