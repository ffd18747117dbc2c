import * as assert from 'node:assert/strict';
import { mutate, findings, readFixture, report2020, REPORT_2021 } from '../helpers';

/** Text that looks like a fault but is not one: each must stay silent (a false alarm is worse than none). */
const s21 = () => readFixture(REPORT_2021);
const para = '全部申请均在法定期限内作出答复。';

const cases: Array<{ name: string; text: () => string; silent: string[] }> = [
  {
    name: 'answers to web messages are not application answers',
    text: () => mutate(s21(), para, para + '全年答复网民留言120件，办结人大代表建议2件。'),
    silent: ['NB401'],
  },
  {
    name: 'a plan for next year is not an event in it',
    text: () =>
      mutate(
        s21(),
        '二是建立乡镇信息报送月通报制度。',
        '二是建立乡镇信息报送月通报制度。2022年，我局将进一步完善依申请公开工作机制。',
      ),
    silent: ['NB405'],
  },
  {
    name: 'a change against last year is not a share of the counts',
    text: () => mutate(s21(), para, para + '申请数量较上年增长12.3%。'),
    silent: ['NB403'],
  },
  {
    name: 'a single 其中 is a subset, not a breakdown',
    text: () => mutate(s21(), para, para + '全年受理咨询40件，其中电话咨询30件。'),
    silent: ['NB402'],
  },
  {
    name: 'colons and slashes in a URL are not punctuation faults',
    text: () => mutate(s21(), '（电话：0000-7654321）', '（电话：0000-7654321，网址：http://www.linhe.gov.cn/xxgk）'),
    silent: ['NB601', 'NB404'],
  },
  {
    name: 'a blank 总计 of section 四 stands for its row’s sum, as in section 三 (not 0)',
    text: () => mutate(s21(), '| 行政复议 | 1 | 1 | 0 | 0 | 2 |', '| 行政复议 | 1 | 1 | 0 | 0 |  |'),
    silent: ['NB401', 'NB304'],
  },
  {
    name: 'a procurement total of 0 needs no unit',
    text: () => mutate(report2020(), '| 政府集中采购 | 4 | 386500元 |', '| 政府集中采购 | 0 | 0 |'),
    silent: ['NB204'],
  },
  {
    name: 'document numbers and earlier years are not wrong years',
    text: () => mutate(s21(), para, para + '对照2020年度问题清单，落实国办公开办函〔2022〕5号文件要求。'),
    silent: ['NB405'],
  },
  {
    name: '“未经复议直接起诉” is not a statement that no lawsuits happened',
    text: () => mutate(s21(), para, para + '行政诉讼（未经复议直接起诉）1件。'),
    silent: ['NB401'],
  },
  {
    name: 'a missing row is a gap (NB203), not an arithmetic fault',
    text: () => mutate(s21(), '| （一）予以公开 | 9 | 1 | 0 | 1 | 0 | 0 | 11 |\n', ''),
    silent: ['NB301', 'NB302', 'NB303'],
  },
  {
    name: 'a figure an import could not place (？) is a gap, not an arithmetic fault',
    text: () =>
      mutate(
        s21(),
        '| （一）予以公开 | 9 | 1 | 0 | 1 | 0 | 0 | 11 |',
        '| （一）予以公开 | ？ | ？ | ？ | ？ | ？ | ？ | ？ |',
      ),
    silent: ['NB301', 'NB302', 'NB303', 'NB401', 'NB403'],
  },
  {
    name: 'unit names with Latin letters are not OCR residue',
    text: () => mutate(s21(), para, para + '依托“临河自然资源”APP和PC端同步发布。'),
    silent: ['NB107'],
  },
];

suite('no false alarms', () => {
  for (const c of cases)
    test(c.name, () => {
      const got = findings(c.text()).filter((f) => c.silent.includes(f.code));
      assert.deepEqual(
        got.map((f) => `${f.code} ${f.message}`),
        [],
      );
    });
});
