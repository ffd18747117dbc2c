import type { Paragraph, Range, Report, Section, SectionKey } from '../model';
import { rangeOf } from '../model';

/** A stretch of prose with its document offset, so that matches map back to ranges. */
export interface ProseLine {
  text: string;
  offset: number;
  section?: SectionKey;
  /** The text of a ### heading (not a paragraph). */
  heading?: boolean;
}

const linesCache = new WeakMap<Report, ProseLine[]>();

/** The lines of the narrative: preamble, sub-headings and paragraphs (not notes, tables, signature). */
export function proseLines(report: Report): ProseLine[] {
  let cached = linesCache.get(report);
  if (!cached) linesCache.set(report, (cached = collectLines(report)));
  return cached;
}

function collectLines(report: Report): ProseLine[] {
  const out: ProseLine[] = [];
  const push = (p: Paragraph, section?: SectionKey, heading?: boolean) => {
    let offset = p.offset;
    for (const line of p.text.split('\n')) {
      out.push({ text: line.replace(/\r$/, ''), offset, section, ...(heading ? { heading } : {}) });
      offset += line.length + 1;
    }
  };
  report.preamble.forEach((p) => push(p));
  for (const s of report.sections) {
    const items: Array<{ offset: number; p: Paragraph; heading?: boolean }> = s.paragraphs.map((p) => ({
      offset: p.offset,
      p,
    }));
    for (const h of s.subheadings)
      items.push({
        offset: h.textOffset,
        p: { text: h.text, offset: h.textOffset, range: h.textRange },
        heading: true,
      });
    items.sort((a, b) => a.offset - b.offset).forEach((i) => push(i.p, s.key, i.heading));
  }
  return out;
}

const paragraphsCache = new WeakMap<Report, Paragraph[]>();

/** Paragraph-level prose (for rules that read whole sentences across line breaks). */
export function proseParagraphs(report: Report): Paragraph[] {
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

export function sectionOf(report: Report, key: SectionKey): Section | undefined {
  return report.sections.find((s) => s.key === key);
}
