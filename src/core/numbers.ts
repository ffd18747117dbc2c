/** Chinese numerals in report text (the sentence reading and the signature's date read them). */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Value of a Chinese numeral (十二 → 12, 一百零五 → 105, 两 → 2, 二〇二一 → 2021); undefined if not one. */
export function parseChineseNumber(s: string): number | undefined {
  if (!s || !/^[零〇一二两三四五六七八九十百千万亿]+$/.test(s)) return undefined;
  // Digit by digit (二〇二一).
  if (!/[十百千万亿]/.test(s)) return s.length > 1 ? Number([...s].map((c) => DIGITS[c]).join('')) : DIGITS[s];
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const c of s) {
    if (c in DIGITS) digit = DIGITS[c];
    else if (c in UNITS) {
      section += (digit || 1) * UNITS[c];
      digit = 0;
    } else {
      total += (section + digit) * BIG[c];
      section = 0;
      digit = 0;
    }
  }
  return total + section + digit;
}
