import { analyse } from './check';
import { FORMATS, SECTION_TITLES } from './formats/tables';
import type { TableDef } from './formats/types';
import { parseReport } from './parse';
import { renderReport, type DraftBlock, type DraftSection } from './render';
import type { Text } from './rules/types';
import { formatForYear } from './tables';

export interface ScaffoldOptions {
  agency: string;
  year: number;
  /** Last year's report in our Markdown form (imported first if it was another format). */
  previous?: { markdown: string; ref: string };
}

/**
 * Why a unit name or a year (as typed) cannot be scaffolded, or undefined when they can: both hosts ask
 * the same questions and give the same answers.
 */
export function scaffoldInputProblem(input: { agency?: string; year?: string }, latestYear: number): Text | undefined {
  if (input.agency !== undefined && !input.agency.trim())
    return { zh: '请填写单位名称', en: 'Enter the name of the unit' };
  const year = input.year?.trim();
  if (year !== undefined && !(/^\d{4}$/.test(year) && Number(year) >= 2008 && Number(year) <= latestYear))
    return {
      zh: `报告年度应为 2008 至 ${latestYear} 之间的年份，而不是「${year}」`,
      en: `The report year must be a year from 2008 to ${latestYear}, not “${year}”`,
    };
  return undefined;
}

/** The file name a new report gets: `<unit><year>年政府信息公开工作年度报告.md` (characters no file system takes replaced). */
export function reportFileName(agency: string, year: number): string {
  return `${agency.trim().replace(/[\\/:*?"<>|]/g, '_')}${year}年政府信息公开工作年度报告.md`;
}

/**
 * `previous` as the front matter writes it: last year's file relative to the new report's folder, with `/`
 * (both paths absolute; on another Windows drive the path stays absolute).
 */
export function previousRef(reportPath: string, previousPath: string): string {
  // A drive as its own first part, in capitals (`c:\\w`, and a URI's path `/c:/w`, both give `C:`).
  const parts = (path: string) =>
    path
      .replace(/^\/(?=[A-Za-z]:)/, '')
      .split(/[\\/]/)
      .map((part, k) => (k === 0 && /^[A-Za-z]:$/.test(part) ? part.toUpperCase() : part));
  const from = parts(reportPath).slice(0, -1);
  const to = parts(previousPath);
  const drive = (ps: string[]) => (/^[A-Z]:$/.test(ps[0]) ? ps[0] : '');
  if (drive(from) !== drive(to)) return to.join('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}

const toFill = (what: string) => `【待补充：${what}】`;

/** The level-2 headings of each narrative section, with what the format asks of each. */
const OUTLINE: Record<'一' | '五' | '六', Array<[string, string]>> = {
  一: [
    ['（一）主动公开', '主动公开信息的数量和主要类别，政策解读情况'],
    ['（二）依申请公开', '收到、办结申请的数量和办理结果'],
    ['（三）政府信息管理', '公开属性审查、规范性文件清理、目录更新等制度措施'],
    ['（四）政府信息公开平台建设', '政府网站专栏和政务新媒体建设'],
    ['（五）监督保障', '组织领导、培训、考核、社会评议和责任追究情况'],
  ],
  五: [
    ['（一）上年度问题的改进情况', '逐条说明上年度报告所列问题的整改结果'],
    ['（二）存在的主要问题', '本年度存在的主要问题'],
    ['（三）改进措施', '下一年度的改进措施'],
  ],
  六: [
    ['（一）收取信息处理费情况', '发出收费通知的件数和金额、实际收取的信息处理费金额（未收取也应写明）'],
    ['（二）落实上级年度政务公开工作要点情况', '工作要点的落实情况'],
    ['（三）人大代表建议和政协提案办理结果公开情况', '承办建议提案的数量和办理结果公开情况'],
  ],
};

/** The hint bullets a new report's notes blocks hold (what each heading asks for): notes still to be written. */
export const SCAFFOLD_HINTS: ReadonlySet<string> = new Set(
  Object.values(OUTLINE).flatMap((o) => o.map(([, what]) => what)),
);

/** Last year's figures that carry over: 四 → this year's 二, and the valid documents. */
function carriedOver(previous: ScaffoldOptions['previous']): { r2?: string[]; valid?: Record<string, string> } {
  if (!previous) return {};
  const { tables } = analyse(parseReport(previous.markdown));
  const app = tables.get('applications');
  const r2 = app?.rowByKey.has('R4')
    ? app.def.columns.map((c) => String(tables.number('applications', 'R4', c.key) ?? 0))
    : undefined;
  const valid: Record<string, string> = {};
  const item1 = tables.get('item1');
  if (item1 && tables.format.version === '2021')
    for (const key of item1.rowByKey.keys()) {
      const n = tables.number('item1', key, 'valid');
      if (n !== undefined) valid[key] = String(n);
    }
  return { r2, valid };
}

function zeroTable(def: TableDef, fill: (row: string, column: string) => string | undefined): DraftBlock {
  return {
    kind: 'table',
    header: [def.caption, ...def.columns.map((c) => c.label)],
    rows: def.rows.map((r) => [r.label, ...def.columns.map((c) => (r.labelOnly ? '' : (fill(r.key, c.key) ?? '0')))]),
  };
}

/**
 * A complete new report for a unit and year in the format the year calls for: preamble, the six
 * sections with their level-2 headings and a `notes` block under each, every official table filled
 * with 0 (上年结转 and 现行有效件数 carried over from last year's report when given), the signature and a
 * blank date, marked `status: draft`. Only the placeholders (NB404, warnings in a draft) remain for the writer.
 */
export function scaffold(options: ScaffoldOptions): string {
  const { agency, year } = options;
  const format = FORMATS[formatForYear(year) ?? '2021'];
  const carried = carriedOver(options.previous);
  const notes = (what: string): DraftBlock => ({ kind: 'notes', text: `- ${what}` });
  const prose = (what: string): DraftBlock => ({ kind: 'paragraph', text: toFill(what) });
  const outline = (key: '一' | '五' | '六'): DraftBlock[] =>
    OUTLINE[key].flatMap(([heading, what]) => [
      { kind: 'heading', text: heading } as DraftBlock,
      notes(what),
      prose(what),
    ]);
  const tablesOf = (section: string) =>
    format.tables
      .filter((t) => t.section === section)
      .map((def) =>
        zeroTable(def, (row, column) => {
          // Until the writer records results, what was carried over is still pending (keeps 一＋二＝（七）＋四).
          if (def.id === 'applications' && (row === 'R2' || row === 'R4'))
            return carried.r2?.[def.columns.findIndex((c) => c.key === column)];
          if (def.id === 'item1' && column === 'valid') return carried.valid?.[row];
          return undefined;
        }),
      );
  const title = (key: string) => `${key}、${SECTION_TITLES[key][0]}`;
  const sections: DraftSection[] = [
    { heading: title('一'), blocks: outline('一') },
    { heading: title('二'), blocks: tablesOf('二') },
    { heading: title('三'), blocks: tablesOf('三') },
    { heading: title('四'), blocks: tablesOf('四') },
    { heading: title('五'), blocks: outline('五') },
    { heading: title('六'), blocks: outline('六') },
  ];
  const basis = format.version === '2021' ? '（国办公开办函〔2021〕30号）' : '（国办公开办函〔2019〕60号）';
  return renderReport({
    agency,
    year,
    format: format.version,
    previous: options.previous?.ref,
    status: 'draft',
    beforeTitle: [],
    title: `${agency}${year}年政府信息公开工作年度报告`,
    preamble: [
      `本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》${basis}编制，包括总体情况、` +
        `主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六个部分。` +
        `本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。如对本报告有疑问，` +
        `请与${agency}联系（${toFill('联系电话')}）。`,
    ],
    sections,
    signature: [agency, `${year + 1}年  月  日`],
  });
}
