/** GB/T 9704-2012 page and type facts (format.md §9), in Word's units. */

/** Twentieths of a point per millimetre. */
const MM = 1440 / 25.4;
export const mm = (v: number) => Math.round(v * MM);

export const PAGE = { width: 11906, height: 16838 };
export const MARGIN = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) };
/** The type area: 156 × 225 mm. */
export const TYPE_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
export const TYPE_HEIGHT = PAGE.height - MARGIN.top - MARGIN.bottom;
/** A fixed line pitch that puts 22 lines in the type area. */
export const LINE_PITCH = Math.floor(TYPE_HEIGHT / 22);

/** Chinese type sizes in half-points (Word's unit for `w:sz`). */
export const SIZE = { er: 44, san: 32, si: 28, xiaosi: 24, wu: 21 } as const;

/** Characters per line of body text (GB/T 9704 §5.2.3). */
export const CHARS_PER_LINE = 28;
/** The character pitch, in twips, that puts 28 characters of 3号 on a line of the type area (rounded down). */
export const CHAR_PITCH = TYPE_WIDTH / CHARS_PER_LINE;
/**
 * The grid's `w:charSpace`: how much the pitch differs from the 3号 character of the document defaults, in 4096ths of
 * a point, rounded down so that 28 characters always fit.
 */
export const CHAR_SPACE = Math.floor((CHAR_PITCH / 20 - SIZE.san / 2) * 4096);

/**
 * Character spacing of body text, in twips (−0.4 pt, condensed). Programs differ on the grid: Word narrows characters
 * to its pitch on paragraphs that snap to the grid, LibreOffice never narrows them below their size. At 15.6 pt
 * (without the grid) or 15.4 pt (with it) a line holds 28 characters and never 29, so the count is the same in both.
 */
export const CONDENSE = -8;

/** The page number's line: 4号 type, its top 7 mm below the type area (GB/T 9704 §7.5). */
export const PAGE_NUMBER_LINE = SIZE.si * 10;
/** Footer distance from the page's lower edge, so that the page number's line starts 7 mm below the type area. */
export const FOOTER = MARGIN.bottom - mm(7) - PAGE_NUMBER_LINE;

/** A typeface: the East Asian font named by the standard, and the family Word falls back to. */
export interface Face {
  eastAsia: string;
  fallback: string;
}
export const FACE = {
  body: { eastAsia: '仿宋_GB2312', fallback: 'FangSong' },
  title: { eastAsia: '方正小标宋简体', fallback: 'SimSun' },
  level1: { eastAsia: '黑体', fallback: 'SimHei' },
  level2: { eastAsia: '楷体_GB2312', fallback: 'KaiTi' },
  pageNumber: { eastAsia: '宋体', fallback: 'SimSun' },
} satisfies Record<string, Face>;

/** The first-line indent of body paragraphs: two characters. */
export const INDENT_CHARS = 200;

/** Width of a text in full-width characters: Latin letters, digits and ASCII punctuation count half. */
export function widthInChars(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u0020-\u00ff]/.test(ch) ? 0.5 : 1;
  return w;
}
