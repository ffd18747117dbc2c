import type MarkdownIt from 'markdown-it';
import { loadEngine, looksLikeReport } from './lazy';

type Token = ReturnType<MarkdownIt['parse']>[number];
interface Marked {
  severity: string;
  message: string;
}

/** Which cell (0-based) of a pipe-table line a character falls in. */
function cellIndexAt(line: string, character: number): number {
  let index = -1;
  let escaped = false;
  const start = line.trimStart().startsWith('|') ? line.indexOf('|') : -1;
  for (let i = 0; i < character && i < line.length; i++) {
    if (line[i] === '|' && !escaped && i >= start) index++;
    escaped = line[i] === '\\';
  }
  return start === -1 ? index + 1 : index;
}

/**
 * The Markdown preview of a report: `notes` blocks as side notes, tables styled like the official
 * ones, and the cells that carry a finding marked with its message.
 */
export function previewPlugin(md: MarkdownIt): void {
  md.core.ruler.push('nianbao', (state) => {
    if (!looksLikeReport(state.src)) return;
    const lines = state.src.split('\n');
    const byCell = new Map<string, Marked>();
    for (const f of loadEngine().check(state.src).findings) {
      const { line, character } = f.range.start;
      if (!lines[line]?.trimStart().startsWith('|')) continue;
      const key = `${line}:${cellIndexAt(lines[line], character)}`;
      if (!byCell.has(key) || f.severity === 'error')
        byCell.set(key, { severity: f.severity, message: `${f.code} ${f.message}` });
    }
    let rowLine = -1;
    let cell = -1;
    state.tokens.forEach((t: Token) => {
      if (t.type === 'table_open') t.attrJoin('class', 'nianbao-table');
      if (t.type === 'tr_open') {
        rowLine = t.map ? t.map[0] : rowLine;
        cell = -1;
      }
      if (t.type === 'td_open' || t.type === 'th_open') {
        cell++;
        const mark = byCell.get(`${rowLine}:${cell}`);
        if (mark) {
          t.attrJoin('class', `nianbao-finding nianbao-${mark.severity}`);
          t.attrSet('title', mark.message);
        }
      }
    });
  });
  const fence = md.renderer.rules.fence!;
  md.renderer.rules.fence = (tokens, idx, options, env, self) => {
    const t = tokens[idx];
    if (t.info.trim().split(/\s+/)[0] !== 'notes') return fence(tokens, idx, options, env, self);
    return `<aside class="nianbao-notes"><div class="nianbao-notes-title">要点 / notes</div><pre>${md.utils.escapeHtml(t.content)}</pre></aside>\n`;
  };
}
