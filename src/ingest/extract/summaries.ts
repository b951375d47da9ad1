// 部门收支总表 and 财政拨款收支总表: two-sided tables of label → amount pairs.
// A label owns the amount that follows it, so dropped blank cells do not
// shift any figure.
import { isAmountText, parseAmount } from "../decimal.ts";
import { functionClassCode, stripNumbering } from "../classification.ts";
import type { Table } from "../model.ts";
import type { Observation, Source } from "./observation.ts";

export interface Pair {
  label: string;
  /** First amount after the label (合计 column). */
  amount: Observation["value"] | null;
  line: number;
}

const strip = (s: string) => stripNumbering(s).replace(/^其中[:：]/, "");

export function pairs(table: Table): Pair[] {
  const out: Pair[] = [];
  for (const row of table.rows) {
    const cells = row.cells.filter((c) => c.text.trim() !== "");
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i];
      if (isAmountText(c.text)) continue;
      const next = cells[i + 1];
      const amount = next && isAmountText(next.text) ? parseAmount(next.text, table.unit ?? "万元") : null;
      out.push({ label: strip(c.text), amount, line: amount !== null ? next.line : c.line });
    }
  }
  return out;
}

interface SummaryFacts {
  observations: Observation[];
  /** A 上年结转 row exists, so a blank there can be reconciled to zero. */
  carryOverLine: number | null;
}

/** Pairs of a summary table, as observations of totals and function classes. */
export function summaryObservations(table: Table, source: Source): SummaryFacts {
  const observations: Observation[] = [];
  let carryOverLine: number | null = null;
  const see = (key: string, p: Pair) => {
    if (p.amount !== null) observations.push({ key, value: p.amount, line: p.line, source, label: p.label });
  };
  for (const p of pairs(table)) {
    const l = p.label;
    if (/^收入总计$/.test(l)) see("totals.revenueTotal", p);
    else if (/^支出总计$/.test(l)) see("totals.expenditureTotal", p);
    else if (/^本年收入(合计)?$/.test(l) || /^收入合计$/.test(l)) see("summary.currentRevenue", p);
    else if (/^本年支出(合计)?$/.test(l) || /^支出合计$/.test(l)) see("summary.currentExpenditure", p);
    else if (/^上年结转/.test(l)) {
      carryOverLine ??= p.line;
      see("totals.carryOver", p);
    } else if (/^一般公共预算(拨款|财政拨款)?(收入|资金)?$/.test(l) && !/支出/.test(l)) {
      if (!observations.some((o) => o.key === "totals.generalBudgetAppropriation")) see("totals.generalBudgetAppropriation", p);
    } else if (/支出$/.test(l)) {
      const code = functionClassCode(l);
      if (code) see(`functionalClasses.${code}`, p);
    }
  }
  return { observations, carryOverLine };
}
