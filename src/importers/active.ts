import type { FormatDef, TableDef } from '../core/formats/types';
import type { DraftBlock } from '../core/render';
import { TokenText, type Found } from './find';
import { cellsOf, describeOptions, noReading, Placer, type TableRead } from './placer';
import { readRows } from './read-rows';
import { uncut } from './split';
import { locate } from './rows';
import type { SourceItem } from './source';
import type { Token } from './tokens';

/** The header of an item table as written: each official column where it was found, else its official text. */
function header(text: TokenText, def: TableDef, caption: Found, from: number, to: number): string[] {
  const found = locate(
    text,
    ['信息内容', ...def.columns.map((c) => c.label)].map((label) => ({ label })),
    from,
    to,
  );
  return [caption.written, ...def.columns.map((c, k) => found[k + 1]?.written ?? c.label)];
}

/**
 * Section 二: one table per 条例 item, found by its caption (`第二十条第（一）项`, also when written
 * `第二十五条第(五)项`), its header and rows as written, each row's figures only when certain.
 */
export function readActiveDisclosure(
  tokens: readonly Token[],
  items: readonly SourceItem[],
  format: FormatDef,
): TableRead {
  const text = new TokenText(tokens);
  const all = text.text.length;
  const defs = format.tables.filter((t) => t.section === '二');
  const captions = locate(
    text,
    defs.map((d) => ({ label: d.caption })),
    0,
    all,
  );
  const placer = new Placer(text, items, '二');
  const blocks: DraftBlock[] = [];
  const stray: number[][] = [];
  let start: number | undefined;
  let end: number | undefined;
  const located = defs.flatMap((def, k) => (captions[k] ? [{ def, caption: captions[k]! }] : []));
  located.forEach(({ def, caption }, k) => {
    const regionEnd = located[k + 1]?.caption.start ?? all;
    const found = locate(
      text,
      def.rows.map((r) => ({ label: r.label })),
      caption.end,
      regionEnd,
    );
    const firstRow = found.find((f) => f !== undefined)?.start ?? regionEnd;
    const rows = readRows(text, def.rows, found, regionEnd, def.columns.length);
    const last = rows[rows.length - 1];
    if (last && k === located.length - 1) last.rest = [];
    const blockRows = rows.map((row) => {
      // No sums here to check a cut: only a row written as one run of digits is cut (0012 → 0 0 12);
      // separate figures too few for the columns are a blank cell, not figures run together.
      const only = row.readings?.length === 1 ? row.readings[0] : undefined;
      const certain = only && (uncut(only) || row.values.length === 1) ? only : undefined;
      const failure =
        (row.readings?.length ?? 0) > 1 || row.readings === undefined
          ? { code: 'ambiguous-split' as const, detail: describeOptions(row.readings ?? [], row.readings ?? [], true) }
          : noReading(row, def.columns.length, false);
      return [row.written, ...cellsOf(placer, def.id, def, row, certain, failure)];
    });
    blocks.push({ kind: 'table', header: header(text, def, caption, caption.end, firstRow), rows: blockRows });
    stray.push(...placer.strays(rows));
    start ??= caption.start;
    end = last ? last.end : caption.end;
  });
  return { blocks, placed: placer.placed, unplaced: placer.unplaced, start, end, stray, text };
}
