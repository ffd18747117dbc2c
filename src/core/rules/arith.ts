import { APPLICANT_PARTS, REVIEW_PARTS } from '../formats/tables';
import { arithmeticValue, readNumber, type Tables } from '../tables';
import { defineRule, type Emitted } from './types';

/**
 * Whether the cells of `rows` × `columns` can be summed: each blank (read as 0, as published tables
 * mean it) or a number. A missing row, a row short of cells, or a cell that is not a number (the `？`
 * an import writes where it could not place a figure) is a gap: a sum that needs it is not checked,
 * since nobody could verify the alarm; NB203 and NB204 report the gap itself.
 */
function allReadable(
  tables: Tables,
  id: 'applications' | 'review',
  rows: readonly string[],
  columns: readonly string[],
) {
  const t = tables.get(id);
  if (!t) return false;
  for (const r of rows) {
    const row = t.rowByKey.get(r);
    if (!row) return false;
    for (const c of columns) {
      const index = t.columnIndex.get(c);
      const cell = index === undefined ? undefined : row.cells[index];
      if (!cell || readNumber(cell.text) === null) return false;
    }
  }
  return true;
}

/**
 * Whether section 三 would be consistent everywhere (row totals, result totals, balance) if `row` /
 * `column` held `value`. A total is only rewritten when that single change explains every failing
 * sum; otherwise which cell is wrong is a judgement, and no fix is offered.
 */
export function applicationsConsistentWith(tables: Tables, row?: string, column?: string, value?: number): boolean {
  const t = tables.get('applications');
  if (!t) return false;
  const dataRows = t.def.rows.filter((r) => !r.labelOnly).map((r) => r.key);
  const columns = t.def.columns.map((c) => c.key);
  if (!allReadable(tables, 'applications', dataRows, columns)) return false;
  const read = (r: string, c: string): number | undefined =>
    r === row && c === column && value !== undefined ? value : tables.number('applications', r, c);
  const v = (r: string, c: string): number => arithmeticValue(read, 'applications', r, c);
  const results = tables.resultRows();
  for (const r of dataRows) if (v(r, 'total') !== APPLICANT_PARTS.reduce((s, p) => s + v(r, p), 0)) return false;
  for (const c of columns) {
    if (v('T', c) !== results.reduce((s, r) => s + v(r, c), 0)) return false;
    if (v('R1', c) + v('R2', c) !== v('T', c) + v('R4', c)) return false;
  }
  return true;
}

/** A total cell that disagrees with its parts: reported on the total, fixed by writing the sum when that is certain. */
function totalFinding(
  tables: Tables,
  id: 'applications' | 'review',
  row: string,
  column: string,
  expected: number,
  message: Emitted['message'],
): Emitted | undefined {
  const cell = tables.cell(id, row, column);
  if (!cell || readNumber(cell.text) == null) return undefined;
  const certain = id === 'review' || applicationsConsistentWith(tables, row, column, expected);
  return {
    range: cell.range,
    message,
    related: [{ range: tables.get(id)!.rowByKey.get(row)!.cells[0].range, message: { zh: '本行', en: 'this row' } }],
    fix: certain
      ? {
          title: { zh: `改为 ${expected}`, en: `Set to ${expected}` },
          edits: [{ range: cell.range, newText: String(expected) }],
        }
      : undefined,
  };
}

/** Each data row's 总计 against the sum of its parts (NB301, NB304). */
function checkRowTotals(
  tables: Tables,
  id: 'applications' | 'review',
  parts: readonly string[],
  emit: (e: Emitted) => void,
  describe: (label: string, written: number, sum: number) => Emitted['message'],
): void {
  const t = tables.get(id);
  if (!t) return;
  for (const rowDef of t.def.rows) {
    if (rowDef.labelOnly || !t.rowByKey.has(rowDef.key) || !allReadable(tables, id, [rowDef.key], parts)) continue;
    const written = tables.number(id, rowDef.key, 'total');
    if (written === undefined) continue;
    const sum = parts.reduce((acc, c) => acc + tables.value(id, rowDef.key, c), 0);
    if (sum === written) continue;
    const f = totalFinding(tables, id, rowDef.key, 'total', sum, describe(rowDef.label, written, sum));
    if (f) emit(f);
  }
}

export const rowTotal = defineRule({
  code: 'NB301',
  name: 'arith.row-total',
  severity: 'error',
  fixable: true,
  title: { zh: '行合计不符', en: 'Row total mismatch' },
  description: {
    zh: '第三部分表格：某行的「总计」不等于自然人与五类法人或其他组织之和。',
    en: 'Section 三: a row’s 总计 differs from 自然人 + the five 法人或其他组织 columns.',
  },
  check({ tables }, emit) {
    checkRowTotals(tables, 'applications', APPLICANT_PARTS, emit, (label, written, sum) => ({
      zh: `「${label}」的总计为${written}，而自然人与法人或其他组织各列之和为${sum}，相差${written - sum}`,
      en: `“${label}”: 总计 is ${written} but the applicant columns add up to ${sum} (difference ${written - sum})`,
    }));
  },
});

export const resultTotal = defineRule({
  code: 'NB302',
  name: 'arith.result-total',
  severity: 'error',
  fixable: true,
  title: { zh: '办理结果总计不符', en: 'Result total mismatch' },
  description: {
    zh: '第三部分表格：「（七）总计」不等于各项办理结果之和（逐列）。',
    en: 'Section 三: （七）总计 differs from the sum of the result rows, per column.',
  },
  check({ tables }, emit) {
    const t = tables.get('applications');
    if (!t || !t.rowByKey.has('T')) return;
    const results = tables.resultRows();
    for (const col of t.def.columns) {
      const written = tables.number('applications', 'T', col.key);
      if (written === undefined || !allReadable(tables, 'applications', results, [col.key])) continue;
      const sum = tables.sum('applications', results, col.key);
      if (sum === written) continue;
      const f = totalFinding(tables, 'applications', 'T', col.key, sum, {
        zh: `（七）总计「${col.label}」列为${written}，而各项办理结果之和为${sum}，相差${written - sum}`,
        en: `（七）总计, column “${col.label}”: ${written}, but the results add up to ${sum} (difference ${written - sum})`,
      });
      if (f) emit(f);
    }
  },
});

export const balance = defineRule({
  code: 'NB303',
  name: 'arith.balance',
  severity: 'error',
  fixable: false,
  title: { zh: '勾稽关系不成立', en: 'Balance does not hold' },
  description: {
    zh: '第三部分表格的勾稽关系：第一项加第二项之和，应等于第三项（七）总计加第四项之和（逐列）。',
    en: 'Section 三: 一 + 二 must equal （七）总计 + 四 in every column.',
  },
  check({ tables }, emit) {
    const t = tables.get('applications');
    if (!t || !t.rowByKey.has('R1')) return;
    for (const col of t.def.columns) {
      if (!allReadable(tables, 'applications', ['R1', 'R2', 'T', 'R4'], [col.key])) continue;
      const r1 = tables.value('applications', 'R1', col.key);
      const r2 = tables.value('applications', 'R2', col.key);
      const total = tables.value('applications', 'T', col.key);
      const r4 = tables.value('applications', 'R4', col.key);
      const left = r1 + r2;
      const right = total + r4;
      if (left === right) continue;
      const range = tables.cellRange('applications', 'R1', col.key) ?? t.rowByKey.get('R1')!.range;
      const rel = (row: string, zh: string, en: string) => {
        const r = tables.cellRange('applications', row, col.key);
        return r ? [{ range: r, message: { zh, en } }] : [];
      };
      emit({
        range,
        message: {
          zh: `勾稽关系不成立（${col.label}）：一＋二＝${r1}＋${r2}＝${left}，（七）总计＋四＝${total}＋${r4}＝${right}，相差${left - right}`,
          en:
            `Balance fails (${col.label}): 一 + 二 = ${r1} + ${r2} = ${left}, （七）总计 + 四 = ` +
            `${total} + ${r4} = ${right}, difference ${left - right}`,
        },
        related: [
          ...rel('R2', '二、上年结转', '二 (carried over)'),
          ...rel('T', '（七）总计', '（七） (results total)'),
          ...rel('R4', '四、结转下年度继续办理', '四 (carried forward)'),
        ],
      });
    }
  },
});

export const reviewTotal = defineRule({
  code: 'NB304',
  name: 'arith.review-total',
  severity: 'error',
  fixable: true,
  title: { zh: '复议诉讼总计不符', en: 'Review total mismatch' },
  description: {
    zh: '第四部分表格：每组的「总计」应等于结果维持、结果纠正、其他结果、尚未审结之和。',
    en: 'Section 四: a group’s 总计 differs from 结果维持 + 结果纠正 + 其他结果 + 尚未审结.',
  },
  check({ tables }, emit) {
    checkRowTotals(tables, 'review', REVIEW_PARTS, emit, (label, written, sum) => ({
      zh: `「${label}」的总计为${written}，而结果维持、结果纠正、其他结果、尚未审结之和为${sum}`,
      en: `“${label}”: 总计 is ${written} but its four results add up to ${sum}`,
    }));
  },
});

export const carryOver = defineRule({
  code: 'NB305',
  name: 'arith.carry-over',
  severity: 'error',
  fixable: true,
  title: { zh: '上年结转与上年报告不符', en: 'Carry-over differs from last year' },
  description: {
    zh: '「二、上年结转政府信息公开申请数量」应等于上年报告的「四、结转下年度继续办理」（逐列，需 previous）。',
    en: '二、上年结转 must equal last year’s 四、结转下年度继续办理 in every column (needs previous).',
  },
  check({ tables, previous }, emit) {
    const t = tables.get('applications');
    const p = previous?.tables.get('applications');
    if (!t || !p || !previous || !p.rowByKey.has('R4')) return;
    for (const col of t.def.columns) {
      const cell = tables.cell('applications', 'R2', col.key);
      const written = tables.number('applications', 'R2', col.key);
      const last = previous.tables.number('applications', 'R4', col.key);
      if (!cell || written === undefined || last === undefined || written === last) continue;
      const prevCell = previous.tables.cellRange('applications', 'R4', col.key);
      emit({
        range: cell.range,
        message: {
          zh: `上年结转（${col.label}）为${written}，上年报告结转下年度继续办理为${last}`,
          en: `Carried over (${col.label}) is ${written}; last year’s report carried forward ${last}`,
        },
        related: prevCell
          ? [
              {
                range: prevCell,
                message: { zh: '上年报告：四、结转下年度继续办理', en: 'last year: 四、结转下年度继续办理' },
                path: previous.path,
              },
            ]
          : [],
        fix: {
          title: { zh: `改为上年的 ${last}`, en: `Set to last year’s ${last}` },
          edits: [{ range: cell.range, newText: String(last) }],
        },
      });
    }
  },
});

export const validDocuments = defineRule({
  code: 'NB306',
  name: 'arith.valid-documents',
  severity: 'warning',
  fixable: false,
  title: { zh: '现行有效件数与上年不衔接', en: 'Valid documents do not follow from last year' },
  description: {
    zh: '2021年版：现行有效件数应等于上年现行有效件数加本年制发件数减本年废止件数（需 previous）。',
    en: '2021 format: 现行有效件数 must equal last year’s + 本年制发件数 − 本年废止件数 (needs previous).',
  },
  check({ tables, previous, format }, emit) {
    if (format.version !== '2021' || !previous || previous.tables.format.version !== '2021') return;
    const t = tables.get('item1');
    if (!t) return;
    for (const rowDef of t.def.rows) {
      const cell = tables.cell('item1', rowDef.key, 'valid');
      const valid = tables.number('item1', rowDef.key, 'valid');
      const issued = tables.number('item1', rowDef.key, 'issued');
      const repealed = tables.number('item1', rowDef.key, 'repealed');
      const last = previous.tables.number('item1', rowDef.key, 'valid');
      if (!cell || valid === undefined || issued === undefined || repealed === undefined || last === undefined)
        continue;
      const expected = last + issued - repealed;
      if (expected === valid) continue;
      emit({
        range: cell.range,
        message: {
          zh: `「${rowDef.label}」现行有效件数为${valid}，按上年${last}＋本年制发${issued}－本年废止${repealed}应为${expected}`,
          en:
            `“${rowDef.label}”: 现行有效件数 is ${valid}; last year’s ${last} + ${issued} issued − ` +
            `${repealed} repealed gives ${expected}`,
        },
      });
    }
  },
});

export const arithRules = [rowTotal, resultTotal, balance, reviewTotal, carryOver, validDocuments];
