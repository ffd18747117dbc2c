/** What the sentence reading says about a paragraph of report prose (types only). */

import type { Span } from './split';

/** How a figure is written. */
export type FigureForm = 'arabic' | 'fullwidth' | 'chinese' | 'fraction';

/**
 * What a figure is: a count with its measure word, an amount of money, a percentage (or a fraction
 * such as 六成), a year or a date, a statutory time limit (20个工作日), a number of a document
 * (〔2021〕30号), a reference to an article (第二十条), an ordinal (第1次), a telephone number or
 * hotline (12345), or a bare number without measure word.
 */
export type FigureKind =
  | 'count'
  | 'amount'
  | 'percentage'
  | 'year'
  | 'date'
  | 'timeLimit'
  | 'docNumber'
  | 'article'
  | 'ordinal'
  | 'phone'
  | 'number';

/** The table quantities a figure in the narrative may count (format.md §5–§7). */
export type Quantity =
  | 'R1' // applications received this year
  | 'R2' // carried over from last year
  | 'R1R2' // received including those carried over (共受理16件（含上年结转1件）)
  | 'T' // handled / answered
  | 'R4' // carried forward to next year
  | 'AB' // 予以公开 and 部分公开 together
  | 'A'
  | 'B'
  | 'C'
  | 'D'
  | 'E'
  | 'F'
  | 'reconsideration'
  | 'litigation'
  | 'reviewAll'; // reconsideration and litigation together

/** Columns a figure may be restricted to: an applicant type of table 三, a result of table 四. */
export type QuantityColumn =
  | 'natural'
  | 'business'
  | 'research'
  | 'publicWelfare'
  | 'legal'
  | 'otherOrg'
  | 'organisations' // the five 法人或其他组织 columns together
  | 'upheld'
  | 'corrected'
  | 'other'
  | 'pending';

/** A figure written in the text, with everything the rules and the drafter's guard need to know. */
export interface Figure {
  /** The value: for percentages and fractions in percent (六成 → 60, 四分之一 → 25). */
  value: number;
  /** The number as written (`十二`, `９９`, `12.5`, `六成`, `百分之十`). */
  text: string;
  /** Offsets of the number in the paragraph. */
  start: number;
  end: number;
  /** End of the measure word or unit (equal to `end` when there is none). */
  unitEnd: number;
  /** The measure word or unit (件, 人次, 万元, 个工作日, %, 年…). */
  unit?: string;
  form: FigureForm;
  kind: FigureKind;
  /** Written as approximate (180余条, 近20次, 六成以上). */
  approximate: boolean;
  /** How far from the exact value the written figure may be (percent points for shares; 0 for counts). */
  precision: number;
  /** A member of a range: 4至6个工作日, （2024－2027年）, 1月1日至12月31日. */
  range?: 'from' | 'to';
  /** Year, month and day of a year or date. */
  date?: { year?: number; month?: number; day?: number };
  /** Inside a quoted title or name: 《…》, “…”. */
  quoted: boolean;
  /** In a plan (将、计划、拟、力争、明年、下一步…), or naming something to come (2024年工作计划, 2024年春节). */
  plan: boolean;
  /** Names where unfinished applications go (结转至2026年, 结转下年度): not an event of that year. */
  carryOver: boolean;
  /** A status as of a date (截至2024年1月10日), not an event of that date. */
  asOf: boolean;
  /** About last year (上年、去年、同期…), not about the report year. */
  lastYear: boolean;
  /** A difference against another figure (较上年增加3件, 同比下降2个百分点). */
  change: boolean;
  /** The table quantities the figure counts, most likely first (several where the text is ambiguous). */
  quantities: Quantity[];
  /** The item row within a category (因本机关不掌握无法提供18件 → D1; 重复申请1件 → E2). */
  item?: string;
  /** The column the figure is restricted to (自然人申请12件, 结果维持1件). */
  column?: QuantityColumn;
  /** For a percentage: what it may be a share of. */
  share?: Share;
}

/** A figure a percentage may be computed from. */
export interface ShareTerm {
  value: number;
  /** `count`: one figure; `sum`: the sum of several listed figures; `change`: a difference (增加3件). */
  what: 'count' | 'sum' | 'change';
  unit?: string;
  /** Offsets (in the paragraph) of the figure, or of the first and last figure of a sum. */
  start: number;
  end: number;
}

/** What a percentage may be a share of, as the sentence and its neighbours name it. */
export interface Share {
  /** A change against another period (同比增长12%, 较上年下降): checked only against a named base. */
  comparison: boolean;
  /** Written as a rate (办结率, 按时答复率): checked only against parts named in its own sentence. */
  rate: boolean;
  /** The figures the percentage may be computed from, nearest first. */
  numerators: ShareTerm[];
  /** The bases named in the sentence or its neighbours (counts, sums of listed parts; last year's for changes). */
  bases: ShareTerm[];
  /** Table quantities that are bases by their meaning (the total handled, the total received). */
  baseQuantities: Quantity[];
}

/** A `共N…，其中a…、b…` list: the total, its items (one or more), and whether it is evidently complete. */
export interface ItemList {
  head: Figure;
  /** The word that opens the list (其中, 包括, 含). */
  marker: Span;
  items: Figure[];
  /** Ends with 其他/其余, or names every result category. */
  complete: boolean;
}

/** What a sentence is about, for binding generic verbs (办结, 答复) to the applications. */
export type Topic = 'applications' | 'review' | 'other';

/** One sentence of a paragraph and its reading. */
export interface SentenceReading extends Span {
  clauses: Span[];
  figures: Figure[];
  topic?: Topic;
  lists: ItemList[];
}

/** A paragraph and its sentences. */
export interface ParagraphReading {
  text: string;
  sentences: SentenceReading[];
  /** Every figure of the paragraph, in order. */
  figures: Figure[];
}

/** What the reader knows about where the paragraph stands (the heading above it, the section). */
export interface ReadingContext {
  topic?: Topic;
  /** The report year: a figure of the year before is last year's (2022年受理12件 in a 2023 report). */
  year?: number;
  /** Under a heading of plans (改进措施, 下一步工作): what it says is to come, unless said done. */
  plan?: boolean;
}
