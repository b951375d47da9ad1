// Reading a table row as budget data: leading codes, a label, then amounts.
// Works on any layout because it relies on what cells contain, not where.
import { isAmountText, parseAmount, type Micro, type Unit } from "./decimal.ts";
import { compact } from "./lines.ts";
import type { Row, Table } from "./model.ts";

export interface Amount {
  value: Micro;
  line: number;
  text: string;
}

export interface BudgetRow {
  codes: string[];
  label: string;
  amounts: Amount[];
  line: number;
  row: Row;
}

const CODE = /^\d{1,8}$/;
const HAN = /[\u4e00-\u9fff]/;

export function readRow(row: Row, unit: Unit | null): BudgetRow {
  const codes: string[] = [];
  const labels: string[] = [];
  const amounts: Amount[] = [];
  const cells = row.cells.filter((c) => c.text.trim());
  for (const [i, c] of cells.entries()) {
    const t = c.text.trim();
    // 序号: a small leading integer before the first text cell.
    if (i === 0 && /^\d{1,3}$/.test(t) && cells[1] && /[\u4e00-\u9fff]/.test(cells[1].text) && !/^\d{3}$/.test(t)) continue;
    if (!labels.length && !amounts.length && CODE.test(t) && !/\./.test(t) && codeLike(t)) {
      codes.push(t);
      continue;
    }
    if (isAmountText(t) && (labels.length || amounts.length || !codeLike(t))) {
      const value = parseAmount(t, unit ?? "万元");
      if (value !== null) amounts.push({ value, line: c.line, text: t });
      continue;
    }
    if (amounts.length && HAN.test(t)) {
      // Text after amounts (the right half of a two-sided summary table) stays in order.
      labels.push("\u0000" + t);
      continue;
    }
    labels.push(t);
  }
  return { codes, label: labels.filter((l) => !l.startsWith("\u0000")).join(""), amounts, line: row.line, row };
}

/** Classification and unit codes: 2–8 digits, with 2-digit 款/项 parts allowed. */
function codeLike(t: string): boolean {
  return /^\d{2,8}$/.test(t) && !/^0\d{3,}/.test(t);
}

// Several extractors read the same table: read its rows once.
const cache = new WeakMap<Table, BudgetRow[]>();

export function budgetRows(table: Table): BudgetRow[] {
  let rows = cache.get(table);
  if (!rows) cache.set(table, (rows = table.rows.map((r) => readRow(r, table.unit))));
  return rows;
}

/** 功能分类 code from "208 05 05", "2080505" or "208". */
export function functionCode(codes: readonly string[]): string | null {
  if (!codes.length) return null;
  if (/^2\d{2}$/.test(codes[0])) {
    let code = codes[0];
    for (const part of codes.slice(1, 3)) {
      if (/^\d{2}$/.test(part)) code += part;
      else break;
    }
    return code;
  }
  return /^2\d{2}(\d{2}){0,2}$/.test(codes[0]) ? codes[0] : null;
}

/** 经济分类 code: the most specific of "302 01 30201" or "30201". */
export function economicCode(codes: readonly string[]): string | null {
  const full = codes.filter((c) => /^3\d{2}(\d{2}){0,2}$/.test(c));
  if (!full.length) return null;
  const longest = full.reduce((a, b) => (b.length > a.length ? b : a));
  if (longest.length === 3 && /^\d{2}$/.test(codes[1] ?? "")) return longest + codes[1];
  return longest;
}

/** 单位代码: a 6–7 digit code that is not part of a classification code. */
export function unitCode(codes: readonly string[]): string | null {
  const fn = functionCode(codes);
  const rest = fn && codes[0].length === 3 ? codes.slice(1 + (fn.length - 3) / 2) : codes;
  return rest.find((c) => /^\d{6,7}$/.test(c) && !/^3\d{4,6}$/.test(c)) ?? null;
}

export function isTotalLabel(label: string): boolean {
  return /^(合计|总计)$/.test(compact(label));
}
