import * as assert from 'node:assert/strict';
import { check, type CheckOptions } from '../../../src/core/check';
import { RULES } from '../../../src/core/rules';
import {
  applyFixes,
  assertGolden,
  findings,
  mutate,
  fixtureReader,
  readFixture,
  report2020,
  REPORT_2021,
  REPORT_2022,
  shown,
  textAt,
} from '../helpers';

/**
 * One case per behaviour: a minimal broken report (a clean report with one change), the rule that
 * must fire on it, the text it must point at, and for fixable rules the text after the fix.
 */
interface Case {
  name: string;
  code: string;
  clean: () => string;
  broken: (clean: string) => string;
  /** The source text the finding's range must cover. */
  at?: string;
  /** The exact message of the finding at `at` (or of the first finding). */
  message?: string;
  /** The text after applying the fix: `'clean'` for the clean report itself. */
  fixed?: 'clean' | ((clean: string) => string);
  options?: CheckOptions;
}

const s21 = () => readFixture(REPORT_2021);
const s22 = () => readFixture(REPORT_2022);
const prev22: CheckOptions = { readPrevious: fixtureReader(REPORT_2022) };

/** Moves section 六 in front of section 五. */
function swapFiveSix(s: string): string {
  const i5 = s.indexOf('## 五、');
  const i6 = s.indexOf('## 六、');
  const sig = s.lastIndexOf('临河县自然资源局\n');
  return s.slice(0, i5) + s.slice(i6, sig) + s.slice(i5, i6) + s.slice(sig);
}

const cases: Case[] = [
  {
    name: 'a section heading removed',
    message: '缺少第五部分「五、存在的主要问题及改进情况」',
    code: 'NB101',
    clean: s21,
    broken: (s) => mutate(s, '## 五、存在的主要问题及改进情况\n\n', ''),
    at: '## 六、其他需要报告的事项',
    fixed: (s) =>
      mutate(
        mutate(s, '## 五、存在的主要问题及改进情况\n\n', ''),
        '## 六、',
        '## 五、存在的主要问题及改进情况\n\n## 六、',
      ),
  },
  {
    name: 'section 六 before 五',
    message: '第五部分出现在第六部分之后，应在其前',
    code: 'NB102',
    clean: s21,
    broken: swapFiveSix,
    at: '五、存在的主要问题及改进情况',
  },
  {
    name: 'a section twice',
    message: '第二部分重复出现（第37行已有）',
    code: 'NB102',
    clean: s21,
    broken: (s) =>
      mutate(s, '## 六、其他需要报告的事项', '## 二、主动公开政府信息情况\n\n无。\n\n## 六、其他需要报告的事项'),
    at: '二、主动公开政府信息情况',
  },
  {
    name: 'heading without its number',
    message: '「存在的主要问题及改进情况」缺少序号，应为「五、存在的主要问题及改进情况」',
    code: 'NB103',
    clean: s21,
    broken: (s) => mutate(s, '## 五、存在的', '## 存在的'),
    at: '存在的主要问题及改进情况',
    fixed: 'clean',
  },
  {
    name: 'heading with the wrong number',
    message: '「四、存在的主要问题及改进情况」是第五部分，序号应为「五、」，实为「四」',
    code: 'NB103',
    clean: s21,
    broken: (s) => mutate(s, '## 五、存在的', '## 四、存在的'),
    at: '四、',
    fixed: 'clean',
  },
  {
    name: 'level-2 heading numbered （2）',
    message: '二级标题「（2）依申请公开」应使用（一）（二）式序号，应为「（二）」',
    code: 'NB104',
    clean: s21,
    broken: (s) => mutate(s, '### （二）依申请公开', '### （2）依申请公开'),
    at: '（2）',
    fixed: 'clean',
  },
  {
    name: 'level-2 heading numbered 三、',
    message: '二级标题「三、政府信息管理」使用了「一、」式序号，与章节序号冲突；应为「（三）」',
    code: 'NB104',
    clean: s21,
    broken: (s) => mutate(s, '### （三）政府信息管理', '### 三、政府信息管理'),
    at: '三、',
    fixed: 'clean',
  },
  {
    name: 'level-2 heading without number among numbered ones',
    message: '「政府信息管理」缺少序号，同级其他标题有序号；应为「（三）」',
    code: 'NB104',
    clean: s21,
    broken: (s) => mutate(s, '### （三）政府信息管理', '### 政府信息管理'),
    fixed: 'clean',
  },
  {
    name: 'level-2 paragraphs out of sequence',
    message: '二级标题序号不连续：「（三）存在的主要问题。一是规划公」应为「（二）」',
    code: 'NB104',
    clean: s21,
    broken: (s) => mutate(s, '（二）存在的主要问题。', '（三）存在的主要问题。'),
    at: '（三）',
  },
  {
    name: 'overview without 监督保障',
    message: '总体情况未涉及「监督保障」方面',
    code: 'NB105',
    clean: s21,
    broken: (s) => s.slice(0, s.indexOf('### （五）监督保障')) + s.slice(s.indexOf('## 二、')),
    at: '一、总体情况',
  },
  {
    name: 'preamble without the statistic period',
    message: '导语未说明统计期限（如「本报告中所列数据的统计期限自X年1月1日起至X年12月31日止」）',
    code: 'NB106',
    clean: s21,
    broken: (s) => mutate(s, '本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。', ''),
  },
  {
    name: 'regulation cited by a short name first',
    message: '首次引用条例写作「《信息公开条例》」，应使用全称《中华人民共和国政府信息公开条例》（简称须先定义后使用）',
    code: 'NB106',
    clean: s21,
    broken: (s) => mutate(s, '《中华人民共和国政府信息公开条例》（以下简称《条例》）', '《信息公开条例》'),
    at: '《信息公开条例》',
  },
  {
    name: 'an image placeholder',
    message: '疑似图片占位符，不属于报告正文：「[image: image4]」',
    code: 'NB107',
    clean: s21,
    broken: (s) => mutate(s, '方便群众查询。\n', '方便群众查询。\n[image: image4]\n'),
    at: '[image: image4]',
    fixed: 'clean',
  },
  {
    name: 'web-page chrome',
    message: '疑似网页导航，不属于报告正文：「您当前的位置：」',
    code: 'NB107',
    clean: s21,
    broken: (s) => mutate(s, '# 临河县', '您当前的位置：首页 > 政务公开\n\n# 临河县'),
    at: '您当前的位置：',
  },
  {
    name: 'a year written in Chinese numerals in the front matter',
    code: 'NB108',
    clean: s21,
    broken: (s) => mutate(s, 'year: 2021', 'year: 二〇二一'),
    at: 'year: 二〇二一',
    message: '前置信息「year」为「二〇二一」，应为2008至2100之间的年份，用阿拉伯数字',
  },
  {
    name: 'an empty agency in the front matter',
    code: 'NB108',
    clean: s21,
    broken: (s) => mutate(s, 'agency: 临河县自然资源局', "agency: ''"),
    at: "agency: ''",
    message: '前置信息「agency」为「」，应为单位全称（不能为空）',
  },
  {
    name: 'a 2020 report in the 2021 format',
    message: '2020年度报告应使用2019年版表格，但「本年制发件数」属于2021年版',
    code: 'NB201',
    clean: report2020,
    broken: () =>
      s21()
        .replace('year: 2021', 'year: 2020')
        .replace('2021年政府信息公开工作年度报告', '2020年政府信息公开工作年度报告'),
    at: '本年制发件数',
  },
  {
    name: 'a 2021 report in the 2019 format',
    message: '2021年度报告应使用2021年版表格，但「本年新制作数量」属于2019年版',
    code: 'NB201',
    clean: s21,
    broken: () =>
      report2020()
        .replace('year: 2020', 'year: 2021')
        .replace('2020年政府信息公开工作年度报告', '2021年政府信息公开工作年度报告'),
    at: '本年新制作数量',
  },
  {
    name: 'both formats mixed',
    message: '表格混用了两版格式：「上一年项目数量」属于2019年版，「本年制发件数」属于2021年版',
    code: 'NB201',
    clean: s21,
    broken: (s) => mutate(s, '| 第二十条第（五）项 | 本年处理决定数量 |', '| 第二十条第（五）项 | 上一年项目数量 |'),
    at: '上一年项目数量',
  },
  {
    name: 'a typo in a row label',
    message: '「行政规范姓文件」应为官方表述「行政规范性文件」',
    code: 'NB202',
    clean: s21,
    broken: (s) => mutate(s, '| 行政规范性文件 |', '| 行政规范姓文件 |'),
    at: '行政规范姓文件',
    fixed: 'clean',
  },
  {
    name: 'the 2019 row label in a 2021 table',
    message: '「规范性文件」应为官方表述「行政规范性文件」',
    code: 'NB202',
    clean: s21,
    broken: (s) => mutate(s, '| 行政规范性文件 |', '| 规范性文件 |'),
    at: '规范性文件',
    fixed: 'clean',
  },
  {
    name: 'a wrong article number in a caption',
    message: '「第二十五条第(五)项」应为官方表述「第二十条第（五）项」',
    code: 'NB202',
    clean: s21,
    broken: (s) => mutate(s, '| 第二十条第（五）项 |', '| 第二十五条第(五)项 |'),
    at: '第二十五条第(五)项',
    fixed: 'clean',
  },
  {
    name: 'traditional characters in a label',
    message: '「4.保護第三方合法權益」应为官方表述「4.保护第三方合法权益」',
    code: 'NB202',
    clean: s21,
    broken: (s) => mutate(s, '| 4.保护第三方合法权益 |', '| 4.保護第三方合法權益 |'),
    fixed: 'clean',
  },
  {
    name: 'words swapped in a column header',
    message: '「本年决定处理数量」应为官方表述「本年处理决定数量」',
    code: 'NB202',
    clean: s21,
    broken: (s) => mutate(s, '| 第二十条第（六）项 | 本年处理决定数量 |', '| 第二十条第（六）项 | 本年决定处理数量 |'),
    at: '本年决定处理数量',
    fixed: 'clean',
  },
  {
    name: 'a missing row',
    message: '表格「申请人情况」缺少行「3.其他」',
    code: 'NB203',
    clean: s21,
    broken: (s) => mutate(s, '| 3.其他 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n', ''),
    fixed: 'clean',
  },
  {
    name: 'a row with too few cells',
    message: '「行政强制」一行有1个单元格，表头有2个',
    code: 'NB203',
    clean: s21,
    broken: (s) => mutate(s, '| 行政强制 | 4 |', '| 行政强制 |'),
    at: '| 行政强制 |',
  },
  {
    name: 'a missing table',
    message: '第二部分缺少表格「第二十条第（八）项」（2021年版）',
    code: 'NB203',
    clean: s21,
    broken: (s) =>
      mutate(s, '| 第二十条第（八）项 | 本年收费金额（单位：万元） |\n| --- | --: |\n| 行政事业性收费 | 3.25 |\n', ''),
    at: '二、主动公开政府信息情况',
  },
  {
    name: 'an unknown row',
    message: '表格「第二十条第（六）项」中无法识别的行「行政检查」',
    code: 'NB203',
    clean: s21,
    broken: (s) => mutate(s, '| 行政强制 | 4 |', '| 行政强制 | 4 |\n| 行政检查 | 4 |'),
    at: '行政检查',
  },
  {
    name: 'an empty cell',
    message: '「行政处罚」的「本年处理决定数量」为空：应填写数字，没有就写0',
    code: 'NB204',
    clean: s21,
    broken: (s) => mutate(s, '| 行政处罚 | 37 |', '| 行政处罚 |  |'),
    fixed: (s) => mutate(s, '| 行政处罚 | 37 |', '| 行政处罚 | 0 |'),
  },
  {
    name: 'a blank 总计 is filled with its row’s sum',
    message: '「（一）予以公开」的「总计」为空：应填写数字，没有就写0',
    code: 'NB204',
    clean: s21,
    broken: (s) =>
      mutate(s, '| （一）予以公开 | 9 | 1 | 0 | 1 | 0 | 0 | 11 |', '| （一）予以公开 | 9 | 1 | 0 | 1 | 0 | 0 |  |'),
    fixed: 'clean',
  },
  {
    name: 'text in a numeric cell',
    message: '「行政处罚」的「本年处理决定数量」为「三十七」，应为非负整数',
    code: 'NB204',
    clean: s21,
    broken: (s) => mutate(s, '| 行政处罚 | 37 |', '| 行政处罚 | 三十七 |'),
    at: '三十七',
  },
  {
    name: 'a negative count',
    message: '「行政处罚」的「本年处理决定数量」为「-37」，应为非负整数',
    code: 'NB204',
    clean: s21,
    broken: (s) => mutate(s, '| 行政处罚 | 37 |', '| 行政处罚 | -37 |'),
    at: '-37',
  },
  {
    name: 'a decimal count',
    message: '「行政许可」的「本年处理决定数量」为「214.5」，应为非负整数',
    code: 'NB204',
    clean: s21,
    broken: (s) => mutate(s, '| 行政许可 | 214 |', '| 行政许可 | 214.5 |'),
    at: '214.5',
  },
  {
    name: '2019 procurement amount without unit',
    message: '「政府集中采购」的「采购总金额」为「386500」，应为带单位的金额（如 251000元）',
    code: 'NB204',
    clean: report2020,
    broken: (s) => mutate(s, '| 386500元 |', '| 386500 |'),
    at: '386500',
  },
  {
    name: 'a row total off by one',
    message: '「（一）予以公开」的总计为12，而自然人与法人或其他组织各列之和为11，相差1',
    code: 'NB301',
    clean: s21,
    broken: (s) =>
      mutate(s, '| （一）予以公开 | 9 | 1 | 0 | 1 | 0 | 0 | 11 |', '| （一）予以公开 | 9 | 1 | 0 | 1 | 0 | 0 | 12 |'),
    at: '12',
    fixed: 'clean',
  },
  {
    name: 'a result total off',
    message: '（七）总计「自然人」列为19，而各项办理结果之和为20，相差-1',
    code: 'NB302',
    clean: s21,
    broken: (s) => mutate(s, '| （七）总计 | 20 |', '| （七）总计 | 19 |'),
    at: '19',
    fixed: 'clean',
  },
  {
    name: 'the balance broken in one column',
    message: '勾稽关系不成立（自然人）：一＋二＝20＋3＝23，（七）总计＋四＝20＋2＝22，相差1',
    code: 'NB303',
    clean: s21,
    broken: (s) =>
      mutate(
        s,
        '| 二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |',
        '| 二、上年结转政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |',
      ),
    at: '20',
  },
  {
    name: 'a review total off',
    message: '「行政复议」的总计为3，而结果维持、结果纠正、其他结果、尚未审结之和为2',
    code: 'NB304',
    clean: s21,
    broken: (s) => mutate(s, '| 行政复议 | 1 | 1 | 0 | 0 | 2 |', '| 行政复议 | 1 | 1 | 0 | 0 | 3 |'),
    at: '3',
    fixed: 'clean',
  },
  {
    name: 'carry-over differs from last year',
    message: '上年结转（自然人）为3，上年报告结转下年度继续办理为2',
    code: 'NB305',
    clean: s22,
    broken: (s) =>
      mutate(
        s,
        '| 二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 1 | 0 | 3 |',
        '| 二、上年结转政府信息公开申请数量 | 3 | 0 | 0 | 0 | 1 | 0 | 4 |',
      ),
    options: prev22,
    fixed: 'clean',
  },
  {
    name: 'valid documents do not follow',
    message: '「行政规范性文件」现行有效件数为11，按上年9＋本年制发3－本年废止2应为10',
    code: 'NB306',
    clean: s22,
    broken: (s) => mutate(s, '| 行政规范性文件 | 3 | 2 | 10 |', '| 行政规范性文件 | 3 | 2 | 11 |'),
    options: prev22,
    at: '11',
  },
  {
    name: 'applications received contradict the table',
    message: '正文称本年新收申请27件，表格为26件',
    code: 'NB401',
    clean: s21,
    broken: (s) => mutate(s, '共收到政府信息公开申请26件', '共收到政府信息公开申请27件'),
    at: '27',
    fixed: 'clean',
  },
  {
    name: 'a Chinese numeral contradicts the table',
    message: '正文称不予处理两件，表格为1件',
    code: 'NB401',
    clean: s21,
    broken: (s) => mutate(s, '不予处理1件', '不予处理两件'),
    at: '两',
  },
  {
    name: 'answered count contradicts the table',
    message: '正文称办结（答复）申请四十件，表格为39件',
    code: 'NB401',
    clean: s22,
    broken: (s) => mutate(s, '全年办结39件', '全年办结四十件'),
    options: prev22,
    at: '四十',
  },
  {
    name: '“no reconsideration” while section 四 is not zero',
    message: '正文称未发生行政复议和行政诉讼，而第四部分表格行政复议和行政诉讼为3件',
    code: 'NB401',
    clean: s21,
    broken: (s) =>
      mutate(s, '全部申请均在法定期限内作出答复。', '全部申请均在法定期限内作出答复，全年未发生行政复议和行政诉讼。'),
  },
  {
    name: 'items add up to more than the total',
    message: '总数为412条，而所列分项17＋241＋37＋52＋66＝413条',
    code: 'NB402',
    clean: s21,
    broken: (s) => mutate(s, '其中政策文件16条', '其中政策文件17条'),
    at: '412',
  },
  {
    name: 'a complete list adds up to less',
    message: '总数为412条，而所列分项16＋241＋37＋52＋60＝406条',
    code: 'NB402',
    clean: s21,
    broken: (s) => mutate(s, '其他信息66条', '其他信息60条'),
    at: '412',
  },
  {
    name: 'a percentage that does not follow',
    message: '55%与所写数字不符：13÷25＝52.0%',
    code: 'NB403',
    clean: s21,
    broken: (s) => mutate(s, '占办结总数的52%', '占办结总数的55%'),
    at: '55%',
  },
  {
    name: 'a blank date',
    message: '未填写的日期「2022年  月  日」尚未填写',
    code: 'NB404',
    clean: s21,
    broken: (s) => mutate(s, '2022年1月18日', '2022年  月  日'),
    at: '2022年  月  日',
  },
  {
    name: 'a to-do marker',
    message: '待补充标记「【待核实：培训次数】」尚未填写',
    code: 'NB404',
    clean: s21,
    broken: (s) => mutate(s, '全年开展政务公开业务培训5次', '全年开展政务公开业务培训【待核实：培训次数】次'),
    at: '【待核实：培训次数】',
  },
  {
    name: 'an event in the following year',
    message: '2021年度报告的正文中出现2022年的事项',
    code: 'NB405',
    clean: s21,
    broken: (s) => mutate(s, '全年开展政务公开业务培训5次', '2022年3月开展政务公开业务培训5次'),
    at: '2022年',
  },
  {
    name: 'a statistic period of another year',
    message: '统计期限写了2020年，报告年度为2021年',
    code: 'NB405',
    clean: s21,
    broken: (s) => mutate(s, '统计期限自2021年1月1日起', '统计期限自2020年1月1日起'),
    at: '2020年',
  },
  {
    name: 'title year differs from the front matter',
    message: '标题年份为2020年，前置信息 year 为2021',
    code: 'NB405',
    clean: s21,
    broken: (s) => mutate(s, '# 临河县自然资源局2021年', '# 临河县自然资源局2020年'),
  },
  {
    name: 'no fee statement',
    message: '第六部分未说明收取信息处理费的情况（未收取也应写明）',
    code: 'NB501',
    clean: s21,
    broken: (s) => mutate(s, '（一）收取信息处理费情况。本年度未发出收费通知，未收取政府信息公开信息处理费。\n\n', ''),
    at: '六、其他需要报告的事项',
  },
  {
    name: '“no fee notice” while （六）2 is above zero',
    message: '正文称未发出收费通知，而表格（六）其他处理第2项（逾期未缴费）为1件',
    code: 'NB501',
    clean: s21,
    broken: (s) =>
      mutate(
        mutate(
          s,
          '| 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
          '| 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
        ),
        '| 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
        '| 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
      ),
    at: '未发出收费通知',
  },
  {
    name: 'section 五 silent on last year',
    message: '第五部分未说明上年度报告所提问题的改进情况',
    code: 'NB502',
    clean: s21,
    broken: (s) =>
      mutate(
        s,
        '（一）上年度问题的改进情况。针对上年度报告指出的不动产登记信息查询指引不够清晰的问题，本年度编印查询指南并在服务大厅和门户网站同步公开，已整改到位。\n\n',
        '',
      ),
    at: '五、存在的主要问题及改进情况',
  },
  {
    name: 'an empty section',
    message: '「五、存在的主要问题及改进情况」没有内容；没有需要报告的事项也应写明「无」',
    code: 'NB503',
    clean: s21,
    broken: (s) => s.slice(0, s.indexOf('（一）上年度问题')) + s.slice(s.indexOf('## 六、')),
    at: '五、存在的主要问题及改进情况',
  },
  {
    name: 'a signature of another unit',
    message: '落款单位「县自然资源局」与前置信息中的单位「临河县自然资源局」不一致',
    code: 'NB504',
    clean: s21,
    broken: (s) => mutate(s, '\n临河县自然资源局\n2022年1月18日', '\n县自然资源局\n2022年1月18日'),
    at: '县自然资源局',
  },
  {
    name: 'no signature',
    message: '文末缺少落款单位和成文日期',
    code: 'NB504',
    clean: s21,
    broken: (s) => mutate(s, '\n临河县自然资源局\n2022年1月18日', ''),
  },
  {
    name: 'a date in the wrong year',
    message: '成文日期为2021年，2021年度报告应在2022年发布',
    code: 'NB504',
    clean: s21,
    broken: (s) => mutate(s, '\n临河县自然资源局\n2022年1月18日', '\n临河县自然资源局\n2021年12月20日'),
    at: '2021年12月20日',
  },
  {
    name: 'a report copied from last year',
    message: '「一、总体情况」的叙述与上年报告100%相同（内容雷同）',
    code: 'NB505',
    clean: s22,
    broken: () =>
      s21()
        .replace('year: 2021', 'year: 2022\nprevious: linhe-2021.md')
        .replaceAll('2021年', '2022年')
        .replace('2022年1月18日', '2023年1月18日'),
    options: prev22,
    at: '一、总体情况',
  },
  {
    name: 'a department’s report dated after 31 January',
    message: '成文日期为2022年2月15日，晚于发布期限2022年1月31日（政府部门应于每年1月31日前公布上一年度报告）',
    code: 'NB506',
    clean: s21,
    broken: (s) => mutate(s, '\n临河县自然资源局\n2022年1月18日', '\n临河县自然资源局\n2022年2月15日'),
    at: '2022年2月15日',
  },
  {
    name: 'a statement that the report was published late',
    message:
      '正文说明本报告未按期发布（「延迟发布」）；法定期限为2022年1月31日（政府部门应于每年1月31日前公布上一年度报告）',
    code: 'NB506',
    clean: s21,
    broken: (s) => mutate(s, '对本报告如有疑问', '受系统迁移影响，本报告延迟发布。对本报告如有疑问'),
    at: '延迟发布',
  },
  {
    name: 'half-width punctuation in text',
    message: '中文中使用了3处半角标点（( : )），应使用全角',
    code: 'NB601',
    clean: s21,
    broken: (s) => mutate(s, '（电话：0000-7654321）', '(电话:0000-7654321)'),
    fixed: 'clean',
  },
  {
    name: 'half-width brackets in a caption',
    message: '「第二十条第(六)项」使用了半角标点，应为「第二十条第（六）项」',
    code: 'NB601',
    clean: s21,
    broken: (s) => mutate(s, '| 第二十条第（六）项 |', '| 第二十条第(六)项 |'),
    at: '第二十条第(六)项',
    fixed: 'clean',
  },
  {
    name: 'U+3000 inside a number',
    message: '数字「214[U+3000]」中有多余空白，应为「214」',
    code: 'NB602',
    clean: s21,
    broken: (s) => mutate(s, '| 行政许可 | 214 |', '| 行政许可 | 214\u3000 |'),
    fixed: 'clean',
  },
  {
    name: 'a space inside a label',
    message: '标签「行政 许可」中有多余空白，应为「行政许可」',
    code: 'NB602',
    clean: s21,
    broken: (s) => mutate(s, '| 行政许可 | 214 |', '| 行政 许可 | 214 |'),
    at: '行政 许可',
    fixed: 'clean',
  },
  {
    name: '其它 in text',
    message: '「其它」应为「其他」',
    code: 'NB603',
    clean: s21,
    broken: (s) => mutate(s, '其他信息66条', '其它信息66条'),
    at: '其它',
    fixed: 'clean',
  },
  {
    name: '1、 at level 3',
    message: '三级序号「1、」应为「1.」',
    code: 'NB603',
    clean: s21,
    broken: (s) => mutate(s, '（三）改进措施。一是', '1、改进措施。一是'),
    at: '1、',
  },
  {
    name: 'traditional characters in text',
    message: '繁体字「詢」应为「询」',
    code: 'NB603',
    clean: s21,
    broken: (s) => mutate(s, '方便群众查询', '方便群众查詢'),
    at: '詢',
  },
];

suite('rule catalogue', () => {
  test('every rule of the catalogue has a case that fires', () => {
    const covered = new Set(cases.map((c) => c.code));
    assert.deepEqual(
      RULES.map((r) => r.code).filter((c) => !covered.has(c)),
      [],
    );
  });

  for (const c of cases) {
    suite(`${c.code} — ${c.name}`, () => {
      const clean = c.clean();
      const broken = c.broken(clean);

      test('stays silent on the correct report', () => {
        assert.deepEqual(
          findings(clean, c.options)
            .filter((f) => f.code === c.code)
            .map((f) => f.message),
          [],
        );
      });

      test('fires on the broken one', () => {
        const hits = findings(broken, c.options).filter((f) => f.code === c.code);
        assert.ok(
          hits.length > 0,
          `expected ${c.code}; got ${
            findings(broken, c.options)
              .map((f) => f.code)
              .join(', ') || 'nothing'
          }`,
        );
        if (c.at)
          assert.ok(
            hits.some((h) => textAt(broken, h) === c.at),
            `expected ${c.code} at “${c.at}”; got ${hits.map((h) => `“${textAt(broken, h)}”`).join(', ')}`,
          );
        if (c.message) {
          const hit = c.at ? hits.find((h) => textAt(broken, h) === c.at) : hits[0];
          assert.equal(hit?.message, c.message);
        }
      });

      const rule = RULES.find((r) => r.code === c.code)!;
      if (c.fixed) {
        test('its fix gives the expected text, which re-checks clean of it', () => {
          const after = applyFixes(broken, c.code, c.options);
          const expected = c.fixed === 'clean' ? clean : c.fixed!(clean);
          assert.equal(after, expected);
          assert.deepEqual(
            check(after, c.options)
              .findings.filter((f) => f.code === c.code)
              .map((f) => f.message),
            [],
          );
        });
      } else if (!rule.fixable) {
        test('offers no fix', () => {
          assert.ok(
            findings(broken, c.options)
              .filter((f) => f.code === c.code)
              .every((f) => !f.fix),
          );
        });
      }
    });
  }
});

/** A finding as the writer sees it, every part of it: where, severity, message, related places, the fix. */

/** The fixture reports checked whole, with last year's report where their front matter names it. */
const WHOLE = ['reports/linhe-2020.md', 'reports/linhe-2021.md', 'reports/linhe-2022.md', 'drafting/qingshan-2023.md']
  .concat(['corpus/archive-2021.md', 'corpus/dept-2023.md', 'corpus/gov-2022.md', 'corpus/vet-2024.md'])
  .concat(['published/qingshui-2023-converter.md']);

/**
 * Every finding of every case above and of the fixture reports, word for word in both languages, against
 * test/golden/findings.txt: a changed message, position, related place or fix is a decision to be made
 * (UPDATE_GOLDEN=1 writes the file instead of comparing).
 */
suite('every finding as the writer sees it (golden)', () => {
  test('the cases of the catalogue and the fixture reports, in Chinese and in English', () => {
    const out: string[] = [];
    const record = (title: string, text: string, options: CheckOptions | undefined) => {
      for (const locale of ['zh-cn', 'en'] as const) {
        out.push(`## ${title} (${locale})`);
        out.push(...check(text, { ...options, locale }).findings.map(shown));
      }
    };
    for (const c of cases) record(`${c.code} ${c.name}`, c.broken(c.clean()), c.options);
    for (const rel of WHOLE) record(rel, readFixture(rel), { readPrevious: fixtureReader(rel) });
    assertGolden('findings.txt', out);
  });
});
