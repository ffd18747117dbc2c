/**
 * The core's memos, all in one place. Each remembers results of a pure function of text (a label's
 * normal form, a paragraph's reading, a front matter's fields, two sections' similarity, last year's
 * report analysed), so a result never depends on them: they only spare work while a report is edited
 * keystroke by keystroke, where most of the text repeats. Each holds at most its limit and starts
 * afresh when full.
 */

/** How many results each memo keeps (its working set while one report is edited, with room to spare). */
export const MEMO_LIMITS = {
  /** Official and written labels: a few hundred per report. */
  labels: 20_000,
  /** Paragraph readings: a report has 20–60 paragraphs. */
  readings: 4_000,
  /** Front matters: one per open report. */
  frontMatter: 64,
  /** Section similarities against last year: six per report. */
  similarity: 64,
  /** Last year's report analysed: one per report being checked. */
  previous: 8,
} as const;

/** A bounded memo of a pure function. */
export class Memo<K, V> {
  private static readonly all: Array<Memo<unknown, unknown>> = [];
  private readonly map = new Map<K, V>();

  constructor(private readonly limit: number) {
    Memo.all.push(this as Memo<unknown, unknown>);
  }

  /** The remembered result for `key`, or `compute()` remembered. */
  get(key: K, compute: () => V): V {
    const known = this.map.get(key);
    if (known !== undefined || this.map.has(key)) return known as V;
    const value = compute();
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
    return value;
  }

  /** Forgets every memo's results (a benchmark of a first check). */
  static clearAll(): void {
    for (const m of Memo.all) m.map.clear();
  }
}
