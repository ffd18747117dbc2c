import type { Paragraph, Range, Report, Section, SectionKey } from '../model';
import { rangeOf } from '../model';

/** A stretch of prose with its document offset, so that matches map back to ranges. */
export interface ProseLine {
  text: string;
  offset: number;
  section?: SectionKey;
}

const linesCache = new WeakMap<Report, ProseLine[]>();

/** The lines of the narrative: preamble, sub-headings and paragraphs (not notes, tables, signature). */
export function proseLines(report: Report, keys?: readonly SectionKey[]): ProseLine[] {
  if (!keys) {
    let cached = linesCache.get(report);
    if (!cached) linesCache.set(report, (cached = collectLines(report)));
    return cached;
  }
  return collectLines(report, keys);
}

function collectLines(report: Report, keys?: readonly SectionKey[]): ProseLine[] {
  const out: ProseLine[] = [];
  const push = (p: Paragraph, section?: SectionKey) => {
    let offset = p.offset;
    for (const line of p.text.split('\n')) {
      out.push({ text: line.replace(/\r$/, ''), offset, section });
      offset += line.length + 1;
    }
  };
  if (!keys) report.preamble.forEach((p) => push(p));
  for (const s of report.sections) {
    if (keys && !keys.includes(s.key)) continue;
    const items: Array<{ offset: number; p: Paragraph }> = s.paragraphs.map((p) => ({ offset: p.offset, p }));
    for (const h of s.subheadings)
      items.push({ offset: h.textOffset, p: { text: h.text, offset: h.textOffset, range: h.textRange } });
    items.sort((a, b) => a.offset - b.offset).forEach((i) => push(i.p, s.key));
  }
  return out;
}

const paragraphsCache = new WeakMap<Report, Paragraph[]>();

/** Paragraph-level prose (for rules that read whole sentences across line breaks). */
export function proseParagraphs(report: Report, keys?: readonly SectionKey[]): Paragraph[] {
  if (keys) return report.sections.filter((s) => keys.includes(s.key)).flatMap((s) => s.paragraphs);
  let all = paragraphsCache.get(report);
  if (!all) paragraphsCache.set(report, (all = [...report.preamble, ...report.sections.flatMap((s) => s.paragraphs)]));
  return all;
}

/** The narrative of a section as one string (sub-headings and paragraphs). */
export function sectionText(s: Section): string {
  return [...s.subheadings.map((h) => h.text), ...s.paragraphs.map((p) => p.text)].join('\n');
}

export function rangeIn(report: Report, offset: number, start: number, end: number): Range {
  return rangeOf(report.lineOffsets, offset + start, offset + end);
}

/** Splits text into pieces at the given separators, keeping each piece's offset. */
export function splitWithOffsets(text: string, separators: RegExp): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  let start = 0;
  const re = new RegExp(separators.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ text: text.slice(start, m.index), start });
    start = m.index + m[0].length;
  }
  out.push({ text: text.slice(start), start });
  return out;
}

export function sectionOf(report: Report, key: SectionKey): Section | undefined {
  return report.sections.find((s) => s.key === key);
}
