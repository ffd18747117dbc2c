import { analyse } from '../core/check';
import type { Heading, Report, SectionKey } from '../core/model';
import { parseReport } from '../core/parse';
import type { Tables } from '../core/tables';

/** The kinds of section the prompts know, each with what the format requires of it. */
export type DraftKind = 'overview' | 'active' | 'applications' | 'review' | 'problems' | 'other';

/** A heading with notes under it: what to draft, and which lines its narrative occupies. */
export interface DraftTarget {
  section: SectionKey;
  heading: Heading;
  kind: DraftKind;
  notes: string;
  /** 0-based lines of the narrative after the notes block: [first, end) (empty when first === end). */
  first: number;
  end: number;
}

const KIND_OF_SECTION: Record<SectionKey, DraftKind> = {
  一: 'overview',
  二: 'active',
  三: 'applications',
  四: 'review',
  五: 'problems',
  六: 'other',
};

function kindOf(section: SectionKey, heading: string): DraftKind {
  if (section === '一') {
    if (/主动公开/.test(heading)) return 'active';
    if (/依申请|申请/.test(heading)) return 'applications';
  }
  return KIND_OF_SECTION[section];
}

/** Every heading (section or sub-heading) that has a `notes` block under it, in document order. */
export function draftTargets(report: Report): DraftTarget[] {
  const out: DraftTarget[] = [];
  const lastLine = report.signature ? report.signature.range.start.line : report.lineOffsets.length;
  report.sections.forEach((s, k) => {
    const headings = [s.heading, ...s.subheadings].sort((a, b) => a.range.start.line - b.range.start.line);
    const sectionEnd = Math.min(report.sections[k + 1]?.heading.range.start.line ?? lastLine, lastLine);
    for (const notes of s.notes) {
      const line = notes.range.start.line;
      const heading = [...headings].reverse().find((h) => h.range.start.line < line);
      if (!heading) continue;
      const first = notes.range.end.line + 1;
      const stops = [
        ...headings.map((h) => h.range.start.line),
        ...s.tables.map((t) => t.range.start.line),
        ...s.notes.map((n) => n.range.start.line),
        sectionEnd,
      ].filter((l) => l >= first);
      const end = Math.min(...stops);
      out.push({ section: s.key, heading, kind: kindOf(s.key, heading.text), notes: notes.text.trimEnd(), first, end });
    }
  });
  return out;
}

/** Picks targets by a heading's number or text (`一`, `（二）`, `依申请公开`). */
export function selectTargets(targets: DraftTarget[], query: string): DraftTarget[] {
  const q = query.trim();
  return targets.filter((t) => {
    const h = t.heading.text;
    return (
      h === q ||
      h.startsWith(q) ||
      h.replace(/^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）/, '').includes(q) ||
      (/^[一二三四五六]$/.test(q) && t.section === q && t.heading.level === 2)
    );
  });
}

/** The figures the tables hold, by name, for the prompt and the figure guard. */
export interface Facts {
  unit: string;
  year: number;
  applications?: Record<'R1' | 'R2' | 'T' | 'R4' | 'A' | 'B' | 'C' | 'D' | 'E' | 'F', number>;
  review?: { reconsideration: number; litigation: number; total: number };
  active: Array<{ caption: string; row: string; column: string; value: string }>;
}

export function factsOf(report: Report, tables: Tables): Facts {
  const facts: Facts = {
    unit: report.agency ?? '本单位',
    year: report.year ?? new Date().getFullYear() - 1,
    active: [],
  };
  if (tables.get('applications')) {
    const v = (k: string) => tables.value('applications', k, 'total');
    facts.applications = {
      R1: v('R1'),
      R2: v('R2'),
      T: v('T'),
      R4: v('R4'),
      A: v('A'),
      B: v('B'),
      C: tables.groupTotal('C'),
      D: tables.groupTotal('D'),
      E: tables.groupTotal('E'),
      F: tables.groupTotal('F'),
    };
  }
  if (tables.get('review')) {
    const r = tables.value('review', 'reconsideration', 'total');
    const l = tables.value('review', 'directSuit', 'total') + tables.value('review', 'suitAfterReview', 'total');
    facts.review = { reconsideration: r, litigation: l, total: r + l };
  }
  for (const t of tables.byId.values()) {
    if (t.def.section !== '二') continue;
    for (const [key, row] of t.rowByKey)
      for (const col of t.def.columns) {
        const i = t.columnIndex.get(col.key);
        if (i !== undefined && row.cells[i]?.text)
          facts.active.push({
            caption: t.def.caption,
            row: t.def.rows.find((r) => r.key === key)!.label,
            column: col.label,
            value: row.cells[i].text,
          });
      }
  }
  return facts;
}

/** Parses a report and lists its targets and facts. */
export function planDrafts(markdown: string): { report: Report; targets: DraftTarget[]; facts: Facts } {
  const report = parseReport(markdown);
  const { tables } = analyse(report);
  return { report, targets: draftTargets(report), facts: factsOf(report, tables) };
}
