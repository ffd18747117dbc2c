import type { TableDef, TableId } from '../core/formats/types';
import type { DraftBlock } from '../core/render';
import type { TokenText } from './find';
import { UNKNOWN_CELL } from '../core/tables';
import { unplaced, type Detail, type PlacedCell, type Unplaced } from './placement';
import type { RowRead } from './read-rows';
import type { Wanted } from './rows';
import type { SourceItem } from './source';
import { mayBeSeveral, type Reading } from './split';
import { writtenText } from './tokens';

/** What reading a table section gave: the tables, the placement, and where the tables stand. */
export interface TableRead {
  blocks: DraftBlock[];
  placed: PlacedCell[];
  unplaced: Unplaced[];
  /** [start, end) of the tables in the token text; undefined when no table was found. */
  start?: number;
  end?: number;
  /** What stood among the tables and belongs to no cell and no label: a group of tokens per place. */
  stray: number[][];
  /** The token text the positions refer to. */
  text?: TokenText;
}

/** Other ways real tables write a row's label. */
const ALIASES: Record<string, readonly string[]> = {
  B: ['（二）部分公开'],
  T: ['（七）合计'],
  directSuit: ['未经复议直接起诉'],
  suitAfterReview: ['复议后起诉'],
};

export const wantedRows = (def: TableDef): Wanted[] =>
  def.rows.map((r) => ({ label: r.label, aliases: ALIASES[r.key] }));

/** Places the rows of one table: the certain readings, and the undetermined rows as unknown cells. */
export class Placer {
  readonly placed: PlacedCell[] = [];
  readonly unplaced: Unplaced[] = [];

  constructor(
    readonly text: TokenText,
    readonly items: readonly SourceItem[],
    readonly section: string,
  ) {}

  where(token: number): { line: number; page?: number } {
    const item = this.items[this.text.tokens[token].item];
    return { line: item.line, ...(item.page !== undefined ? { page: item.page } : {}) };
  }

  /** The figures of a row as the source wrote them, for messages. */
  written(row: RowRead): string {
    return row.values.map((i) => this.text.tokens[i].text.trim() || '（空）').join(' ');
  }

  /** Records the placed cells of a row read one way. */
  place(id: TableId, def: TableDef, row: RowRead, reading: Reading): string[] {
    const figures = reading.figures;
    figures.forEach((text, k) => {
      if (text === '') return;
      const token = row.values[reading.piece[k]];
      const split = reading.piece.filter((p) => p === reading.piece[k]).length > 1;
      this.placed.push({
        table: id,
        row: row.def.key,
        column: def.columns[k].key,
        text: text.trim(),
        ...this.where(token),
        ...(split ? { split } : {}),
      });
    });
    return figures;
  }

  /** A row whose figures are not certain: the reason, with what the source wrote. */
  leave(row: RowRead, code: Failure['code'], detail: Detail): void {
    const at = row.values[0] ?? this.text.tokenAt(row.found.start);
    this.unplaced.push(unplaced(code, this.where(at), `${row.written} ${this.written(row)}`.trim(), detail));
  }

  /** Whatever stands after a row's values and before the next label: one unplaced entry per row. */
  strays(rows: readonly RowRead[]): number[][] {
    const out: number[][] = [];
    for (const row of rows) {
      const tokens = row.rest.filter((t) => this.text.tokens[t].kind !== 'empty');
      if (!tokens.length) continue;
      out.push(tokens);
      const words = writtenText(
        tokens.map((t) => this.text.tokens[t]),
        this.items,
      );
      this.unplaced.push(
        unplaced('unknown-text', this.where(tokens[0]), words, { zh: this.section, en: this.section }),
      );
    }
    return out;
  }
}

/** Why a row was not placed. */
export interface Failure {
  code: 'cell-count' | 'ambiguous-split' | 'no-split';
  detail: Detail;
}

/** A row's cells: the figures placed, the unknown mark where they are not certain, blank for a label-only row. */
export function cellsOf(
  placer: Placer,
  id: TableId,
  def: TableDef,
  row: RowRead,
  chosen: Reading | undefined,
  failure?: Failure,
): string[] {
  const width = def.columns.length;
  if (row.def.labelOnly && row.values.every((i) => placer.text.tokens[i].kind === 'empty'))
    return new Array(width).fill('');
  if (row.def.labelOnly) {
    placer.unplaced.push(
      unplaced('label-only-values', placer.where(row.values[0]), `${row.written} ${placer.written(row)}`, {
        zh: row.def.label,
        en: row.def.label,
      }),
    );
    return new Array(width).fill('');
  }
  if (chosen) return placer.place(id, def, row, chosen);
  if (failure) placer.leave(row, failure.code, failure.detail);
  return new Array(width).fill(UNKNOWN_CELL);
}

/**
 * Why a row has no reading: too few or too many figures, or one run of digits that fits nothing (separate
 * figures too few for the row say a cell is blank more likely than figures run together).
 */
export function noReading(row: RowRead, width: number, splittable: boolean) {
  const n = row.values.length;
  if (splittable && n === 1)
    return {
      code: 'no-split' as const,
      detail: { zh: `本行应有${width}个数字`, en: `the row needs ${width} figures` },
    };
  return {
    code: 'cell-count' as const,
    detail: { zh: `应有${width}个，读到${n}个`, en: `${width} expected, ${n} found` },
  };
}

export const hasRuns = (placer: Placer, row: RowRead) =>
  row.values.some((i) => !placer.text.tokens[i].cell && mayBeSeveral(placer.text.tokens[i].text));

export const numeric = (s: string | undefined) =>
  s !== undefined && /^\d+$/.test(s.replace(/[\s\u00a0\u3000]/g, '')) ? Number(s.replace(/\D/g, '')) : undefined;

/** The official header row of a table in our Markdown form. */
export function officialHeader(def: TableDef): string[] {
  return [def.caption, ...def.columns.map((c) => c.label)];
}

/** The readings of an undetermined row, for its message. */
export function describeOptions(all: readonly Reading[], kept: readonly Reading[], complete: boolean): Detail {
  const list = kept.length ? kept : all;
  const shown = list.slice(0, 3).map((r) => r.figures.join(' '));
  const more = list.length > 3 || !complete ? ' …' : '';
  return { zh: `可读作 ${shown.join(' / ')}${more}`, en: `could be ${shown.join(' / ')}${more}` };
}
