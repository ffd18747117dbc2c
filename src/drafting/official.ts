/**
 * What a draft may cite without the notes or the report naming it: the official documents of the
 * annual report (with their numbers and dates), the 条例's statutory time limits, and fixed numbers.
 * Kept as data: a document added here becomes citable by every draft.
 */

/** An official document: its name as cited, its number (year and serial) and the dates it carries. */
export interface OfficialDocument {
  name: string;
  number?: { prefix: string; year: number; serial: number };
  /** Dates the document is cited with (promulgated, in force), as [year, month, day]. */
  dates: Array<[number, number, number]>;
}

export const OFFICIAL_DOCUMENTS: readonly OfficialDocument[] = [
  // The 条例 as revised by 国务院令第711号 (2019年4月3日), in force from 2019年5月15日.
  {
    name: '中华人民共和国政府信息公开条例',
    dates: [
      [2019, 4, 3],
      [2019, 5, 15],
      [2007, 4, 5],
      [2008, 5, 1],
    ],
  },
  {
    name: '中华人民共和国政府信息公开工作年度报告格式（试行）',
    number: { prefix: '国办公开办函', year: 2019, serial: 60 },
    dates: [],
  },
  {
    name: '中华人民共和国政府信息公开工作年度报告格式',
    number: { prefix: '国办公开办函', year: 2021, serial: 30 },
    dates: [[2021, 9, 26]],
  },
  { name: '政府信息公开信息处理费管理办法', number: { prefix: '国办函', year: 2020, serial: 109 }, dates: [] },
  { name: '关于全面推进政务公开工作的意见', number: { prefix: '中办发', year: 2016, serial: 8 }, dates: [] },
];

/** The decree that revised the 条例 (国务院令第711号). */
export const OFFICIAL_DECREES: readonly number[] = [711];

/**
 * The 条例's time limits in working days: 20 to answer (and 20 more when extended, art. 33), 15 for a
 * third party's opinion (art. 32), 7 to ask for a completed application (art. 30).
 */
export const STATUTORY_WORKING_DAYS: readonly number[] = [20, 15, 7];

/** Numbers that are names, not figures: the government service hotline. */
export const FIXED_NUMBERS: readonly number[] = [12345];

/** The 条例 has 56 articles (2019 revision): a reference beyond them cites something else. */
export const REGULATION_ARTICLES = 56;
