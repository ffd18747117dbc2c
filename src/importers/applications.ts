import type { TableDef } from '../core/formats/types';
import { findExact, TokenText } from './find';
import {
  cellsOf,
  describeOptions,
  hasRuns,
  noReading,
  numeric,
  officialHeader,
  Placer,
  wantedRows,
  type Failure,
  type TableRead,
} from './placer';
import { readRows, type RowRead } from './read-rows';
import { locate } from './rows';
import type { SourceItem } from './source';
import { addsUp, solve, uncut, type Choice, type Reading } from './split';
import type { Token } from './tokens';

/**
 * Whether a choice of readings keeps section 三's column sums where every figure they need is known:
 * （七）总计 is the sum of the results, and 一 + 二 = （七）总计 + 四.
 */
function applicationSums(def: TableDef, known: ReadonlyMap<string, readonly string[]>): boolean {
  const results = def.rows.filter(
    (r) => !r.labelOnly && r.key !== 'R1' && r.key !== 'R2' && r.key !== 'T' && r.key !== 'R4',
  );
  const columns = def.columns.map((c) => c.key);
  for (let c = 0; c < columns.length; c++) {
    const v = (key: string) => numeric(known.get(key)?.[c]);
    const parts = results.map((r) => v(r.key));
    const t = v('T');
    if (t !== undefined && parts.every((x) => x !== undefined) && parts.reduce((a, b) => a! + b!, 0) !== t)
      return false;
    const [r1, r2, r4] = [v('R1'), v('R2'), v('R4')];
    if ([r1, r2, t, r4].every((x) => x !== undefined) && r1! + r2! !== t! + r4!) return false;
  }
  return true;
}

/**
 * The readings of a row that its own arithmetic allows (the parts add up to the total). A row as
 * written (no figure cut) is that reading, whatever its sum: the sums choose between readings, they do
 * not correct a table (NB301 reports a total that does not add up). A cut must add up, even when it is
 * the only one (`20 4 0 0 2 0` with a blank cell is not 2 0 4 0 0 2 0).
 */
const ownSums = (row: RowRead): Reading[] | undefined => row.readings?.filter((r) => uncut(r) || addsUp(r.figures));

/** What is decided for a row: the reading placed, or why none is. */
interface Decision {
  chosen?: Reading;
  failure?: Failure;
}

/**
 * Decides each row: its own sum first (the parts add up to the total); where several readings of
 * several rows remain, the table's column sums choose, and a row is placed only when every combination
 * that keeps them agrees on it.
 */
function decide(rows: readonly RowRead[], def: TableDef, placer: Placer): Map<string, Decision> {
  const known = new Map<string, readonly string[]>();
  const options = new Map<string, Reading[]>();
  for (const row of rows) {
    if (row.def.labelOnly) continue;
    const fit = ownSums(row);
    if (fit?.length === 1) known.set(row.def.key, fit[0].figures);
    else if (fit && fit.length > 1) options.set(row.def.key, fit);
  }
  const choices: Choice[] = [...options].map(([key, readings]) => ({ key, readings }));
  const { solutions, complete } = choices.length
    ? solve(choices, (chosen) => {
        const all = new Map(known);
        for (const [k, r] of chosen) all.set(k, r.figures);
        return applicationSums(def, all);
      })
    : { solutions: [], complete: true };
  const decisions = new Map<string, Decision>();
  for (const row of rows) {
    const key = row.def.key;
    if (row.def.labelOnly) decisions.set(key, {});
    else if (known.has(key)) decisions.set(key, { chosen: ownSums(row)![0] });
    else if (options.has(key)) {
      const picks = solutions.map((s) => s.get(key)!);
      const same = complete && picks.length > 0 && picks.every((p) => p.figures.join() === picks[0].figures.join());
      const code = picks.length || !complete ? 'ambiguous-split' : 'no-split';
      decisions.set(
        key,
        same
          ? { chosen: picks[0] }
          : { failure: { code, detail: describeOptions(options.get(key)!, picks, complete) } },
      );
    } else if (row.readings === undefined)
      decisions.set(key, {
        failure: { code: 'ambiguous-split', detail: { zh: '拆分方式过多', en: 'too many ways to split' } },
      });
    else {
      const runs = hasRuns(placer, row) && row.readings.length > 0;
      decisions.set(key, { failure: noReading(row, def.columns.length, runs) });
    }
  }
  return decisions;
}

/** Where the table starts: its note or header, else its first two rows. */
function tableStart(text: TokenText, def: TableDef) {
  const all = text.text.length;
  return (
    findExact(text, '（本列数据的勾稽关系为', 0, all) ??
    findExact(text, '申请人情况', 0, all) ??
    locate(text, wantedRows(def).slice(0, 2), 0, all).find((f) => f !== undefined)
  );
}

/** Section 三: the applications table, rows in official order, digits run together split by the table's sums. */
export function readApplications(tokens: readonly Token[], items: readonly SourceItem[], def: TableDef): TableRead {
  const text = new TokenText(tokens);
  const anchor = tableStart(text, def);
  if (!anchor) return { blocks: [], placed: [], unplaced: [], stray: [] };
  const all = text.text.length;
  const found = locate(text, wantedRows(def), anchor.start, all);
  const rows = readRows(text, def.rows, found, found.some(Boolean) ? all : anchor.end, def.columns.length);
  const last = rows[rows.length - 1];
  if (last) last.rest = [];
  const placer = new Placer(text, items, '三');
  const decisions = decide(rows, def, placer);
  const blockRows = rows.map((row) => {
    const { chosen, failure } = decisions.get(row.def.key)!;
    return [row.written, ...cellsOf(placer, 'applications', def, row, chosen, failure)];
  });
  return {
    blocks: [{ kind: 'table', header: officialHeader(def), rows: blockRows }],
    placed: placer.placed,
    unplaced: placer.unplaced,
    start: anchor.start,
    end: last ? last.end : anchor.end,
    stray: placer.strays(rows),
    text,
  };
}
