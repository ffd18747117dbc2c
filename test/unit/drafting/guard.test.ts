import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers';
import { answer, FakeModel } from './server';

/** The bundled command line, run as its user runs it (asynchronously: the model server lives in this process). */
const CLI = join(ROOT, 'dist', 'cli.js');
function cli(args: string[], env: Record<string, string>): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { env: { ...process.env, ...env } }, (error, _stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? -1) : 0, stderr }),
    );
  });
}

/** The paragraph inserted into `before` to make `after` (a whole line and its blank line), or undefined. */
function inserted(before: string, after: string): string | undefined {
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  start = before.lastIndexOf('\n', start - 1) + 1;
  const added = after.length - before.length;
  if (after.slice(0, start) + after.slice(start + added) !== before) return undefined;
  return after.slice(start, start + added);
}

/**
 * Hand-written candidate sentences for the report test/fixtures/drafting/qingshan-2023.md (last year's:
 * qingshan-2022.md), each as a model's whole draft of one heading: [heading, sentence, legitimate].
 * Tables: 新收30 上年结转2 办结31 (予以公开22 部分公开6 不予公开1 无法提供1 不予处理1) 结转1; 四: 复议3
 * (维持1 纠正1 尚未审结1), 诉讼1 (维持1); 二: 规范性文件 3/1/12, 许可156 处罚48 强制5. Last year: 新收26.
 */
const CASES: Array<[string, string, boolean]> = [
  // [heading, sentence, legitimate]
  ['依申请公开', '2023年，本局新收政府信息公开申请30件，上年结转2件，办结31件，结转下年度继续办理1件。', true],
  ['依申请公开', '全年办结的31件申请中，予以公开22件、部分公开6件、不予公开1件、无法提供1件、不予处理1件。', true],
  ['依申请公开', '予以公开和部分公开共28件，占办结总数的90.3%。', true],
  ['依申请公开', '予以公开22件，占办结总数的71.0%。', true],
  ['依申请公开', '予以公开、部分公开的申请约占办结总数的九成。', false],
  ['依申请公开', '予以公开和部分公开共28件，约占办结总数的九成。', true],
  ['依申请公开', '新收申请较上年的26件增加4件，增长15.4%。', true],
  ['依申请公开', '上年新收政府信息公开申请26件。', true],
  ['依申请公开', '均在法定期限内答复，平均用时9个工作日。', true],
  ['依申请公开', '对需要补正的申请一次性告知补正内容，并在20个工作日内作出答复。', true],
  ['依申请公开', '确需延长答复期限的，经批准延长20个工作日；征求第三方意见的期限为15个工作日。', true],
  ['依申请公开', '通过网上平台收到申请19件。', true],
  ['依申请公开', '通过网上平台收到申请19件，占新收申请的63.3%。', true],
  ['依申请公开', '通过网上平台收到申请19件，占新收申请的70%。', false],
  ['依申请公开', '平均用时9个工作日，最长用时15天。', false],
  ['依申请公开', '全部申请均实行一件一档管理。', true],
  ['依申请公开', '因涉及第三方合法权益不予公开1件，因本机关不掌握相关政府信息无法提供1件，重复申请不予处理1件。', true],
  ['依申请公开', '自然人申请29件，商业企业申请1件。', true],
  ['依申请公开', '本年新收申请三十件，办结三十一件。', true],
  ['依申请公开', '本年新收申请３０件，办结３１件。', true],
  ['依申请公开', '申请人可拨打12345热线咨询。', true],
  ['依申请公开', '按照国办公开办函〔2021〕30号的要求统计办理结果。', true],
  ['依申请公开', '本报告按照国办公开办函〔2019〕60号以来的统计口径编制。', true],
  ['依申请公开', '依据《条例》第三十六条作出答复。', true],
  ['依申请公开', '统计期限为2023年1月1日至12月31日。', true],
  ['主动公开', '2023年，本局在门户网站发布信息420条，其中政策文件35条、工作动态260条、其他信息125条。', true],
  ['主动公开', '全年发布信息四百二十条，发布政策解读十八篇。', true],
  ['主动公开', '全年发布信息４２０条。', true],
  ['主动公开', '召开新闻发布会2场，发布政策解读18篇。', true],
  ['主动公开', '按照《条例》第二十条第（一）项的规定，全年制发行政规范性文件3件、废止1件，现行有效12件。', true],
  ['主动公开', '作出行政许可决定156件、行政处罚决定48件、行政强制决定5件。', true],
  ['主动公开', '发布信息420条，其中政策文件35条，占8.3%。', true],
  ['主动公开', '政策文件占发布信息总数的8.3%。', false],
  ['监督保障', '开展政务公开业务培训2次，参训86人次。', true],
  ['监督保障', '开展自查3次，第四季度开展专项督查。', true],
  ['监督保障', '2024年，本局将继续加强培训。', true],
  ['四', '2023年，本局被申请行政复议3件，其中结果维持1件、结果纠正1件、尚未审结1件。', true],
  ['四', '被提起行政诉讼1件，结果维持1件。', true],
  ['四', '行政复议和行政诉讼共4件。', true],
  ['六', '本年度未收取信息处理费。', true],
  ['六', '2023年3月15日召开政务公开工作推进会。', true],
  ['六', '落实《青山县2023年政务公开工作要点》（青政办〔2023〕12号）各项任务。', true],
  ['六', '承办人大代表建议5件、政协提案3件，均已办结。', true],
  ['六', '根据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），本年度未收取信息处理费。', true],
  // invented
  ['监督保障', '全年组织政务公开培训3次。', false],
  ['监督保障', '开展政务公开业务培训2次，参训22人。', false],
  ['监督保障', '开展自查5次。', false],
  ['依申请公开', '予以公开6件、部分公开22件。', false],
  ['依申请公开', '本年新收政府信息公开申请32件。', false],
  ['依申请公开', '全年办结30件。', false],
  ['依申请公开', '结转下年度继续办理2件。', false],
  ['依申请公开', '约六成申请予以公开。', false],
  ['依申请公开', '四分之一的申请通过网上平台提交。', false],
  ['依申请公开', '平均4至6个工作日答复。', false],
  ['依申请公开', '在10个工作日内作出答复。', false],
  ['依申请公开', '本年新收申请９９件。', false],
  ['依申请公开', '本年新收申请二十八件。', false],
  ['依申请公开', '予以公开22件，占办结总数的75%。', false],
  ['依申请公开', '新收申请较上年增长20%。', false],
  ['依申请公开', '新收申请较上年增加5件。', false],
  ['依申请公开', '上年新收政府信息公开申请30件。', false],
  ['依申请公开', '2023年4月8日集中答复了一批申请。', false],
  ['依申请公开', '按照国办公开办函〔2022〕8号的要求办理。', false],
  ['依申请公开', '依据《条例》第六十条作出答复。', false],
  ['依申请公开', '申请人可拨打0000-8886666咨询。', false],
  ['依申请公开', '自2015年起实行网上申请。', false],
  ['主动公开', '全年发布信息450条。', false],
  ['主动公开', '发布政策解读18篇，召开新闻发布会3场。', false],
  ['主动公开', '全年发布政策解读二十篇。', false],
  ['主动公开', '收取行政事业性收费一百二十元。', false],
  ['主动公开', '作出行政许可决定165件。', false],
  ['主动公开', '6月18日集中发布了一批政策文件。', false],
  ['主动公开', '在门户网站开设专栏12个。', false],
  ['四', '被申请行政复议2件。', false],
  ['四', '行政复议结果维持2件。', false],
  ['四', '被提起行政诉讼2件。', false],
  ['六', '本年度收取信息处理费50元。', false],
  ['六', '落实青政办〔2023〕15号文件要求。', false],
  ['六', '承办人大代表建议6件。', false],
  ['六', '第3次全体会议研究了政务公开工作。', false],
  ['六', '落实《青山县政务公开考核办法（2022年修订）》。', false],
];

suite('the figure guard through `node dist/cli.js draft --write`, against a local model server', () => {
  let dir: string;
  let server: FakeModel;
  let env: Record<string, string>;
  const fixture = (name: string) => join(ROOT, 'test/fixtures/drafting', name);

  suiteSetup(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nianbao-guard-'));
    copyFileSync(fixture('qingshan-2022.md'), join(dir, 'qingshan-2022.md'));
    server = new FakeModel();
    env = { NIANBAO_BASE_URL: await server.start(), NIANBAO_MODEL: 'test-model', NIANBAO_LANG: 'zh' };
  });
  suiteTeardown(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test(`${CASES.length} candidate sentences: ${CASES.filter((c) => c[2]).length} legitimate, ${CASES.filter((c) => !c[2]).length} invented`, () => {
    assert.ok(CASES.filter((c) => c[2]).length >= 30 && CASES.filter((c) => !c[2]).length >= 30);
    assert.equal(new Set(CASES.map((c) => c[1])).size, CASES.length, 'no sentence twice');
  });

  for (const [heading, sentence, legitimate] of CASES)
    test(`${legitimate ? 'written' : 'refused'} (${heading}): ${sentence}`, async () => {
      const file = join(dir, 'qingshan-2023.md');
      copyFileSync(fixture('qingshan-2023.md'), file);
      const before = readFileSync(file, 'utf8');
      const draft = answer(JSON.stringify({ paragraphs: [{ text: sentence }], missing: [] }));
      server.reset();
      server.then(draft, draft);
      const { code, stderr } = await cli(['draft', file, '--section', heading, '--write'], env);
      const after = readFileSync(file, 'utf8');
      const asked = server.requests.length;
      server.reset();
      if (legitimate) {
        assert.equal(code, 0, stderr);
        assert.equal(asked, 1, 'accepted at once');
        // Written as the model wrote it; only the figures the heading must state may follow as 【待核实】.
        const paragraph = inserted(before, after);
        assert.ok(paragraph !== undefined, after);
        assert.ok(paragraph.startsWith(sentence), paragraph);
        assert.match(paragraph.slice(sentence.length), /^(?:【待核实：[^】]+】)*\n\n$/);
        assert.ok(stderr.endsWith(`nianbao：已起草 1 个标题下的叙述并写入 ${file}\n`), stderr);
      } else {
        assert.equal(code, 1, stderr);
        assert.equal(asked, 2, 'one correction asked for');
        assert.equal(after, before, 'the file is untouched');
        assert.match(stderr, /的草稿未采用：其中的数字找不到依据——「[^」]+」.*；文件未改动\n/);
        assert.ok(stderr.endsWith(`未采用的草稿：\n${sentence}\n`), stderr);
      }
    });
});
