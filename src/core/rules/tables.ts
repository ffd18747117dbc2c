import type { ColumnDef } from '../formats/types';
import { rangeOf, type Cell } from '../model';
import { readNumber, TOTAL_PARTS, UNKNOWN_CELL, valueProblem, type Tables } from '../tables';
import { sectionOf } from './prose';
import { defineRule, type Emitted, type Text } from './types';

export const formatVersion = defineRule({
  code: 'NB201',
  name: 'table.format-version',
  severity: 'error',
  fixable: false,
  title: { zh: '表格格式版本不符', en: 'Wrong format version' },
  description: {
    zh: '2021年及以后的报告使用了2019年版表格，2019、2020年的报告使用了2021年版表格，或两版混用。',
    en: 'The tables follow the wrong format version for the year, or mix both.',
  },
  check({ report, evidence, yearFormat, declaredFormat }, emit) {
    const of = (v: string) => evidence.filter((e) => e.version === v);
    const v2019 = of('2019');
    const v2021 = of('2021');
    if (v2019.length && v2021.length) {
      const minority = v2019.length <= v2021.length ? v2019[0] : v2021[0];
      const majority = minority.version === '2019' ? v2021[0] : v2019[0];
      emit({
        range: minority.range,
        message: {
          zh: `表格混用了两版格式：「${minority.label}」属于${minority.version}年版，「${majority.label}」属于${majority.version}年版`,
          en:
            `The tables mix both formats: “${minority.label}” is ${minority.version}, ` +
            `“${majority.label}” is ${majority.version}`,
        },
        related: [
          { range: majority.range, message: { zh: `${majority.version}年版`, en: `${majority.version} format` } },
        ],
      });
      return;
    }
    const shown = evidence[0];
    if (!shown) return;
    if (yearFormat && shown.version !== yearFormat) {
      emit({
        range: shown.range,
        message: {
          zh: `${report.year}年度报告应使用${yearFormat}年版表格，但「${shown.label}」属于${shown.version}年版`,
          en:
            `A report for ${report.year} must use the ${yearFormat} format, but ` +
            `“${shown.label}” belongs to the ${shown.version} format`,
        },
      });
    } else if (declaredFormat && shown.version !== declaredFormat && report.frontMatter) {
      emit({
        range: shown.range,
        message: {
          zh: `前置信息声明 format: ${declaredFormat}，但表格「${shown.label}」属于${shown.version}年版`,
          en:
            `The front matter says format: ${declaredFormat}, but “${shown.label}” belongs ` +
            `to the ${shown.version} format`,
        },
        related: [{ range: report.frontMatter.range, message: { zh: '前置信息', en: 'front matter' } }],
      });
    }
  },
});

export const tableLabel = defineRule({
  code: 'NB202',
  name: 'table.label',
  severity: 'warning',
  fixable: true,
  title: { zh: '表格标签与官方文字不一致', en: 'Table label differs from the official text' },
  description: {
    zh: '表题、列名或行名不是官方文字，但在规范化（全半角、空格、换行、繁体、错别字、条款号）后与之对应。',
    en: 'A caption, column header or row label is not the official text but matches it after normalising.',
  },
  check({ tables }, emit) {
    for (const t of tables.byId.values()) {
      for (const l of t.labels) {
        if (l.deviation.kind !== 'wording') continue;
        emit({
          range: l.cell.range,
          message: {
            zh: `「${l.cell.text}」应为官方表述「${l.official}」`,
            en: `“${l.cell.text}” should read “${l.official}” (the official label)`,
          },
          fix: {
            title: { zh: `改为「${l.official}」`, en: `Replace with “${l.official}”` },
            edits: [{ range: l.cell.range, newText: l.official }],
          },
        });
      }
    }
  },
});

/** Whether every cell of `rows` in `column` is present and readable (blank counts 0; ？ or text do not). */
function known(tables: Tables, rows: readonly string[], column: string): boolean {
  return rows.every((r) => {
    if (!tables.get('applications')?.rowByKey.has(r)) return false;
    const cell = tables.cell('applications', r, column);
    return !cell || readNumber(cell.text) !== null;
  });
}

/**
 * What a missing row's cell is inserted with: （七）总计 is the sum of the results, 四 is 一 + 二 − （七）,
 * a single missing result is （七） less the other results, when every row they come from is there and
 * readable; any other figure is unknown,
 * so the row is inserted with ？ for the writer to fill in (NB204 reports it): a fix never invents a figure.
 */
function derivedValue(tables: Tables, id: string, row: string, column: string): string {
  if (id !== 'applications') return UNKNOWN_CELL;
  const results = tables.resultRows();
  if (row === 'T' && known(tables, results, column)) return String(tables.sum('applications', results, column));
  if (row === 'R4' && known(tables, ['R1', 'R2', ...results], column)) {
    const rest =
      tables.value('applications', 'R1', column) +
      tables.value('applications', 'R2', column) -
      tables.sum('applications', results, column);
    if (rest >= 0) return String(rest);
  }
  const others = results.filter((r) => r !== row);
  if (others.length < results.length && known(tables, ['T', ...others], column)) {
    const rest = tables.value('applications', 'T', column) - tables.sum('applications', others, column);
    if (rest >= 0) return String(rest);
  }
  return UNKNOWN_CELL;
}

export const tableShape = defineRule({
  code: 'NB203',
  name: 'table.shape',
  severity: 'error',
  fixable: true,
  title: { zh: '表格结构不完整', en: 'Table shape' },
  description: {
    zh: '缺少必需的表格、行或列，出现无法识别的行，或某行单元格数与表头不符。',
    en: 'A required table, row or column is missing, an unknown row appears, or a row has the wrong number of cells.',
  },
  check({ report, tables, format }, emit) {
    for (const def of format.tables) {
      const matched = tables.get(def.id);
      const section = sectionOf(report, def.section);
      if (!matched) {
        if (section)
          emit({
            range: section.heading.textRange,
            message: {
              zh: `第${def.section}部分缺少表格「${def.caption}」（${format.version}年版）`,
              en: `Section ${def.section} lacks the table “${def.caption}” (${format.version} format)`,
            },
          });
        continue;
      }
      const { table } = matched;
      const width = table.header.cells.length;
      for (const col of def.columns) {
        if (matched.columnIndex.has(col.key)) continue;
        emit({
          range: table.header.range,
          message: {
            zh: `表格「${def.caption}」缺少列「${col.label}」`,
            en: `Table “${def.caption}” lacks the column “${col.label}”`,
          },
        });
      }
      for (const cell of matched.unknownColumns)
        emit({
          range: cell.range,
          message: {
            zh: `表格「${def.caption}」中无法识别的列「${cell.text}」`,
            en: `Unknown column “${cell.text}” in table “${def.caption}”`,
          },
        });
      for (const row of matched.unknownRows)
        emit({
          range: row.cells[0]?.range ?? row.range,
          message: {
            zh: `表格「${def.caption}」中无法识别的行「${row.cells[0]?.text ?? ''}」`,
            en: `Unknown row “${row.cells[0]?.text ?? ''}” in table “${def.caption}”`,
          },
        });
      def.rows.forEach((rowDef, k) => {
        if (matched.rowByKey.has(rowDef.key)) return;
        // The place is certain when the official row before it is present (or it is the first row).
        const prevKey = def.rows
          .slice(0, k)
          .reverse()
          .find((r) => matched.rowByKey.has(r.key))?.key;
        const prev = prevKey ? matched.rowByKey.get(prevKey) : undefined;
        const afterLine = prev ? prev.line : k === 0 ? table.delimiterLine : undefined;
        const cells = def.columns.map((col) =>
          rowDef.labelOnly ? ' ' : ` ${derivedValue(tables, def.id, rowDef.key, col.key)} `,
        );
        // Only in an otherwise sound table: a missing row may hide in a malformed or unknown one.
        const sound = matched.unknownRows.length === 0 && table.rows.every((r) => r.cells.length === width);
        const fix =
          afterLine !== undefined && sound && matched.columnIndex.size === def.columns.length
            ? (() => {
                const at = report.lineOffsets[afterLine + 1] ?? report.text.length;
                const lead = at === report.text.length && !report.text.endsWith('\n') ? '\n' : '';
                return {
                  title: { zh: `插入行「${rowDef.label}」`, en: `Insert the row “${rowDef.label}”` },
                  edits: [
                    {
                      range: rangeOf(report.lineOffsets, at, at),
                      newText: `${lead}| ${rowDef.label} |${cells.join('|')}|\n`,
                    },
                  ],
                };
              })()
            : undefined;
        emit({
          range: prev?.range ?? table.header.range,
          message: {
            zh: `表格「${def.caption}」缺少行「${rowDef.label}」`,
            en: `Table “${def.caption}” lacks the row “${rowDef.label}”`,
          },
          fix,
        });
      });
      for (const row of table.rows) {
        if (row.cells.length === width) continue;
        emit({
          range: row.range,
          message: {
            zh: `「${row.cells[0]?.text ?? ''}」一行有${row.cells.length}个单元格，表头有${width}个`,
            en: `The row “${row.cells[0]?.text ?? ''}” has ${row.cells.length} cells; the header has ${width}`,
          },
        });
      }
    }
  },
});

const KIND_TEXT: Record<ColumnDef['kind'], { zh: string; en: string }> = {
  count: { zh: '非负整数', en: 'a whole number ≥ 0' },
  delta: { zh: '整数（可为负）', en: 'a whole number (may be negative)' },
  amount: { zh: '非负数（可带小数）', en: 'a number ≥ 0 (decimals allowed)' },
  amountWithUnit: { zh: '带单位的金额（如 251000元）', en: 'an amount with its unit (e.g. 251000元)' },
};

/** A blank numeric cell, where it is, and what its fix writes (undefined when no value is certain). */
interface Blank {
  cell: Cell;
  where: Text;
  fill?: number;
}

/** The one finding for the blank cells of a table: the first as its place, all as related, one fix. */
function blanksFinding(caption: string, blanks: readonly Blank[]): Emitted {
  const first = blanks[0];
  const fillable = blanks.filter((b) => b.fill !== undefined);
  const single = blanks.length === 1;
  const title = single
    ? { zh: `填写${first.fill}`, en: `Write ${first.fill}` }
    : {
        zh: `在${fillable.length}个空单元格中填写0（空的总计填写该行之和）`,
        en: `Fill ${fillable.length} empty cells with 0 (an empty total with its row’s sum)`,
      };
  return {
    range: first.cell.range,
    message: single
      ? { zh: `${first.where.zh}为空：应填写数字，没有就写0`, en: `${first.where.en} is empty: write the number, or 0` }
      : {
          zh: `表格「${caption}」有${blanks.length}个空单元格（第一个为${first.where.zh}）：应填写数字，没有就写0`,
          en:
            `Table “${caption}” has ${blanks.length} empty cells (the first: ` +
            `${first.where.en}): write the numbers, or 0`,
        },
    related: blanks.map((b) => ({
      range: b.cell.range,
      message: { zh: `${b.where.zh}为空`, en: `${b.where.en} is empty` },
    })),
    fix: fillable.length
      ? { title, edits: fillable.map((b) => ({ range: b.cell.span, newText: ` ${b.fill} ` })) }
      : undefined,
  };
}

/** The cells of a row an import could not fill (`？`): one finding, the other cells related. */
function unknownFinding(label: string, cells: readonly Cell[]): Emitted {
  return {
    range: cells[0].range,
    message: {
      zh: `「${label}」一行有${cells.length}个数字尚未确定（标为「${UNKNOWN_CELL}」：导入时原文无法确定，或补入缺行时无从得知），请填写`,
      en:
        `${cells.length === 1 ? 'A figure' : `${cells.length} figures`} of “${label}” ` +
        `${cells.length === 1 ? 'is' : 'are'} not known (marked “${UNKNOWN_CELL}”: the ` +
        `source was unclear on import, or the row was inserted by a fix); fill ` +
        `${cells.length === 1 ? 'it' : 'them'} in`,
    },
    related: cells
      .slice(1)
      .map((c) => ({ range: c.range, message: { zh: '未能确定的数字', en: 'undetermined figure' } })),
  };
}

export const cellValue = defineRule({
  code: 'NB204',
  name: 'table.cell-value',
  severity: 'error',
  fixable: true,
  title: { zh: '单元格数值不合规', en: 'Invalid cell value' },
  description: {
    zh: '数值单元格为空、不是数字、不应为负却为负、计数带小数，或2019年版采购总金额缺少单位。空单元格不等于0；一张表的空单元格合为一条，每个空单元格列为相关位置，一次修复全部填写0（空的总计填写该行之和）。',
    en:
      'A numeric cell is empty, not a number, negative where it cannot be, or has ' +
      'decimals where counts are whole. The empty cells of a table are one finding ' +
      'with one fix.',
  },
  check({ tables }, emit) {
    for (const t of tables.byId.values()) {
      const blanks: Blank[] = [];
      for (const rowDef of t.def.rows) {
        const row = t.rowByKey.get(rowDef.key);
        if (!row || rowDef.labelOnly) continue;
        const unknown: Cell[] = [];
        for (const col of t.def.columns) {
          const index = t.columnIndex.get(col.key);
          const cell = index === undefined ? undefined : row.cells[index];
          if (!cell) continue;
          const where = { zh: `「${rowDef.label}」的「${col.label}」`, en: `“${rowDef.label}” / “${col.label}”` };
          const v = readNumber(cell.text);
          if (v === undefined) {
            // A blank total is determined by its row; any other blank cell is most likely 0. In a row
            // short of or over its cells the blank may be an artefact, so nothing is written there.
            const fill = col.key === 'total' && TOTAL_PARTS[t.def.id] ? tables.sumOfParts(t.def.id, rowDef.key) : 0;
            const sound = row.cells.length === t.table.header.cells.length;
            blanks.push({ cell, where, fill: sound ? fill : undefined });
            continue;
          }
          if (cell.text === UNKNOWN_CELL) {
            unknown.push(cell);
            continue;
          }
          const problem = v === null ? 'nan' : valueProblem(v, col.kind);
          if (!problem) continue;
          const expected = KIND_TEXT[col.kind];
          emit({
            range: cell.range,
            message: {
              zh: `${where.zh}为「${cell.text}」，应为${expected.zh}`,
              en: `${where.en} holds “${cell.text}”; expected ${expected.en}`,
            },
          });
        }
        if (unknown.length) emit(unknownFinding(rowDef.label, unknown));
      }
      if (blanks.length) emit(blanksFinding(t.def.caption, blanks));
    }
  },
});

export const tableRules = [formatVersion, tableLabel, tableShape, cellValue];
