import { bestMatch, labelDeviation, normalizeLabel, type LabelDeviation } from './formats/labels';
import { APPLICANT_PARTS, FORMATS, REVIEW_PARTS, VERSION_SIGNALS } from './formats/tables';
import type { ColumnDef, FormatDef, RowDef, TableDef, TableId, ValueKind } from './formats/types';
import type { Cell, FormatVersion, Range, Report, Table, TableRow } from './model';

/** A written label and the official text it was matched to. */
export interface LabelMatch {
  cell: Cell;
  official: string;
  deviation: LabelDeviation;
}

/** A table of the report matched against its official definition. */
export interface MatchedTable {
  def: TableDef;
  table: Table;
  caption: LabelMatch;
  /** Official column key → index of the cell in each row. */
  columnIndex: Map<string, number>;
  rowByKey: Map<string, TableRow>;
  labels: LabelMatch[];
  unknownRows: TableRow[];
  unknownColumns: Cell[];
}

export interface NumberValue {
  value: number;
  /** A unit written after the number (2019 采购总金额). */
  unit?: string;
}

/** What an import writes in a cell it could not fill with certainty (NB204 reports it; sums skip it). */
export const UNKNOWN_CELL = '？';

/** The units of money a table cell may carry after its figure (2019 采购总金额, 行政事业性收费). */
export const MONEY_UNITS = '万元|亿元|元';
/**
 * A figure as a table cell holds it, after padding is removed: a sign, digits (thousands may be separated
 * by commas, 1,250), decimals, a unit of money.
 */
export const CELL_NUMBER_SOURCE = `([-−+]?)((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)(${MONEY_UNITS})?`;
const NUMBER_RE = new RegExp(`^${CELL_NUMBER_SOURCE}$`);

/** The columns a table's 总计 adds up: section 三's six applicant columns, section 四's four results. */
export const TOTAL_PARTS: Readonly<Partial<Record<TableId, readonly string[]>>> = {
  applications: APPLICANT_PARTS,
  review: REVIEW_PARTS,
};

/**
 * The value arithmetic uses for a cell, given the number `read` finds in each cell of the table: a blank
 * or absent cell counts 0, except a blank 总计, which stands for the sum of its row (published tables
 * often leave it blank). The one home of that rule: the checks, the fixes and the text rules use it.
 */
export function arithmeticValue(
  read: (row: string, column: string) => number | undefined,
  id: TableId,
  row: string,
  column: string,
): number {
  const n = read(row, column);
  if (n !== undefined) return n;
  const parts = column === 'total' ? TOTAL_PARTS[id] : undefined;
  return parts ? parts.reduce((s, c) => s + arithmeticValue(read, id, row, c), 0) : 0;
}

/** Reads a numeric cell: undefined for a blank cell, null for text that is not a number. */
export function readNumber(text: string): NumberValue | null | undefined {
  if (/^\d{1,15}$/.test(text)) return { value: Number(text) };
  const t = text
    .replace(/[\s\u00a0\u3000]/g, '')
    .normalize('NFKC')
    .replace(/^[−–—]/, '-');
  if (t === '') return undefined;
  const m = NUMBER_RE.exec(t);
  if (!m) return null;
  return { value: Number(m[1] + m[2].replaceAll(',', '')), unit: m[3] };
}

/** Whether a number is acceptable for a column kind; the reason when not. */
export function valueProblem(
  v: NumberValue,
  kind: ValueKind,
): 'negative' | 'decimal' | 'unit' | 'unexpected-unit' | undefined {
  if (v.value < 0 && kind !== 'delta') return 'negative';
  if (!Number.isInteger(v.value) && (kind === 'count' || kind === 'delta')) return 'decimal';
  if (kind === 'amountWithUnit' && !v.unit && v.value !== 0) return 'unit';
  if (kind !== 'amountWithUnit' && v.unit) return 'unexpected-unit';
  return undefined;
}

export class Tables {
  private constructor(
    readonly format: FormatDef,
    readonly byId: Map<TableId, MatchedTable>,
    readonly unidentified: Table[],
  ) {}

  static match(report: Report, format: FormatDef): Tables {
    const byId = new Map<TableId, MatchedTable>();
    const unidentified: Table[] = [];
    for (const table of report.tables) {
      const def = identify(table, format);
      if (!def || byId.has(def.id)) unidentified.push(table);
      else byId.set(def.id, matchTable(table, def));
    }
    return new Tables(format, byId, unidentified);
  }

  get(id: TableId): MatchedTable | undefined {
    return this.byId.get(id);
  }

  /** The cell at an official row and column, if both were found and the row has that cell. */
  cell(id: TableId, row: string, column: string): Cell | undefined {
    const t = this.byId.get(id);
    const r = t?.rowByKey.get(row);
    const c = t?.columnIndex.get(column);
    return r && c !== undefined ? r.cells[c] : undefined;
  }

  private readonly numbers = new Map<TableId, Map<string, Map<string, number | undefined>>>();

  /** The number in a cell; undefined when blank, absent or not a number. Read once per cell. */
  number(id: TableId, row: string, column: string): number | undefined {
    let byRow = this.numbers.get(id);
    if (!byRow) this.numbers.set(id, (byRow = new Map()));
    let byColumn = byRow.get(row);
    if (!byColumn) byRow.set(row, (byColumn = new Map()));
    if (byColumn.has(column)) return byColumn.get(column);
    const c = this.cell(id, row, column);
    const v = c ? readNumber(c.text) : undefined;
    const n = v ? v.value : undefined;
    byColumn.set(column, n);
    return n;
  }

  /** The value arithmetic uses (see arithmeticValue): a blank 总计 is the sum of its row, any other blank 0. */
  value(id: TableId, row: string, column: string): number {
    return arithmeticValue((r, c) => this.number(id, r, c), id, row, column);
  }

  /**
   * What a blank 总计 of `row` stands for, when that is certain: the sum of its parts, or undefined when a
   * part is not a number (an import's `？`) or the table has no parts for its total.
   */
  sumOfParts(id: TableId, row: string): number | undefined {
    const parts = TOTAL_PARTS[id];
    if (!parts) return undefined;
    for (const c of parts) {
      const cell = this.cell(id, row, c);
      if (cell && readNumber(cell.text) === null) return undefined;
    }
    return parts.reduce((s, c) => s + this.value(id, row, c), 0);
  }

  /** The sum of `rows` in `column`, by arithmetic values. */
  sum(id: TableId, rows: readonly string[], column: string): number {
    return rows.reduce((s, r) => s + this.value(id, r, column), 0);
  }

  /** The data rows of the applications table under a label-only group (C → C1..C8). */
  itemsOf(group: string): string[] {
    return applicationsRows(this.format)
      .filter((r) => r.key !== group && r.key.startsWith(group) && !r.labelOnly)
      .map((r) => r.key);
  }

  /** The result rows of section 三 that add up to （七）总计. */
  resultRows(): string[] {
    const rows = applicationsRows(this.format);
    const from = rows.findIndex((r) => r.key === 'A');
    const to = rows.findIndex((r) => r.key === 'T');
    return rows
      .slice(from, to)
      .filter((r) => !r.labelOnly)
      .map((r) => r.key);
  }

  /** A group's total in the 总计 column: the row itself, or the sum of its items (C → ΣC1..C8). */
  groupTotal(group: string): number {
    const items = this.itemsOf(group);
    return items.length ? this.sum('applications', items, 'total') : this.value('applications', group, 'total');
  }

  cellRange(id: TableId, row: string, column: string): Range | undefined {
    return this.cell(id, row, column)?.range;
  }
}

/** The rows of the format's applications table (section 三; both formats have it). */
function applicationsRows(format: FormatDef): readonly RowDef[] {
  return format.tables.find((t) => t.id === 'applications')!.rows;
}

const SECTION_OF: Record<TableId, string> = {
  item1: '二',
  item5: '二',
  item6: '二',
  item8: '二',
  item9: '二',
  applications: '三',
  review: '四',
};

/**
 * Which official table a written table is: by its caption, else by its row labels, among the tables
 * of the section it stands in (or of any section, with `anySection`).
 */
export function identify(table: Table, format: FormatDef, anySection = false): TableDef | undefined {
  const caption = table.header.cells[0]?.text ?? '';
  const candidates = format.tables.filter((t) => anySection || !table.section || SECTION_OF[t.id] === table.section);
  const byCaption = bestMatch(caption, candidates, (t) => t.caption);
  if (byCaption) return byCaption;
  // By the labels of the rows: the definition that recognises most of them.
  let best: TableDef | undefined;
  let bestScore = 0;
  for (const def of candidates) {
    const score = table.rows.filter((r) => bestMatch(r.cells[0]?.text ?? '', def.rows, (d) => d.label)).length;
    if (score > bestScore) {
      best = def;
      bestScore = score;
    }
  }
  return best;
}

function matchTable(table: Table, def: TableDef): MatchedTable {
  const labels: LabelMatch[] = [];
  const captionCell = table.header.cells[0] ?? {
    text: '',
    range: table.header.range,
    offset: 0,
    span: table.header.range,
  };
  const caption = {
    cell: captionCell,
    official: def.caption,
    deviation: labelDeviation(captionCell.text, def.caption),
  };
  labels.push(caption);

  const columnIndex = new Map<string, number>();
  const unknownColumns: Cell[] = [];
  const headerCells = table.header.cells.slice(1);
  alignInOrder(
    headerCells,
    def.columns,
    (c) => c.text,
    (d: ColumnDef) => d.label,
  ).forEach((d, k) => {
    const cell = headerCells[k];
    if (!d) unknownColumns.push(cell);
    else {
      columnIndex.set(d.key, k + 1);
      labels.push({ cell, official: d.label, deviation: labelDeviation(cell.text, d.label) });
    }
  });

  const rowByKey = new Map<string, TableRow>();
  const unknownRows: TableRow[] = [];
  alignInOrder(
    table.rows,
    def.rows,
    (r) => r.cells[0]?.text ?? '',
    (d: RowDef) => d.label,
  ).forEach((d, k) => {
    const row = table.rows[k];
    if (!d) unknownRows.push(row);
    else {
      rowByKey.set(d.key, row);
      labels.push({ cell: row.cells[0], official: d.label, deviation: labelDeviation(row.cells[0].text, d.label) });
    }
  });
  return { def, table, caption, columnIndex, rowByKey, labels, unknownRows, unknownColumns };
}

/**
 * Matches written items to official ones: first those equal after normalising (anywhere), then the
 * approximate ones, each only among the official items between its matched neighbours, so that order
 * decides between similar labels.
 */
export function alignInOrder<W, D>(
  written: W[],
  defs: readonly D[],
  textOf: (w: W) => string,
  labelOf: (d: D) => string,
): (D | undefined)[] {
  // The index of the official item each written one matched, -1 while none.
  const at: number[] = written.map(() => -1);
  const used = new Set<number>();
  const norm = defs.map((d) => normalizeLabel(labelOf(d)));
  written.forEach((w, k) => {
    const n = normalizeLabel(textOf(w));
    const i = norm.findIndex((x, j) => x === n && !used.has(j));
    if (i >= 0) {
      at[k] = i;
      used.add(i);
    }
  });
  written.forEach((w, k) => {
    if (at[k] >= 0) return;
    // Between the official items its nearest matched neighbours took.
    const lo =
      at
        .slice(0, k)
        .reverse()
        .find((i) => i >= 0) ?? -1;
    const hi = at.slice(k + 1).find((i) => i >= 0) ?? defs.length;
    const d = bestMatch(
      textOf(w),
      defs.filter((_, j) => j > lo && j < hi && !used.has(j)),
      labelOf,
    );
    if (d !== undefined) {
      at[k] = defs.indexOf(d);
      used.add(at[k]);
    }
  });
  return at.map((i) => (i >= 0 ? defs[i] : undefined));
}

export interface VersionEvidence {
  version: FormatVersion;
  /** The label that shows it, and where. */
  label: string;
  range: Range;
}

/** Labels and rows that show which format the tables follow (format.md §4). */
export function versionEvidence(report: Report): VersionEvidence[] {
  const found: VersionEvidence[] = [];
  const signals = (['2019', '2021'] as const).flatMap((v) =>
    VERSION_SIGNALS[v].map((label) => ({ v, label, n: normalizeLabel(label) })),
  );
  for (const table of report.tables) {
    const cells = [...table.header.cells, ...table.rows.map((r) => r.cells[0]).filter((c) => c !== undefined)];
    for (const cell of cells) {
      const n = normalizeLabel(cell.text);
      const s = signals.find((x) => x.n === n);
      if (s) found.push({ version: s.v, label: cell.text, range: cell.range });
    }
    if (table.section === '三') {
      const otherRows = applicationsRows(FORMATS['2021']).filter((r) => /^F\d$/.test(r.key));
      const f = table.rows.find((r) => normalizeLabel(r.cells[0]?.text ?? '') === normalizeLabel('（六）其他处理'));
      const items = table.rows.filter((r) =>
        otherRows.some((d) => normalizeLabel(d.label) === normalizeLabel(r.cells[0]?.text ?? '')),
      );
      if (items.length) found.push({ version: '2021', label: items[0].cells[0].text, range: items[0].cells[0].range });
      else if (f && f.cells.slice(1).some((c) => readNumber(c.text)))
        found.push({ version: '2019', label: `${f.cells[0].text}（单行）`, range: f.cells[0].range });
    }
  }
  return found;
}

/** The format the year calls for: the 2021 format from the reports for 2021 on. */
export function formatForYear(year: number | undefined): FormatVersion | undefined {
  if (year === undefined) return undefined;
  return year >= 2021 ? '2021' : '2019';
}
