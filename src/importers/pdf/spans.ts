/**
 * Which rows a merged label cell spans. A label drawn once beside several rows is centred over them;
 * the rows beside one column of such labels are shared out among them in order, each label's rows
 * centred on the label as nearly as the row boundaries allow.
 */

/** The vertical extent of a row or a label (y from the top of the page). */
export interface Band {
  top: number;
  bottom: number;
  /** The baseline of its first line (a label set at the top of its rows shares it with the first row). */
  first: number;
}

const middle = (b: Band) => (b.top + b.bottom) / 2;

/** Whether the rows go on from the previous page, and on to the next one (the table was split there). */
export interface Split {
  continued: boolean;
  continues: boolean;
}

/**
 * The first row (index into `rows`) of each label's span. `rows` are consecutive rows beside the
 * labels' column and `labels` the labels in that column, both top to bottom. The labels are centred
 * on their rows, or set at the top of them (Word's default): whichever fits better. A cell split by a
 * page break is drawn once, at the top of its part on the first page: when `continued`, the first rows
 * may belong to a label of the previous page; when `continues`, the last label may sit at the top.
 */
export function spanStarts(rows: readonly Band[], labels: readonly Band[], split: Split): number[] {
  const centred = fitSpans(rows, labels, split, false);
  const top = fitSpans(rows, labels, split, true);
  return (top.cost < centred.cost ? top : centred).starts;
}

function fitSpans(rows: readonly Band[], labels: readonly Band[], split: Split, atTop: boolean) {
  const { continued, continues } = split;
  const m = rows.length;
  const k = labels.length;
  if (!k) return { starts: [], cost: 0 };
  if (!m) return { starts: labels.map(() => 0), cost: 0 };
  const span = (a: number, b: number) => (rows[a].top + rows[b].bottom) / 2;
  // best[j][e]: least cost of giving rows up to e (inclusive) to labels 0..j; from[j][e]: where span j starts.
  const best = Array.from({ length: k }, () => new Array<number>(m).fill(Infinity));
  const from = Array.from({ length: k }, () => new Array<number>(m).fill(0));
  const fit = (j: number, a: number, e: number) => {
    const topped = (labels[j].first - rows[a].first) ** 2;
    if (atTop) return topped;
    const centred = (middle(labels[j]) - span(a, e)) ** 2;
    return continues && j === k - 1 && e === m - 1 ? Math.min(centred, topped) : centred;
  };
  for (let e = 0; e < m; e++)
    for (let a = continued ? e : 0; a >= 0; a--) {
      const skipped = a; // rows left to the label of the previous page (a token cost: centring decides)
      const cost = fit(0, a, e) + skipped;
      if (cost < best[0][e]) [best[0][e], from[0][e]] = [cost, a];
      if (!continued) break;
    }
  for (let j = 1; j < k; j++)
    for (let e = j; e < m; e++)
      for (let a = j; a <= e; a++) {
        const cost = best[j - 1][a - 1] + fit(j, a, e);
        if (cost < best[j][e]) [best[j][e], from[j][e]] = [cost, a];
      }
  const starts = new Array<number>(k).fill(0);
  let e = m - 1;
  for (let j = k - 1; j >= 0; j--) {
    // More labels than rows: the surplus share the first row.
    const end = Math.max(e, 0);
    starts[j] = Number.isFinite(best[j][end]) ? from[j][end] : Math.min(j, m - 1);
    e = starts[j] - 1;
  }
  return { starts, cost: best[k - 1][m - 1] };
}
