import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../../src/core/check';
import { parseReport } from '../../../src/core/parse/index';
import { COPIED, narrative, similarity } from '../../../src/core/rules/content';
import { scaffold } from '../../../src/core/scaffold';
import { draftReport, draftText, planDrafts, selectTargets } from '../../../src/drafting';
import { renderPrompt } from '../../../src/drafting/prompts';
import { mutate, ROOT } from '../helpers';

const DIR = join(ROOT, 'test/fixtures/drafting');
const LAST_YEAR = readFileSync(join(DIR, 'qingshan-2022.md'), 'utf8');
const readPrevious = (ref: string) => (ref === 'qingshan-2022.md' ? LAST_YEAR : undefined);
const QINGSHAN = readFileSync(join(DIR, 'qingshan-2023.md'), 'utf8');

/** The same report with notes under 一 itself, 五 and 六 in sub-headings, a note no sentence fits, a hint and a marker. */
function withParts(): string {
  let s = mutate(
    QINGSHAN,
    '## 一、总体情况\n',
    '## 一、总体情况\n\n```notes\n- 全年主动公开信息420条\n- 局务会研究政务公开工作2次\n```\n',
  );
  s = mutate(s, '- 规范性文件目录\n', '- 规范性文件目录\n- 三审？？ 看下老王意见\n');
  s = mutate(
    s,
    '- 政务新媒体没出现问题\n```\n',
    '- 政府网站专栏和政务新媒体建设\n- 政务新媒体没出现问题\n```\n\n【待补充：政务新媒体的名称和账号数量】\n',
  );
  s = mutate(
    s,
    '```notes\n- 上年问题：解读形式单一 → 配发图解 12 期\n- 上年问题：答复说理不充分 → 制定答复文书范本\n' +
      '- 问题：基层站所信息报送不及时\n- 明年：建立信息报送月通报制度\n```\n',
    '### （一）上年度问题整改情况\n\n```notes\n- 解读形式单一 → 配发图解 12 期\n- 答复说理不充分\n```\n\n' +
      '### （二）存在的主要问题\n\n```notes\n- 基层站所信息报送不及时\n- 政策文件解读发布不同步\n```\n\n' +
      '### （三）改进措施\n\n```notes\n- 建立信息报送月通报制度\n- 解读与文件同步起草、同步审签、同步发布\n```\n',
  );
  return mutate(
    s,
    '```notes\n- 没收信息处理费\n- 2023年3月15日召开政务公开工作推进会\n' +
      '- 落实《青山县2023年政务公开工作要点》（青政办〔2023〕12号）\n- 承办人大代表建议 5 件、政协提案 3 件，都办完了\n```\n',
    '### （一）收取信息处理费情况\n\n```notes\n- 没收信息处理费\n```\n\n' +
      '### （二）其他事项\n\n```notes\n- 承办人大代表建议 5 件、政协提案 3 件，都办完了\n```\n',
  );
}

async function drafted(markdown: string): Promise<{ text: string; by: Array<[string, string]> }> {
  const { text, drafted } = await draftReport(markdown, undefined, { readPrevious });
  return { text, by: drafted.map((d) => [d.target.heading.text, draftText(d.draft)]) };
}

/** Findings of a drafted report other than its markers (NB404 on 【待核实】/【待补充】) and infos. */
function faults(text: string): string[] {
  return check(text, { readPrevious })
    .findings.filter((f) => f.severity !== 'info' && f.code !== 'NB404')
    .map((f) => `${f.code} ${f.message}`);
}

suite('the offline drafter: golden sentences for every kind of heading', () => {
  test('主动公开, 依申请公开, 管理, 平台, 监督保障, 四, 五 whole (labelled notes, last year’s problems), 六', async () => {
    const { text, by } = await drafted(QINGSHAN);
    assert.deepEqual(by, [
      [
        '（一）主动公开',
        '2023年，青山县市场监督管理局在门户网站发布信息420条，其中政策文件35条、工作动态260条、其他信息125条；' +
          '发布政策解读18篇；召开新闻发布会2场。\n\n' +
          '按照《条例》第二十条的规定，全年制发行政规范性文件3件、废止1件，现行有效12件；' +
          '作出行政许可决定156件、行政处罚决定48件、行政强制决定5件。',
      ],
      [
        '（二）依申请公开',
        '2023年，本局新收政府信息公开申请30件，上年结转2件；办结31件，其中予以公开22件、部分公开6件、' +
          '不予公开1件、无法提供1件、不予处理1件；结转下年度继续办理1件。\n\n' +
          '均在法定期限内答复，平均用时9个工作日；收到网上申请19件。',
      ],
      ['（三）政府信息管理', '本局落实信息发布三审制度；更新规范性文件目录。'],
      ['（四）政府信息公开平台建设', '本局在门户网站市场监管专栏增设“食品安全抽检”子栏目；政务新媒体未出现问题。'],
      ['（五）监督保障', '本局开展政务公开业务培训2次，参训86人次；开展自查3次；第四季度开展专项督查。'],
      [
        '四、政府信息公开行政复议、行政诉讼情况',
        '2023年，本局因政府信息公开工作被申请行政复议3件，其中结果维持1件、结果纠正1件、尚未审结1件；' +
          '被提起行政诉讼1件，其中结果维持1件。',
      ],
      [
        '五、存在的主要问题及改进情况',
        '（一）上年度问题的改进情况。针对上年度报告提出的“政策解读形式较为单一”问题，本年度已配发图解12期；' +
          '针对上年度报告提出的“依申请公开答复文书的说理还不够充分”问题，本年度已制定答复文书范本。\n\n' +
          '（二）存在的主要问题。基层站所信息报送不及时。\n\n' +
          '（三）改进措施。下一步，本局将建立信息报送月通报制度。',
      ],
      [
        '六、其他需要报告的事项',
        '本年度，本局未收取信息处理费；2023年3月15日召开政务公开工作推进会；' +
          '落实《青山县2023年政务公开工作要点》（青政办〔2023〕12号）；承办人大代表建议5件、政协提案3件，均已办结。',
      ],
    ]);
    assert.deepEqual(faults(text), []);
  });

  test('一 itself, 五’s three parts and 六’s parts as sub-headings; 【待核实：原要点…】; hints and 【待补充】 kept', async () => {
    const { text, by } = await drafted(withParts());
    const expected: Record<string, string> = {
      '一、总体情况':
        '2023年，青山县市场监督管理局全年主动公开信息420条；【待核实：原要点“局务会研究政务公开工作2次”】。',
      '（三）政府信息管理': '本局落实信息发布三审制度；更新规范性文件目录；【待核实：原要点“三审？？ 看下老王意见”】。',
      '（一）上年度问题整改情况':
        '针对上年度报告提出的“政策解读形式较为单一”问题，本年度已配发图解12期；' +
        '上年度报告提出的“依申请公开答复文书的说理还不够充分”问题【待核实：整改情况】。',
      '（二）存在的主要问题': '一是基层站所信息报送不及时；二是政策文件解读发布不同步。',
      '（三）改进措施':
        '下一步，本局将重点做好以下工作：一是建立信息报送月通报制度；' +
        '二是【待核实：原要点“解读与文件同步起草、同步审签、同步发布”】。',
      '（一）收取信息处理费情况': '本年度，本局未收取信息处理费。',
      '（二）其他事项': '本年度，本局承办人大代表建议5件、政协提案3件，均已办结。',
    };
    for (const [heading, want] of Object.entries(expected))
      assert.equal(by.find(([h]) => h === heading)?.[1], want, heading);
    // The scaffold's hint bullet stays in the notes; the 【待补充】 marker stays after the draft.
    assert.ok(
      text.includes(
        '```notes\n- 门户网站市场监管专栏增设“食品安全抽检”子栏目\n- 政府网站专栏和政务新媒体建设\n- 政务新媒体没出现问题\n```\n\n' +
          '本局在门户网站市场监管专栏增设“食品安全抽检”子栏目；政务新媒体未出现问题。\n\n' +
          '【待补充：政务新媒体的名称和账号数量】\n\n### （五）监督保障',
      ),
    );
    assert.deepEqual(faults(text), []);
  });

  test('a fresh scaffold: hint bullets are not notes, and 【待补充】 markers are never removed', async () => {
    const fresh = scaffold({ agency: '青山县林业局', year: 2024 });
    const written = mutate(
      fresh,
      '- 政府网站专栏和政务新媒体建设\n',
      '- 政府网站专栏和政务新媒体建设\n- 门户网站开设“森林防火”专栏\n',
    );
    const { text, drafted: done } = await draftReport(written, undefined);
    assert.deepEqual(
      done.map((d) => d.target.heading.text),
      ['（四）政府信息公开平台建设'],
    );
    assert.equal(
      text,
      mutate(
        written,
        '- 门户网站开设“森林防火”专栏\n```\n\n【待补充：政府网站专栏和政务新媒体建设】\n',
        '- 门户网站开设“森林防火”专栏\n```\n\n本局在门户网站开设“森林防火”专栏。\n\n【待补充：政府网站专栏和政务新媒体建设】\n',
      ),
    );
    assert.equal((text.match(/【待补充/g) ?? []).length, (fresh.match(/【待补充/g) ?? []).length);
  });

  test('no drafted section is 内容雷同 with last year’s by NB505’s own measure', async () => {
    for (const markdown of [QINGSHAN, withParts()]) {
      const now = parseReport((await drafted(markdown)).text);
      const before = parseReport(LAST_YEAR);
      for (const key of ['一', '四', '五', '六'] as const) {
        const a = narrative(now, key);
        const b = narrative(before, key);
        assert.ok(a.length > 0, key);
        assert.ok(similarity(a, b) * 100 < COPIED.percent, `${key}: ${similarity(a, b)}`);
      }
    }
  });

  test('last year’s report: its figures in the prompt of 依申请公开, its problems in the prompt of 五', () => {
    const { targets, facts } = planDrafts(QINGSHAN, readPrevious);
    const prompt = (section: string) => renderPrompt(selectTargets(targets, section)[0], facts).user;
    assert.ok(prompt('依申请公开').includes('- 上年新收申请：26件；上年办结：27件；上年结转下年度：2件'));
    assert.ok(
      prompt('五').includes(
        '- 上年度报告所列问题1：政策解读形式较为单一\n- 上年度报告所列问题2：依申请公开答复文书的说理还不够充分',
      ),
    );
  });

  test('a heading asked for by its number in any width: （二）, (二), 二 and 2 for section 二', () => {
    const { targets } = planDrafts(QINGSHAN, readPrevious);
    const headings = (q: string) => selectTargets(targets, q).map((t) => t.heading.text);
    assert.deepEqual(headings('(二)'), headings('（二）'));
    assert.ok(headings('（二）').length > 0);
    assert.deepEqual(headings('5'), headings('五'));
    assert.ok(headings('五').length > 0);
  });
});
