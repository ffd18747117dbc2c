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
