import type { TableId } from '../core/formats/types';

/** Why something of the source was not placed in the report's tables. */
export type UnplacedCode =
  'unknown-text' | 'cell-count' | 'ambiguous-split' | 'no-split' | 'label-only-values' | 'page-furniture' | 'no-title';

/** Something of the source that could not be placed, where it was, and why (Chinese, with English). */
export interface Unplaced {
  line: number;
  /** 1-based page of a PDF. */
  page?: number;
  text: string;
  code: UnplacedCode;
  reason: string;
  reasonEn: string;
}

/** A figure placed in an official cell, with where it was read. */
export interface PlacedCell {
  table: TableId;
  row: string;
  column: string;
  text: string;
  line: number;
  page?: number;
  /** Read by cutting a run of digits (the crawler wrote the figures together). */
  split?: boolean;
}

/** The placement report: every figure placed, and everything that was not, with the reason. */
export interface Placement {
  placed: PlacedCell[];
  unplaced: Unplaced[];
}

export { UNKNOWN_CELL } from '../core/tables';

/** What a reason names: a section, a row, the readings that fit, in both languages. */
export interface Detail {
  zh: string;
  en: string;
}

const REASONS: Record<UnplacedCode, { zh: (d: Detail) => string; en: (d: Detail) => string }> = {
  'unknown-text': {
    zh: (d) => `第${d.zh}部分的表格中无法对应到官方表格的内容`,
    en: (d) => `in the table of section ${d.en}, matches no official label`,
  },
  'cell-count': {
    zh: (d) => `数字个数不符（${d.zh}），未填入`,
    en: (d) => `wrong number of figures (${d.en}); not placed`,
  },
  'ambiguous-split': {
    zh: (d) => `数字连写，有多种拆分都符合表格关系（${d.zh}），未填入`,
    en: (d) => `figures run together; several splits fit the table (${d.en}); not placed`,
  },
  'no-split': {
    zh: (d) => `数字连写，没有一种拆分符合表格关系（${d.zh}），未填入`,
    en: (d) => `figures run together; no split fits the table (${d.en}); not placed`,
  },
  'label-only-values': {
    zh: (d) => `「${d.zh}」在官方表格中只是标题行，其后的数字未填入`,
    en: (d) => `“${d.en}” is a label-only row of the official table; its figures are not placed`,
  },
  'page-furniture': { zh: () => '页眉页脚（页码），已略去', en: () => 'page header or footer (page number), left out' },
  'no-title': {
    zh: () => '未找到标题（…年政府信息公开工作年度报告）',
    en: () => 'no title found (…年政府信息公开工作年度报告)',
  },
};

/** An unplaced item with its reason in both languages. */
export function unplaced(
  code: UnplacedCode,
  where: { line: number; page?: number },
  text: string,
  detail: Detail = { zh: '', en: '' },
): Unplaced {
  const r = REASONS[code];
  return {
    line: where.line,
    ...(where.page !== undefined ? { page: where.page } : {}),
    text,
    code,
    reason: r.zh(detail),
    reasonEn: r.en(detail),
  };
}
