// 部门支出总表, 一般公共预算支出表 and 一般公共预算基本支出表: a 合计 row and
// rows by classification code.
import { budgetRows, economicCode, functionCode, isTotalLabel, unitCode, type BudgetRow } from "../cells.ts";
import type { Micro } from "../decimal.ts";
import type { Table } from "../model.ts";
import { place, type Identity } from "../place.ts";
import type { Observation, Source } from "./observation.ts";

/**
 * Leading columns that hold an earlier year's budget ("2025年预算数" before
 * "2026年预算数"): their amounts come first in each row and are skipped.
 */
export function priorYearColumns(table: Table, year: number | null): number {
  if (year === null) return 0;
  for (const r of table.rows) {
    if (r.cells.some((c) => /\d\.\d/.test(c.text))) break;
    const years = r.cells.map((c) => /^(20\d\d)年(?:预算数|预算)$/.exec(c.text.replace(/\s+/g, ""))?.[1]).filter(Boolean).map(Number);
    if (years.includes(year)) return years.filter((y) => y < year).length;
  }
  return 0;
}

const current = (row: BudgetRow, skip: number): BudgetRow => (skip ? { ...row, amounts: row.amounts.slice(skip) } : row);

/** The first 合计 row, or the first row of amounts when the label vanished. */
export function totalRow(rows: readonly BudgetRow[]): BudgetRow | undefined {
  return rows.find((r) => isTotalLabel(r.label) && r.amounts.length) ?? rows.find((r) => !r.label && !r.codes.length && r.amounts.length);
}

/**
 * Split a 合计 row into total and parts. When blanks vanished, the parts are
 * placed by the identity total = Σ parts and by what other tables state.
 */
export function splitTotal(
  row: BudgetRow,
  parts: string[],
  hints: Record<string, Micro>,
): { values: Record<string, Micro | null>; lines: Record<string, number>; violated: boolean } {
  const columns = ["total", ...parts];
  const amounts = row.amounts.slice(0, columns.length);
  const identities: Identity[] = [{ total: "total", parts }];
  const placed = place(amounts.map((a) => a.value), columns, identities, hints);
  const values: Record<string, Micro | null> = {};
  const lines: Record<string, number> = {};
  for (const col of columns) {
    values[col] = placed?.values[col] ?? null;
    const k = placed?.from[col];
    lines[col] = k === undefined ? row.line : row.amounts[k].line;
  }
  return { values, lines, violated: !!placed?.violated.length };
}

export interface ClassRow {
  code: string;
  name: string;
  amount: Micro;
  line: number;
  unitCode: string | null;
}

/** Rows carrying a 功能分类 code, with their first (合计) amount of the budget year. */
export function functionRows(table: Table, year: number | null = null): ClassRow[] {
  const skip = priorYearColumns(table, year);
  return budgetRows(table)
    .map((r) => ({ r: current(r, skip), code: functionCode(r.codes) }))
    .filter(({ r, code }) => code && r.amounts.length && r.label)
    .map(({ r, code }) => ({ code: code!, name: r.label, amount: r.amounts[0].value, line: r.amounts[0].line, unitCode: unitCode(r.codes) }));
}

/** Rows carrying a 经济分类 code, per budget unit. */
export function economicRows(table: Table): ClassRow[] {
  let unit: string | null = null;
  const out: ClassRow[] = [];
  for (const r of budgetRows(table)) {
    const econ = economicCode(r.codes);
    if (!econ) {
      const u = r.codes.find((c) => /^\d{6,7}$/.test(c));
      if (u) unit = u;
      continue;
    }
    if (!r.amounts.length || !r.label) continue;
    out.push({ code: econ, name: r.label, amount: r.amounts[0].value, line: r.amounts[0].line, unitCode: unit });
  }
  return out;
}

/** Observations of a 支出 table's 合计 row: total, basic and project. */
export function expenditureTotals(table: Table, source: Source, hints: Record<string, Micro>, year: number | null = null): Observation[] {
  const found = totalRow(budgetRows(table));
  if (!found) return [];
  const row = current(found, priorYearColumns(table, year));
  // Only a table whose header names 基本支出 and 项目支出 splits its total so.
  const header = table.rows.slice(0, table.rows.indexOf(found.row)).map((r) => r.cells.map((c) => c.text).join("")).join("");
  const split = /基本支出/.test(header) && /项目支出/.test(header);
  const whole = { values: { total: row.amounts[0]?.value ?? null }, lines: { total: row.amounts[0]?.line ?? row.line } };
  const { values, lines }: { values: Record<string, Micro | null>; lines: Record<string, number> } = split ? splitTotal(row, ["basic", "project"], hints) : whole;
  const keys: Record<string, string> = {
    total: source === "generalBudget" ? "general.total" : "totals.expenditureTotal",
    basic: "totals.basicExpenditure",
    project: "totals.projectExpenditure",
  };
  const out: Observation[] = [];
  for (const col of ["total", "basic", "project"]) {
    const v = values[col] ?? null;
    if (v !== null && v !== undefined) out.push({ key: keys[col], value: v, line: lines[col], source, label: row.label || "合计" });
  }
  // Blank parts reconciled by the total are stated zeros.
  if (!split) return out;
  if (values.total !== null && values.basic === null && values.project !== null && values.total === values.project) {
    out.push({ key: keys.basic, value: 0n, line: row.line, source, label: "合计", state: "blank" });
  }
  if (values.total !== null && values.project === null && values.basic !== null && values.total === values.basic) {
    out.push({ key: keys.project, value: 0n, line: row.line, source, label: "合计", state: "blank" });
  }
  return out;
}

/** 基本支出表: 合计 = 人员经费 + 公用经费. */
export function basicTotals(table: Table): Observation[] {
  const row = totalRow(budgetRows(table));
  if (!row) return [];
  const { values, lines } = splitTotal(row, ["personnel", "public"], {});
  const keys: Record<string, string> = {
    total: "totals.basicExpenditure",
    personnel: "totals.personnelExpenditure",
    public: "totals.publicExpenditure",
  };
  return Object.entries(keys)
    .filter(([col]) => values[col] !== null && values[col] !== undefined)
    .map(([col, key]) => ({ key, value: values[col]!, line: lines[col], source: "basicExpenditure" as const, label: row.label || "合计" }));
}
