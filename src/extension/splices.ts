/** A replacement in offsets of the text it was made for. */
export interface Splice {
  start: number;
  end: number;
  newText: string;
}

/** The text with non-overlapping splices made. */
export function spliced(text: string, splices: Splice[]): string {
  let out = text;
  for (const s of [...splices].sort((a, b) => b.start - a.start))
    out = out.slice(0, s.start) + s.newText + out.slice(s.end);
  return out;
}

/** How far an offset of the original text moved once the splices before it were made. */
export function shiftBefore(splices: Splice[], offset: number): number {
  return splices.filter((s) => s.start < offset).reduce((n, s) => n + s.newText.length - (s.end - s.start), 0);
}
