import type { Heading, Report, SectionKey } from '../core/model';
import { SCAFFOLD_HINTS } from '../core/scaffold';

/**
 * The kinds of heading the prompts and the offline drafter know, each with what the format requires:
 * 一 and its five areas, 二/三/四's lead-ins, 五 whole or its three parts (last year's problems fixed,
 * this year's problems, measures), 六 whole or its fee statement.
 */
export type DraftKind =
  | 'overview'
  | 'active'
  | 'applications'
  | 'management'
  | 'platform'
  | 'supervision'
  | 'review'
  | 'problems'
  | 'fixes'
  | 'issues'
  | 'measures'
  | 'fees'
  | 'other';

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

/** The kind of a heading: its section's, or for a sub-heading of 一, 五 or 六 the part it names. */
export function kindOf(section: SectionKey, heading: string, level = 3): DraftKind {
  if (level <= 2) return KIND_OF_SECTION[section];
  const h = heading.replace(/^[（(][一二三四五六七八九十]+[）)]|^\d+[.、]/, '');
  if (section === '一') {
    if (/主动公开/.test(h)) return 'active';
    if (/依申请|申请/.test(h)) return 'applications';
    if (/平台|网站|新媒体/.test(h)) return 'platform';
    if (/监督|保障|考核|培训/.test(h)) return 'supervision';
    if (/管理/.test(h)) return 'management';
  }
  if (section === '五') {
    if (/上一?年度?|以往|整改|改进情况/.test(h)) return 'fixes';
    if (/措施|举措|计划|打算|下一步|方向/.test(h)) return 'measures';
    if (/问题|不足/.test(h)) return 'issues';
  }
  if (section === '六' && /处理费|收费/.test(h)) return 'fees';
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
      out.push({
        section: s.key,
        heading,
        kind: kindOf(s.key, heading.text, heading.level),
        notes: notes.text.trimEnd(),
        first,
        end,
      });
    }
  });
  return out;
}

/** Picks targets by a heading's number or text (`一`, `（二）`, `依申请公开`). */
export function selectTargets(targets: DraftTarget[], query: string): DraftTarget[] {
  // (二) as （二）, a section by its Arabic number (2 → 二).
  const q = query
    .trim()
    .replace(/^\((.*)\)$/, '（$1）')
    .replace(/^[1-6]$/, (d) => '一二三四五六'[Number(d) - 1]);
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

/** A note line that is one of the new report's hints (`- 主动公开信息的数量和主要类别…`), not the writer's. */
function isHint(line: string): boolean {
  return SCAFFOLD_HINTS.has(line.replace(/^\s*(?:[-*+]|\d+[.、)])\s*/, '').trim());
}

/** The targets whose notes the writer has written, each with the scaffold's hint bullets left out. */
export function writtenTargets(targets: readonly DraftTarget[]): DraftTarget[] {
  return targets
    .map((t) => ({
      ...t,
      notes: t.notes
        .split('\n')
        .filter((l) => !isHint(l))
        .join('\n')
        .trim(),
    }))
    .filter((t) => t.notes.replace(/^\s*(?:[-*+]|\d+[.、)])\s*$/gm, '').trim());
}
