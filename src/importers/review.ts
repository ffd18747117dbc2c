import type { TableDef } from '../core/formats/types';
import { findExact, TokenText, VALUE_MARK } from './find';
import { cellsOf, describeOptions, noReading, officialHeader, Placer, wantedRows, type TableRead } from './placer';
import { piecesOf, readRows, type RowRead } from './read-rows';
import { locate, trimEmpties } from './rows';
import type { SourceItem } from './source';
import { addsUp, readings, uncut, type Reading } from './split';
import type { Token } from './tokens';

const GROUP = 5;
const groupsAddUp = (figures: readonly string[]) =>
  [0, 1, 2].every((g) => addsUp(figures.slice(g * GROUP, (g + 1) * GROUP)));

/** Our transposed form: three labelled rows of five, each followed by its figures. */
function transposed(text: TokenText, rows: readonly RowRead[]): boolean {
  const figures = (r: RowRead) => r.values.filter((i) => text.tokens[i].kind === 'value').length;
  return rows.filter((r) => figures(r) >= 3 && r.written.length <= r.found.written.length + 6).length >= 2;
}

/**
 * Section 四: our transposed form read row by row; the official layout (a two-level header, then
 * fifteen figures in three groups of five) read as one run of figures after the header, split by the
 * groups' totals where digits run together.
 */
export function readReview(tokens: readonly Token[], items: readonly SourceItem[], def: TableDef): TableRead {
  const text = new TokenText(tokens);
  const all = text.text.length;
  const placer = new Placer(text, items, '四');
  // Our caption `行政复议、行政诉讼` names the first row's label too: rows are looked for after it.
  const caption = findExact(text, def.caption, 0, all);
  const found = locate(text, wantedRows(def), caption?.end ?? 0, all);
  const rows = readRows(text, def.rows, found, all, def.columns.length);
  if (transposed(text, rows)) {
    const last = rows[rows.length - 1];
    last.rest = [];
    const blockRows = rows.map((row) => {
      const fit = row.readings?.filter((r) => uncut(r) || addsUp(r.figures)) ?? [];
      const failure =
        fit.length > 1
          ? { code: 'ambiguous-split' as const, detail: describeOptions(fit, fit, true) }
          : noReading(row, def.columns.length, (row.readings?.length ?? 0) > 0);
      return [row.written, ...cellsOf(placer, 'review', def, row, fit.length === 1 ? fit[0] : undefined, failure)];
    });
    const start = caption?.start ?? rows[0].found.start;
    return {
      blocks: [table(def, blockRows)],
      ...result(placer),
      start,
      end: last.end,
      stray: placer.strays(rows),
      text,
    };
  }
  return officialLayout(text, placer, def);
}

function table(def: TableDef, rows: string[][]) {
  return { kind: 'table' as const, header: officialHeader(def), rows };
}

const result = (placer: Placer) => ({ placed: placer.placed, unplaced: placer.unplaced });

/** A sentence end or a figure: the header of the table does not reach past it. */
const hasStop = (s: string) => /[。！？]/.test(s) || s.includes(VALUE_MARK);

/** Where the official layout starts: 行政复议 with the result headers after it, before any sentence ends. */
function headerStart(text: TokenText): number | undefined {
  for (let from = 0; ;) {
    const f = findExact(text, '行政复议', from, text.text.length);
    if (!f) return findExact(text, '结果维持', 0, text.text.length)?.start;
    const ahead = text.text.slice(f.end, f.end + 80);
    const upheld = ahead.indexOf('维持');
    if (upheld >= 0 && !hasStop(ahead.slice(0, upheld))) return f.start;
    from = f.end;
  }
}

function officialLayout(text: TokenText, placer: Placer, def: TableDef): TableRead {
  const start = headerStart(text);
  if (start === undefined) return { blocks: [], ...result(placer), stray: [] };
  // The figures: the first run of cells after the header that holds a figure (a converter's header
  // rows have runs of empty cells for the merged places).
  let p = start;
  let values: number[] = [];
  while (p < text.text.length) {
    while (p < text.text.length && text.text[p] !== VALUE_MARK) p++;
    values = [];
    while (p < text.text.length && text.text[p] === VALUE_MARK) values.push(text.tokenAt(p++));
    if (values.some((i) => text.tokens[i].kind === 'value')) break;
  }
  const width = def.rows.length * GROUP;
  const kept = trimEmpties(
    values.map((i) => text.tokens[i]),
    width,
  );
  const indices = values.filter((i) => kept.includes(text.tokens[i]));
  const pieces = piecesOf(kept);
  const all = readings(pieces, width);
  const fit = all?.filter((r) => uncut(r) || groupsAddUp(r.figures)) ?? [];
  const header = { start, end: start, distance: 0, written: '' };
  const rows = def.rows.map((d, k): { row: RowRead; reading?: Reading } => {
    const row: RowRead = { def: d, found: header, written: d.label, values: indices, readings: all, rest: [], end: p };
    if (fit.length !== 1) return { row };
    const f = fit[0];
    return {
      row,
      reading: {
        figures: f.figures.slice(k * GROUP, (k + 1) * GROUP),
        piece: f.piece.slice(k * GROUP, (k + 1) * GROUP),
      },
    };
  });
  if (fit.length !== 1) {
    const row: RowRead = { ...rows[0].row, written: '行政复议、行政诉讼' };
    const failure =
      fit.length > 1 || all === undefined
        ? { code: 'ambiguous-split' as const, detail: describeOptions(fit, fit, all !== undefined) }
        : noReading(
            row,
            width,
            pieces.some((x) => x.splittable),
          );
    placer.leave(row, failure.code, failure.detail);
  }
  const blockRows = rows.map(({ row, reading }) => [row.written, ...cellsOf(placer, 'review', def, row, reading)]);
  return { blocks: [table(def, blockRows)], ...result(placer), start, end: p, stray: [], text };
}
