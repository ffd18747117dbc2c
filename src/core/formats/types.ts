import type { FormatVersion } from '../model';

/** What a numeric cell may hold. */
export type ValueKind =
  | 'count' // whole number >= 0
  | 'delta' // whole number, may be negative (2019 本年增/减)
  | 'amount' // decimal >= 0 (万元)
  | 'amountWithUnit'; // decimal >= 0 followed by its unit, e.g. 251000元 (2019 采购总金额)

export interface ColumnDef {
  key: string;
  label: string;
  kind: ValueKind;
}

export interface RowDef {
  key: string;
  label: string;
  /** Nesting depth in the official table (0 = 一、…, 1 = （一）…, 2 = 1.…). */
  depth: number;
  /** Rows that are only labels in the official table (their numeric cells stay empty). */
  labelOnly?: boolean;
}

export type TableId = 'item1' | 'item5' | 'item6' | 'item8' | 'item9' | 'applications' | 'review';

export interface TableDef {
  id: TableId;
  /** The section the table belongs to. */
  section: '二' | '三' | '四';
  /** The text of the first header cell (the 条例 item for section 二). */
  caption: string;
  columns: ColumnDef[];
  rows: RowDef[];
}

export interface FormatDef {
  version: FormatVersion;
  tables: TableDef[];
}
