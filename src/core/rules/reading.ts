import type { Paragraph, Report, SectionKey } from '../model';
import { readParagraph, type ParagraphReading, type Topic } from '../sentences';
import { PLAN_HEADING } from '../sentences/tense';
import { withoutChrome } from '../text';

/** A paragraph of the narrative with its sentence reading and the section it stands in. */
export interface ReadParagraph {
  paragraph: Paragraph;
  section?: SectionKey;
  reading: ParagraphReading;
}

const cache = new WeakMap<Report, ReadParagraph[]>();

/** The reading of every paragraph (preamble and sections; page chrome left out), computed once per report. */
export function readings(report: Report): ReadParagraph[] {
  let all = cache.get(report);
  if (!all) {
    all = [];
    for (const p of report.preamble)
      all.push({ paragraph: p, reading: readParagraph(withoutChrome(p.text), { year: report.year }) });
    for (const s of report.sections)
      for (const p of s.paragraphs) {
        const heading = headingAbove(s.subheadings, p.offset);
        const topic = topicOfPlace(s.key, heading);
        const plan = PLAN_HEADING.test(heading);
        all.push({
          paragraph: p,
          section: s.key,
          reading: readParagraph(withoutChrome(p.text), { topic, year: report.year, plan }),
        });
      }
    cache.set(report, all);
  }
  return all;
}

function headingAbove(headings: ReadonlyArray<{ text: string; textOffset: number }>, offset: number): string {
  let text = '';
  for (const h of headings) if (h.textOffset < offset) text = h.text;
  return text;
}

/** What a paragraph is about by where it stands: section 三 or 四, or a heading such as （二）依申请公开. */
function topicOfPlace(section: SectionKey, heading: string): Topic | undefined {
  if (section === '三') return 'applications';
  if (section === '四') return 'review';
  if (/依申请|申请/.test(heading)) return 'applications';
  if (/复议|诉讼/.test(heading)) return 'review';
  return undefined;
}
