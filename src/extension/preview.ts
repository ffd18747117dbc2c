import type MarkdownIt from 'markdown-it';
import { TODO_MARKER_SOURCE } from '../core/text';
import type { CheckOptions, Finding } from './engine';
import { loadEngine, looksLikeReport } from './lazy';

type Token = ReturnType<MarkdownIt['parse']>[number];
type State = Parameters<Parameters<MarkdownIt['core']['ruler']['push']>[1]>[0];

/** The check options of the document a text comes from (its settings, language, last year's report), if known. */
export type PreviewOptions = (src: string) => CheckOptions | undefined;

/** What stays to be filled in: 【待补充：…】/【待核实：…】 markers and blank dates (`2025年  月  日`). */
const PLACEHOLDER_RE = new RegExp(`${TODO_MARKER_SOURCE}|\\d{4}\\s*年[ \\t\\u3000]+月[ \\t\\u3000]*日`, 'g');
const WEIGHT = { error: 2, warning: 1, info: 0 } as const;

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

/** The findings of each table cell (`line:cell`), in document order. */
function findingsByCell(src: string, options: CheckOptions | undefined): Map<string, Finding[]> {
  const lines = src.split('\n');
  const byCell = new Map<string, Finding[]>();
  for (const f of loadEngine().check(src, options).findings) {
    const { line, character } = f.range.start;
    if (!lines[line]?.trimStart().startsWith('|')) continue;
    const key = `${line}:${cellIndexAt(lines[line], character)}`;
    byCell.set(key, [...(byCell.get(key) ?? []), f]);
  }
  return byCell;
}

/** Marks the cells that carry findings: the worst severity as a class, every message in the tooltip. */
function markCells(tokens: Token[], byCell: Map<string, Finding[]>): void {
  let rowLine = -1;
  let cell = -1;
  for (const t of tokens) {
    if (t.type === 'table_open') t.attrJoin('class', 'nianbao-table');
    if (t.type === 'tr_open') {
      rowLine = t.map ? t.map[0] : rowLine;
      cell = -1;
    }
    if (t.type !== 'td_open' && t.type !== 'th_open') continue;
    cell++;
    const found = byCell.get(`${rowLine}:${cell}`);
    if (!found) continue;
    const worst = found.reduce((a, b) => (WEIGHT[b.severity] > WEIGHT[a.severity] ? b : a));
    t.attrJoin('class', `nianbao-finding nianbao-${worst.severity}`);
    t.attrSet('title', found.map((f) => `${f.code} ${f.message}`).join('\n'));
  }
}

/** Wraps every placeholder of the text in `<mark class="nianbao-placeholder">`. */
function markPlaceholders(state: State): void {
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    block.children = block.children.flatMap((t) => {
      if (t.type !== 'text' || t.content.search(PLACEHOLDER_RE) === -1) return [t];
      const out: Token[] = [];
      const text = (content: string) => Object.assign(new state.Token('text', '', 0), { content });
      let at = 0;
      for (const m of t.content.matchAll(PLACEHOLDER_RE)) {
        if (m.index > at) out.push(text(t.content.slice(at, m.index)));
        const open = new state.Token('nianbao_placeholder_open', 'mark', 1);
        open.attrSet('class', 'nianbao-placeholder');
        out.push(open, text(m[0]), new state.Token('nianbao_placeholder_close', 'mark', -1));
        at = m.index + m[0].length;
      }
      if (at < t.content.length) out.push(text(t.content.slice(at)));
      return out;
    });
  }
}

/**
 * The Markdown preview of a report: `notes` blocks as side notes, tables styled like the official ones,
 * the cells that carry findings marked with every message, and placeholders highlighted. Findings are
 * those of the document's own settings when `optionsFor` knows them (the defaults otherwise).
 */
export function previewPlugin(md: MarkdownIt, optionsFor: PreviewOptions = () => undefined): void {
  md.core.ruler.push('nianbao', (state) => {
    if (!looksLikeReport(state.src)) return;
    const options = optionsFor(state.src);
    markCells(state.tokens, findingsByCell(state.src, options));
    markPlaceholders(state);
    for (const t of state.tokens) if (t.type === 'fence') t.meta = { ...t.meta, nianbaoLocale: options?.locale };
  });
  const fence = md.renderer.rules.fence!;
  md.renderer.rules.fence = (tokens, idx, opts, env, self) => {
    const t = tokens[idx];
    if (t.info.trim().split(/\s+/)[0] !== 'notes') return fence(tokens, idx, opts, env, self);
    const title = t.meta?.nianbaoLocale === 'en' ? 'Notes' : t.meta?.nianbaoLocale ? '要点' : '要点 / notes';
    return (
      `<aside class="nianbao-notes"><div ` +
      `class="nianbao-notes-title">${title}</div><pre>${md.utils.escapeHtml(t.content)}</pre></aside>\n`
    );
  };
}
