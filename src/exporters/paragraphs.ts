import { AlignmentType, HighlightColor, LineRuleType, Paragraph, TextRun } from 'docx';
import type { Signature } from '../core/model';
import { CHAR_PITCH, FACE, INDENT_CHARS, LINE_PITCH, SIZE, TYPE_WIDTH, widthInChars, type Face } from './layout';

/** Text that must not be published as it is: highlighted so that nobody misses it. */
const PLACEHOLDER_RE = /(【\s*待[^】]*】|\d{4}\s*年[\s\u3000]+月[\s\u3000]*日|[XＸ×]{2,}|[＿_]{2,})/;

/** Runs of one typeface and size, with the East Asian font named on every run and placeholders highlighted. */
export function runs(text: string, face: Face, size: number): TextRun[] {
  return text
    .split(PLACEHOLDER_RE)
    .filter((part) => part !== '')
    .map(
      (part) =>
        new TextRun({
          text: part,
          font: { ascii: face.fallback, hAnsi: face.fallback, eastAsia: face.eastAsia, cs: face.fallback },
          size,
          highlight: PLACEHOLDER_RE.test(part) ? HighlightColor.YELLOW : undefined,
        }),
    );
}

/** Markdown markers a writer may have left in prose (list bullets, emphasis, escapes). */
export function plain(text: string): string {
  return text
    .split('\n')
    .map((l) =>
      l
        .replace(/^\s*(?:[-+*]\s+|>\s?)/, '')
        .replace(/\*\*|__/g, '')
        .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1'),
    )
    .join('');
}

/** Two characters of first-line indent: in characters for Word, in twips for other readers. */
const INDENT = { firstLineChars: INDENT_CHARS, firstLine: Math.round(2 * CHAR_PITCH) };
/** One line of the 22-line grid. */
const ON_GRID = { line: LINE_PITCH, lineRule: LineRuleType.EXACT };

/**
 * A level-2 head run into its paragraph (`（一）上年度问题整改情况。` followed by the text): a short phrase with no
 * comma or other stop inside, ended by 。 and followed by more text.
 */
const RUN_IN_RE = /^([（(][一二三四五六七八九十]{1,3}[）)][^。，,；;：:！？!?]{1,30}。)(?=\S)/;

/** The run-in head of a paragraph, if it has one. */
export function runInHead(text: string): string | undefined {
  return RUN_IN_RE.exec(text)?.[1];
}

/** A body paragraph: 3号 仿宋, two characters indented, on the grid; a run-in head in 楷体. */
export function body(text: string, keepNext = false): Paragraph {
  const t = plain(text);
  const head = runInHead(t);
  const children = head
    ? [...runs(head, FACE.level2, SIZE.san), ...runs(t.slice(head.length), FACE.body, SIZE.san)]
    : runs(t, FACE.body, SIZE.san);
  return new Paragraph({
    children,
    indent: INDENT,
    spacing: ON_GRID,
    alignment: AlignmentType.JUSTIFIED,
    keepNext: keepNext || undefined,
  });
}

/** A heading, kept with what follows it so that it never stands at the foot of a page. */
export const heading = (text: string, face: Face) =>
  new Paragraph({ children: runs(text, face, SIZE.san), indent: INDENT, spacing: ON_GRID, keepNext: true });

/** An empty line of the grid. */
export const blank = (keepNext = false) =>
  new Paragraph({ children: [], spacing: ON_GRID, keepNext: keepNext || undefined });

/** Characters of 2号 type on one line of the type area. */
const TITLE_CHARS = Math.floor(TYPE_WIDTH / (SIZE.er * 10));

/** Where a title may break: before the year (after the unit), before 政府信息公开工作年度报告. */
const TITLE_CUTS = [/(?:19|20)\d{2}\s*年/, /政府信息公开(?:工作)?(?:年度)?(?:报告|年报)/];

/**
 * The lines of a title too long for one line of 2号 type (GB/T 9704 §7.3.1: 词意完整): the first break point of
 * TITLE_CUTS at which both lines fit, else the first at all; a title that fits, or has no such point, is one line.
 */
export function titleLines(text: string): string[] {
  if (widthInChars(text) <= TITLE_CHARS) return [text];
  const cuts = TITLE_CUTS.map((re) => re.exec(text)?.index ?? 0).filter((i) => i > 0);
  const fits = (i: number) =>
    widthInChars(text.slice(0, i)) <= TITLE_CHARS && widthInChars(text.slice(i)) <= TITLE_CHARS;
  const cut = cuts.find(fits) ?? cuts[0];
  return cut === undefined ? [text] : [text.slice(0, cut), text.slice(cut)];
}

/** The title: 2号 小标宋, centred, broken at a word boundary with an explicit line break when it is long. */
export function title(text: string): Paragraph {
  const lines = titleLines(text);
  return new Paragraph({
    children: lines.flatMap((line, i) => [
      ...(i > 0 ? [new TextRun({ break: 1 })] : []),
      ...runs(line, FACE.title, SIZE.er),
    ]),
    alignment: AlignmentType.CENTER,
    spacing: { line: Math.round(SIZE.er * 10 * 1.5), lineRule: LineRuleType.EXACT },
    keepNext: true,
    keepLines: true,
  });
}

/** Four characters of right indent (GB/T 9704 §7.3.5.1: 成文日期一般右空四字). */
const SIGNATURE_INDENT = 4;

/**
 * The unit name and the date as GB/T 9704 §7.3.5.1 lays them out for a sealed document: the date four characters
 * in from the right margin and the unit name centred over it; when the unit name is the longer line, it takes the
 * four characters and the date is centred under it. Both are kept with the paragraph before them.
 */
export function signature(sig: Signature): Paragraph[] {
  const parts = [sig.agency?.text, sig.date?.text].filter((t): t is string => !!t);
  const longest = Math.max(...parts.map(widthInChars));
  return parts.map((text, i) => {
    const chars = SIGNATURE_INDENT + (longest - widthInChars(text)) / 2;
    return new Paragraph({
      children: runs(text, FACE.body, SIZE.san),
      alignment: AlignmentType.RIGHT,
      indent: { right: Math.round(chars * CHAR_PITCH) },
      spacing: ON_GRID,
      keepNext: i < parts.length - 1 || undefined,
      keepLines: true,
    });
  });
}
