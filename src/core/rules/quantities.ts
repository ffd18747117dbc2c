import { APPLICANT_PARTS, REVIEW_PARTS } from '../formats/tables';
import type { Quantity, QuantityColumn } from '../sentences';
import { readNumber, TOTAL_PARTS, type Tables } from '../tables';
import { applicationsConsistentWith } from './arith';
import type { Text } from './types';

/** The table quantities a narrative figure can count, as the messages name them. */
export const QUANTITY_NAME: Record<Quantity, Text> = {
  R1: { zh: '本年新收申请', en: 'applications received' },
  R2: { zh: '上年结转申请', en: 'applications carried over' },
  R1R2: { zh: '收到申请（含上年结转）', en: 'applications received, carried-over included' },
  T: { zh: '办结（答复）申请', en: 'applications answered' },
  R4: { zh: '结转下年度继续办理', en: 'applications carried forward' },
  AB: { zh: '予以公开和部分公开', en: 'disclosed in full or in part' },
  A: { zh: '予以公开', en: 'disclosed' },
  B: { zh: '部分公开', en: 'partly disclosed' },
  C: { zh: '不予公开', en: 'refused' },
  D: { zh: '无法提供', en: 'unable to provide' },
  E: { zh: '不予处理', en: 'not processed' },
  F: { zh: '其他处理', en: 'otherwise handled' },
  reconsideration: { zh: '行政复议', en: 'administrative reconsiderations' },
  litigation: { zh: '行政诉讼', en: 'lawsuits' },
  reviewAll: { zh: '行政复议和行政诉讼', en: 'reconsiderations and lawsuits' },
};

/** The columns a narrative figure can be restricted to, as the messages name them. */
export const COLUMN_NAME: Record<QuantityColumn, Text> = {
  natural: { zh: '自然人', en: 'natural persons' },
  business: { zh: '商业企业', en: 'businesses' },
  research: { zh: '科研机构', en: 'research institutions' },
  publicWelfare: { zh: '社会公益组织', en: 'public-welfare organisations' },
  legal: { zh: '法律服务机构', en: 'legal-service institutions' },
  otherOrg: { zh: '其他', en: 'other organisations' },
  organisations: { zh: '法人或其他组织', en: 'legal persons and other organisations' },
  upheld: { zh: '结果维持', en: 'upheld' },
  corrected: { zh: '结果纠正', en: 'corrected' },
  other: { zh: '其他结果', en: 'other results' },
  pending: { zh: '尚未审结', en: 'pending' },
};

const REVIEW_ROWS: Partial<Record<Quantity, string[]>> = {
  reconsideration: ['reconsideration'],
  litigation: ['directSuit', 'suitAfterReview'],
  reviewAll: ['reconsideration', 'directSuit', 'suitAfterReview'],
};

/** The rows of section 三 a quantity adds up (C → C1…C8, or the single 2019 row F). */
function applicationRows(tables: Tables, q: Quantity): string[] {
  switch (q) {
    case 'AB':
      return ['A', 'B'];
    case 'R1R2':
      return ['R1', 'R2'];
    case 'C':
    case 'D':
    case 'E':
    case 'F': {
      const items = tables.itemsOf(q);
      return items.length ? items : [q];
    }
    default:
      return [q];
  }
}

/** The table columns a narrative column stands for (法人或其他组织: the five organisation columns). */
function columnsOf(column: QuantityColumn | undefined, review: boolean): string[] {
  if (!column) return ['total'];
  if (column === 'organisations') return APPLICANT_PARTS.filter((c) => c !== 'natural');
  if (review !== REVIEW_PARTS.includes(column)) return [];
  return [column];
}

/**
 * The values the tables give for a quantity (several where the text may mean either: a lawsuit count
 * of one kind or both); undefined when the rows it needs are absent, so nothing is compared with them.
 */
export function tableValues(tables: Tables, q: Quantity, column?: QuantityColumn, item?: string): number[] | undefined {
  const reviewRows = REVIEW_ROWS[q];
  const id = reviewRows ? 'review' : 'applications';
  const t = tables.get(id);
  const rows = reviewRows ?? (item ? [item] : applicationRows(tables, q));
  const columns = columnsOf(column, !!reviewRows);
  if (!t || !columns.length || !rows.every((r) => t.rowByKey.has(r))) return undefined;
  // A cell that is not a number (an import's `？`) is a gap: nothing is compared with it.
  const parts = TOTAL_PARTS[id] ?? [];
  const readable = (r: string, c: string): boolean => {
    const cell = tables.cell(id, r, c);
    const v = cell ? readNumber(cell.text) : null;
    if (v === null) return false;
    return v !== undefined || c !== 'total' || parts.every((p) => readable(r, p));
  };
  if (!rows.every((r) => columns.every((c) => readable(r, c)))) return undefined;
  const valueOf = (r: string) => columns.reduce((s, c) => s + tables.value(id, r, c), 0);
  const total = rows.reduce((s, r) => s + valueOf(r), 0);
  return q === 'litigation' ? [total, ...rows.map(valueOf)] : [total];
}

/**
 * Whether a table can be trusted to correct the text: every row and cell present and readable, and
 * its own sums holding (while the table contradicts itself, which figure is right is not certain).
 */
export function trustworthy(tables: Tables, id: 'applications' | 'review'): boolean {
  if (id === 'applications') return applicationsConsistentWith(tables);
  const t = tables.get(id);
  if (!t || t.unknownRows.length || t.columnIndex.size !== t.def.columns.length) return false;
  return t.def.rows.every((r) => {
    const row = t.rowByKey.get(r.key);
    if (!row || ![...t.columnIndex.values()].every((i) => row.cells[i] && readNumber(row.cells[i].text) !== null))
      return false;
    return tables.value(id, r.key, 'total') === REVIEW_PARTS.reduce((s, c) => s + tables.value(id, r.key, c), 0);
  });
}
