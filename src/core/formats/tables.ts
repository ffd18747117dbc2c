import type { ColumnDef, FormatDef, RowDef, TableDef } from './types';

/** The official tables of the 2019 trial format and the 2021 format (format.md §3–§6). */

const count = (key: string, label: string): ColumnDef => ({ key, label, kind: 'count' });

const applicantColumns: ColumnDef[] = [
  count('natural', '自然人'),
  count('business', '商业企业'),
  count('research', '科研机构'),
  count('publicWelfare', '社会公益组织'),
  count('legal', '法律服务机构'),
  count('otherOrg', '其他'),
  count('total', '总计'),
];

/** The keys of the six applicant columns that add up to 总计. */
export const APPLICANT_PARTS = ['natural', 'business', 'research', 'publicWelfare', 'legal', 'otherOrg'];

const rowsBeforeOther: RowDef[] = [
  { key: 'R1', label: '一、本年新收政府信息公开申请数量', depth: 0 },
  { key: 'R2', label: '二、上年结转政府信息公开申请数量', depth: 0 },
  { key: 'RES', label: '三、本年度办理结果', depth: 0, labelOnly: true },
  { key: 'A', label: '（一）予以公开', depth: 1 },
  { key: 'B', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', depth: 1 },
  { key: 'C', label: '（三）不予公开', depth: 1, labelOnly: true },
  { key: 'C1', label: '1.属于国家秘密', depth: 2 },
  { key: 'C2', label: '2.其他法律行政法规禁止公开', depth: 2 },
  { key: 'C3', label: '3.危及“三安全一稳定”', depth: 2 },
  { key: 'C4', label: '4.保护第三方合法权益', depth: 2 },
  { key: 'C5', label: '5.属于三类内部事务信息', depth: 2 },
  { key: 'C6', label: '6.属于四类过程性信息', depth: 2 },
  { key: 'C7', label: '7.属于行政执法案卷', depth: 2 },
  { key: 'C8', label: '8.属于行政查询事项', depth: 2 },
  { key: 'D', label: '（四）无法提供', depth: 1, labelOnly: true },
  { key: 'D1', label: '1.本机关不掌握相关政府信息', depth: 2 },
  { key: 'D2', label: '2.没有现成信息需要另行制作', depth: 2 },
  { key: 'D3', label: '3.补正后申请内容仍不明确', depth: 2 },
  { key: 'E', label: '（五）不予处理', depth: 1, labelOnly: true },
  { key: 'E1', label: '1.信访举报投诉类申请', depth: 2 },
  { key: 'E2', label: '2.重复申请', depth: 2 },
  { key: 'E3', label: '3.要求提供公开出版物', depth: 2 },
  { key: 'E4', label: '4.无正当理由大量反复申请', depth: 2 },
  { key: 'E5', label: '5.要求行政机关确认或重新出具已获取信息', depth: 2 },
];
const rowsAfterOther: RowDef[] = [
  { key: 'T', label: '（七）总计', depth: 1 },
  { key: 'R4', label: '四、结转下年度继续办理', depth: 0 },
];

const applications2021: TableDef = {
  id: 'applications',
  section: '三',
  caption: '申请人情况',
  columns: applicantColumns,
  rows: [
    ...rowsBeforeOther,
    { key: 'F', label: '（六）其他处理', depth: 1, labelOnly: true },
    { key: 'F1', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', depth: 2 },
    { key: 'F2', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', depth: 2 },
    { key: 'F3', label: '3.其他', depth: 2 },
    ...rowsAfterOther,
  ],
};

const applications2019: TableDef = {
  ...applications2021,
  rows: [...rowsBeforeOther, { key: 'F', label: '（六）其他处理', depth: 1 }, ...rowsAfterOther],
};

const reviewColumns: ColumnDef[] = [
  count('upheld', '结果维持'),
  count('corrected', '结果纠正'),
  count('other', '其他结果'),
  count('pending', '尚未审结'),
  count('total', '总计'),
];
/** The four result columns that add up to 总计 in section 四. */
export const REVIEW_PARTS = ['upheld', 'corrected', 'other', 'pending'];

const review: TableDef = {
  id: 'review',
  section: '四',
  caption: '行政复议、行政诉讼',
  columns: reviewColumns,
  rows: [
    { key: 'reconsideration', label: '行政复议', depth: 0 },
    { key: 'directSuit', label: '行政诉讼（未经复议直接起诉）', depth: 0 },
    { key: 'suitAfterReview', label: '行政诉讼（复议后起诉）', depth: 0 },
  ],
};

const decisions = count('decisions', '本年处理决定数量');

export const FORMAT_2021: FormatDef = {
  version: '2021',
  tables: [
    {
      id: 'item1',
      section: '二',
      caption: '第二十条第（一）项',
      columns: [count('issued', '本年制发件数'), count('repealed', '本年废止件数'), count('valid', '现行有效件数')],
      rows: [
        { key: 'regulations', label: '规章', depth: 0 },
        { key: 'normativeDocs', label: '行政规范性文件', depth: 0 },
      ],
    },
    {
      id: 'item5',
      section: '二',
      caption: '第二十条第（五）项',
      columns: [decisions],
      rows: [{ key: 'licensing', label: '行政许可', depth: 0 }],
    },
    {
      id: 'item6',
      section: '二',
      caption: '第二十条第（六）项',
      columns: [decisions],
      rows: [
        { key: 'penalty', label: '行政处罚', depth: 0 },
        { key: 'coercion', label: '行政强制', depth: 0 },
      ],
    },
    {
      id: 'item8',
      section: '二',
      caption: '第二十条第（八）项',
      columns: [{ key: 'fees', label: '本年收费金额（单位：万元）', kind: 'amount' }],
      rows: [{ key: 'adminFees', label: '行政事业性收费', depth: 0 }],
    },
    applications2021,
    review,
  ],
};

const lastYear = count('lastYear', '上一年项目数量');
const change: ColumnDef = { key: 'change', label: '本年增/减', kind: 'delta' };
const decisions2019 = count('decisions', '处理决定数量');

export const FORMAT_2019: FormatDef = {
  version: '2019',
  tables: [
    {
      id: 'item1',
      section: '二',
      caption: '第二十条第（一）项',
      columns: [
        count('made', '本年新制作数量'),
        count('published', '本年新公开数量'),
        count('totalPublished', '对外公开总数量'),
      ],
      rows: [
        { key: 'regulations', label: '规章', depth: 0 },
        { key: 'normativeDocs', label: '规范性文件', depth: 0 },
      ],
    },
    {
      id: 'item5',
      section: '二',
      caption: '第二十条第（五）项',
      columns: [lastYear, change, decisions2019],
      rows: [
        { key: 'licensing', label: '行政许可', depth: 0 },
        { key: 'otherServices', label: '其他对外管理服务事项', depth: 0 },
      ],
    },
    {
      id: 'item6',
      section: '二',
      caption: '第二十条第（六）项',
      columns: [lastYear, change, decisions2019],
      rows: [
        { key: 'penalty', label: '行政处罚', depth: 0 },
        { key: 'coercion', label: '行政强制', depth: 0 },
      ],
    },
    {
      id: 'item8',
      section: '二',
      caption: '第二十条第（八）项',
      columns: [lastYear, change],
      rows: [{ key: 'adminFees', label: '行政事业性收费', depth: 0 }],
    },
    {
      id: 'item9',
      section: '二',
      caption: '第二十条第（九）项',
      columns: [count('projects', '采购项目数量'), { key: 'amount', label: '采购总金额', kind: 'amountWithUnit' }],
      rows: [{ key: 'procurement', label: '政府集中采购', depth: 0 }],
    },
    applications2019,
    review,
  ],
};

export const FORMATS = { '2019': FORMAT_2019, '2021': FORMAT_2021 } as const;

/** Labels that only the 2019 format uses, and only the 2021 format uses (format.md §4, telling the versions apart). */
export const VERSION_SIGNALS: Record<'2019' | '2021', string[]> = {
  '2019': [
    '本年新制作数量',
    '本年新公开数量',
    '对外公开总数量',
    '上一年项目数量',
    '本年增/减',
    '其他对外管理服务事项',
    '政府集中采购',
    '第二十条第（九）项',
    '采购项目数量',
    '采购总金额',
  ],
  '2021': ['本年制发件数', '本年废止件数', '现行有效件数', '本年收费金额（单位：万元）'],
};

/** The six section titles; the first is the standard short form, the rest accepted long forms. */
export const SECTION_TITLES: Record<string, string[]> = {
  一: ['总体情况'],
  二: ['主动公开政府信息情况'],
  三: ['收到和处理政府信息公开申请情况'],
  四: ['政府信息公开行政复议、行政诉讼情况', '因政府信息公开工作被申请行政复议、提起行政诉讼情况'],
  五: ['存在的主要问题及改进情况', '政府信息公开工作存在的主要问题及改进情况'],
  六: ['其他需要报告的事项'],
};
