// Every figure the extractors find, as observations: the same quantity may be
// stated by several tables and the narrative. The record picks one per
// quantity (record.ts); the checks compare them all (src/checks).
import { basicTotals, economicRows, expenditureTotals, functionRows, totalRow } from "./extract/budgetTables.ts";
import { narrativeObservations, threePublicStatement, type ThreePublicItem } from "./extract/narrative.ts";
import type { Observation } from "./extract/observation.ts";
import type { ProjectRow } from "./extract/projects.ts";
import { summaryObservations } from "./extract/summaries.ts";
import { ITEMS, threePublicFigures, type ThreePublicFigures } from "./extract/threePublic.ts";
import { budgetRows } from "./cells.ts";
import type { Micro } from "./decimal.ts";
import type { Document, Table, TableKind } from "./model.ts";

export const tablesOf = (doc: Document, kind: TableKind) => doc.tables.filter((t) => t.kind === kind);
export const tableOf = (doc: Document, kind: TableKind): Table | undefined => tablesOf(doc, kind)[0];

export interface TableObservations {
  observations: Observation[];
  /** Where 上年结转 is listed, so a blank there can be reconciled to zero. */
  carryOverLine: number | null;
}

/** Totals and function classes of the summary, expenditure and basic tables, and the narrative. */
export function tableObservations(doc: Document, year: number | null, projects: readonly ProjectRow[]): TableObservations {
  const observations: Observation[] = [];
  let carryOverLine: number | null = null;
  const summary = tableOf(doc, "incomeExpenditureSummary");
  if (summary) {
    const s = summaryObservations(summary, "incomeExpenditureSummary");
    observations.push(...s.observations);
    carryOverLine = s.carryOverLine;
  }
  const fiscal = tableOf(doc, "fiscalSummary");
  if (fiscal) {
    for (const o of summaryObservations(fiscal, "fiscalSummary").observations) {
      // 一般公共预算拨款收入 is the same money in both tables; everything else is 财政拨款 only.
      const key = o.key === "totals.generalBudgetAppropriation" ? o.key : `fiscal.${o.key.replace(/^totals\./, "")}`;
      observations.push({ ...o, key });
    }
  }
  const income = tableOf(doc, "incomeSummary");
  if (income) {
    const row = totalRow(budgetRows(income));
    if (row?.amounts.length) observations.push({ key: "totals.revenueTotal", value: row.amounts[0].value, line: row.amounts[0].line, source: "incomeSummary", label: row.label || "合计" });
  }

  // Hints for placing amounts where blank cells vanished: what other tables state.
  const basicTable = tableOf(doc, "basicExpenditure");
  const basicObs = basicTable ? basicTotals(basicTable) : [];
  const hints: Record<string, Micro> = {};
  const basicTotal = basicObs.find((o) => o.key === "totals.basicExpenditure");
  if (basicTotal) hints.basic = basicTotal.value;
  if (projects.length) hints.project = projects.reduce((s, p) => s + p.amount, 0n);

  const expenditure = tableOf(doc, "expenditureSummary");
  if (expenditure) {
    observations.push(...expenditureTotals(expenditure, "expenditureSummary", hints, year));
    for (const r of functionRows(expenditure, year).filter((r) => r.code.length === 3 && !r.unitCode)) {
      observations.push({ key: `functionalClasses.${r.code}`, value: r.amount, line: r.line, source: "expenditureSummary", label: r.name });
    }
  }
  const general = tableOf(doc, "generalBudget");
  if (general) {
    for (const o of expenditureTotals(general, "generalBudget", {}, year)) {
      observations.push({ ...o, key: o.key.replace(/^totals\.(basic|project)Expenditure$/, "general.$1") });
    }
    for (const r of functionRows(general, year).filter((r) => r.code.length === 3)) {
      observations.push({ key: `general.functionalClasses.${r.code}`, value: r.amount, line: r.line, source: "generalBudget", label: r.name });
    }
  }
  for (const o of basicObs) observations.push(o.key === "totals.basicExpenditure" ? { ...o, key: "general.basic" } : o);
  observations.push(...narrativeObservations(doc.narrative));
  return { observations, carryOverLine };
}

export interface ThreePublicObservations {
  observations: Observation[];
  prior: ThreePublicFigures | null;
  warnings: string[];
}

/** 三公: the table, placed with the narrative's and the classification's figures as hints. */
export function threePublicObservations(doc: Document, year: number | null): ThreePublicObservations {
  const observations: Observation[] = [];
  const warnings: string[] = [];
  const statement = threePublicStatement(doc.narrative);
  // The 2-1 table covers all fiscal spending; the 3-1 table only basic spending.
  const economicSource = tablesOf(doc, "fiscalEconomic").length ? tablesOf(doc, "fiscalEconomic") : tablesOf(doc, "basicExpenditure");
  const economic = economicSource.flatMap(economicRows);
  const econHints: Partial<Record<ThreePublicItem, Micro>> = {};
  for (const [item, codes] of [["reception", ["30217"]], ["vehicleOperation", ["30231"]], ["vehiclePurchase", ["30913", "31013"]]] as const) {
    const rows = economic.filter((r) => (codes as readonly string[]).includes(r.code));
    if (rows.length) econHints[item] = rows.reduce((s, r) => s + r.amount, 0n);
  }
  // The narrative speaks of the general-budget 三公 table; its figures outrank the classification's.
  const currentHints = { ...econHints };
  for (const item of ITEMS) {
    const f = statement?.current[item];
    if (f) currentHints[item] = f.value;
  }
  const hintsByYear: Record<number, Partial<Record<ThreePublicItem, Micro>>> = {};
  if (year) hintsByYear[year] = currentHints;
  if (statement?.priorYear) hintsByYear[statement.priorYear] = statement.prior;

  const table = tableOf(doc, "threePublic");
  const figures = table ? threePublicFigures(table, hintsByYear, year) : [];
  const current = figures.find((f) => f.year === year) ?? figures[figures.length - 1];
  const prior = figures.find((f) => f !== current && f.year !== null && year !== null && f.year < year) ?? null;
  for (const f of figures) {
    for (const w of f.ambiguous) warnings.push(`三公表 ${f.year ?? ""} ${w}: 空格被压缩，无法由表内算术唯一确定`);
  }
  for (const item of ITEMS) {
    const v = current?.values[item];
    if (v !== null && v !== undefined) observations.push({ key: `threePublic.${item}`, value: v, line: current.lines[item], source: "threePublic", label: item, state: current.blank.includes(item) ? "blank" : undefined });
  }
  const fund = tableOf(doc, "governmentFundThreePublic");
  const [fundFigures] = fund && !fund.emptyStatement ? threePublicFigures(fund, year ? { [year]: econHints } : {}, year) : [];
  for (const item of ITEMS) {
    const v = fundFigures?.values[item];
    if (v !== null && v !== undefined) observations.push({ key: `fund.threePublic.${item}`, value: v, line: fundFigures.lines[item], source: "governmentFundThreePublic", label: item });
  }
  for (const item of ITEMS) {
    const f = statement?.current[item];
    if (f) observations.push({ key: `threePublic.${item}`, value: f.value, line: f.line, source: "narrative", label: f.label });
  }
  return { observations, prior, warnings };
}
