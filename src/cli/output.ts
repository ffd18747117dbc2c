import type { CheckOutput } from '../../schemas/checkOutput';
import { type Locale, RULES } from '../core';
import type { FileResult } from './checkFile';

const VERSION = '0.1.0';

/** `path:line:col  severity  CODE  message`, one line per finding (1-based positions). */
export function formatText(results: readonly FileResult[], locale: Locale): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const r of results) {
    for (const f of r.findings) {
      lines.push(
        `${r.path}:${f.range.start.line + 1}:${f.range.start.character + 1}  ` +
          `${f.severity.padEnd(7)}  ${f.code}  ${f.message}`,
      );
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else infos++;
    }
  }
  const fixable = results.reduce((n, r) => n + r.findings.filter((f) => f.fix).length, 0);
  const files = results.filter((r) => !r.error).length;
  lines.push(
    locale === 'en'
      ? `${files} file(s) checked: ${errors} error(s), ${warnings} warning(s), ${infos} ` +
          `info${fixable ? `; ${fixable} fixable with --fix` : ''}`
      : `已检查 ${files} 个文件：错误 ${errors} 个，警告 ${warnings} 个，提示 ${infos} ` +
          `个${fixable ? `；其中 ${fixable} 个可用 --fix 自动修复` : ''}`,
  );
  lines.push(...rulesOffLines(results, locale));
  return lines.join('\n') + '\n';
}

/** One line per configuration file that turned rules off: which file, which rules, for how many reports. */
function rulesOffLines(results: readonly FileResult[], locale: Locale): string[] {
  const byConfig = new Map<string, { rules: string[]; files: number }>();
  for (const r of results)
    if (r.rulesOff && !r.error) {
      const entry = byConfig.get(r.rulesOff.config) ?? { rules: r.rulesOff.rules, files: 0 };
      entry.files++;
      byConfig.set(r.rulesOff.config, entry);
    }
  return [...byConfig].map(([config, { rules, files }]) =>
    locale === 'en'
      ? `rules turned off by ${config}: ${rules.join(', ')} (for ${files === 1 ? '1 file' : `${files} files`})`
      : `配置文件 ${config} 关闭了规则：${rules.join('、')}（涉及 ${files} 个文件）`,
  );
}

/** The JSON contract of rules.md. */
export function toJson(results: readonly FileResult[]): CheckOutput {
  return {
    version: 1,
    files: results
      .filter((r) => !r.error)
      .map((r) => ({
        path: r.path,
        agency: r.agency ?? null,
        year: r.year ?? null,
        format: r.format,
        ...(r.rulesOff && { rulesOff: r.rulesOff }),
        findings: r.findings.map((f) => ({
          code: f.code,
          name: f.name,
          severity: f.severity,
          message: f.message,
          line: f.range.start.line + 1,
          column: f.range.start.character + 1,
          endLine: f.range.end.line + 1,
          endColumn: f.range.end.character + 1,
          fixable: f.fix !== undefined,
        })),
      })),
  };
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** SARIF 2.1.0, one run, rule ids = codes. */
export function toSarif(results: readonly FileResult[], locale: Locale): object {
  const index = new Map(RULES.map((r, i) => [r.code, i]));
  const region = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) => ({
    startLine: r.start.line + 1,
    startColumn: r.start.character + 1,
    endLine: r.end.line + 1,
    endColumn: r.end.character + 1,
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'nianbao',
            version: VERSION,
            rules: RULES.map((r) => ({
              id: r.code,
              name: r.name,
              shortDescription: { text: locale === 'en' ? r.title.en : r.title.zh },
              fullDescription: { text: locale === 'en' ? r.description.en : r.description.zh },
              defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
              properties: { fixable: r.fixable },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((file) =>
          file.findings.map((f) => ({
            ruleId: f.code,
            ruleIndex: index.get(f.code),
            level: SARIF_LEVEL[f.severity],
            message: { text: f.message },
            locations: [{ physicalLocation: { artifactLocation: { uri: toUri(file.path) }, region: region(f.range) } }],
            relatedLocations: f.related.map((rel, id) => ({
              id,
              message: { text: rel.message },
              physicalLocation: {
                artifactLocation: { uri: toUri(rel.path ? relativeTo(file.path, rel.path) : file.path) },
                region: region(rel.range),
              },
            })),
          })),
        ),
      },
    ],
  };
}

function toUri(path: string): string {
  return path.split(/[\\/]/).map(encodeURIComponent).join('/');
}

function relativeTo(file: string, ref: string): string {
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  return dir + ref;
}
