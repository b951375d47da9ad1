// Layer 4: one department record from the document model. Each extractor
// reports observations; the record takes, for each quantity, the figure of
// the most authoritative table that states it, and keeps the line.
import { pinyin } from "pinyin-pro";
import type { Department, Indicator, ThreePublic } from "../lib/schema.ts";
import { functionRows, economicRows, expenditureTotals, basicTotals, totalRow } from "./extract/budgetTables.ts";
import { glossaryOf } from "./extract/glossary.ts";
import { identify } from "./extract/identity.ts";
import { readPerformance } from "./extract/indicators.ts";
import { narrativeObservations, threePublicStatement, type ThreePublicItem } from "./extract/narrative.ts";
import type { Observation, Source, ValueState } from "./extract/observation.ts";
import { projectRows } from "./extract/projects.ts";
import { summaryObservations } from "./extract/summaries.ts";
import { ITEMS, threePublicFigures, type ThreePublicFigures } from "./extract/threePublic.ts";
import { budgetRows } from "./cells.ts";
import { FUNCTION_CLASSES, stripNumbering } from "./classification.ts";
import { toNumber, type Micro } from "./decimal.ts";
import type { Document, Table, TableKind } from "./model.ts";

export interface Extraction {
  record: Department;
  observations: Observation[];
  /** Figures the ingest looked for and did not find. */
  missing: string[];
  warnings: string[];
  /** The observation the record took for a quantity. */
  reference: (key: string) => Observation | undefined;
}

export interface SourceInfo {
  file: string;
  sha256: string;
}

/** Which table a quantity is read from first; later sources are cross-checks. */
const PRIORITY: Record<string, Source[]> = {
  "totals.revenueTotal": ["incomeExpenditureSummary", "incomeSummary", "narrative"],
  "totals.expenditureTotal": ["incomeExpenditureSummary", "expenditureSummary", "narrative"],
  "totals.generalBudgetAppropriation": ["incomeExpenditureSummary", "fiscalSummary", "narrative"],
  "totals.carryOver": ["incomeExpenditureSummary", "fiscalSummary"],
  "totals.basicExpenditure": ["expenditureSummary", "narrative"],
  "totals.projectExpenditure": ["expenditureSummary", "narrative"],
  "totals.personnelExpenditure": ["basicExpenditure", "narrative"],
  "totals.publicExpenditure": ["basicExpenditure", "narrative"],
  operatingExpenses: ["narrative"],
  procurementTotal: ["narrative"],
  vehicles: ["narrative"],
};

export function buildRecord(doc: Document, source: SourceInfo): Extraction {
  const warnings: string[] = [];
  const id = identify(doc);
  const tablesOf = (kind: TableKind) => doc.tables.filter((t) => t.kind === kind);
  const tableOf = (kind: TableKind): Table | undefined => tablesOf(kind)[0];
  const observations: Observation[] = [];

  // Totals and function classes from the summary tables.
  let carryOverLine: number | null = null;
  const summary = tableOf("incomeExpenditureSummary");
  if (summary) {
    const s = summaryObservations(summary, "incomeExpenditureSummary");
    observations.push(...s.observations);
    carryOverLine = s.carryOverLine;
  }
  const fiscal = tableOf("fiscalSummary");
  if (fiscal) {
    for (const o of summaryObservations(fiscal, "fiscalSummary").observations) {
      // 一般公共预算拨款收入 is the same money in both tables; everything else is 财政拨款 only.
      const key = o.key === "totals.generalBudgetAppropriation" ? o.key : `fiscal.${o.key.replace(/^totals\./, "")}`;
      observations.push({ ...o, key });
    }
  }
  const income = tableOf("incomeSummary");
  if (income) {
    const row = totalRow(budgetRows(income));
    if (row?.amounts.length) observations.push({ key: "totals.revenueTotal", value: row.amounts[0].value, line: row.amounts[0].line, source: "incomeSummary", label: row.label || "合计" });
  }

  // Hints for placing amounts where blank cells vanished: what other tables state.
  const basicTable = tableOf("basicExpenditure");
  const basicObs = basicTable ? basicTotals(basicTable) : [];
  const projectList = tableOf("generalProjects") ?? tableOf("projectDetails");
  const projects = projectList ? projectRows(projectList) : [];
  const hints: Record<string, Micro> = {};
  const basicTotal = basicObs.find((o) => o.key === "totals.basicExpenditure");
  if (basicTotal) hints.basic = basicTotal.value;
  if (projects.length) hints.project = projects.reduce((s, p) => s + p.amount, 0n);

  const expenditure = tableOf("expenditureSummary");
  if (expenditure) {
    observations.push(...expenditureTotals(expenditure, "expenditureSummary", hints, id.year));
    for (const r of functionRows(expenditure, id.year).filter((r) => r.code.length === 3 && !r.unitCode)) {
      observations.push({ key: `functionalClasses.${r.code}`, value: r.amount, line: r.line, source: "expenditureSummary", label: r.name });
    }
  }
  const general = tableOf("generalBudget");
  if (general) {
    for (const o of expenditureTotals(general, "generalBudget", {}, id.year)) {
      observations.push({ ...o, key: o.key.replace(/^totals\.(basic|project)Expenditure$/, "general.$1") });
    }
    for (const r of functionRows(general, id.year).filter((r) => r.code.length === 3)) {
      observations.push({ key: `general.functionalClasses.${r.code}`, value: r.amount, line: r.line, source: "generalBudget", label: r.name });
    }
  }
  for (const o of basicObs) observations.push(o.key === "totals.basicExpenditure" ? { ...o, key: "general.basic" } : o);
  observations.push(...narrativeObservations(doc.narrative));

  // 三公: the table, placed with the narrative's and the classification's figures as hints.
  const statement = threePublicStatement(doc.narrative);
  // The 2-1 table covers all fiscal spending; the 3-1 table only basic spending.
  const economicSource = tablesOf("fiscalEconomic").length ? tablesOf("fiscalEconomic") : tablesOf("basicExpenditure");
  const economic = economicSource.flatMap(economicRows);
  const econHint = (codes: readonly string[]) => {
    const rows = economic.filter((r) => codes.includes(r.code));
    return rows.length ? rows.reduce((s, r) => s + r.amount, 0n) : undefined;
  };
  const econHints: Partial<Record<ThreePublicItem, Micro>> = {};
  for (const [item, codes] of [["reception", ["30217"]], ["vehicleOperation", ["30231"]], ["vehiclePurchase", ["30913", "31013"]]] as const) {
    const v = econHint(codes);
    if (v !== undefined) econHints[item] = v;
  }
  // The narrative speaks of the general-budget 三公 table; its figures outrank the classification's.
  const currentHints = { ...econHints };
  for (const item of ITEMS) {
    const f = statement?.current[item];
    if (f) currentHints[item] = f.value;
  }
  const hintsByYear: Record<number, Partial<Record<ThreePublicItem, Micro>>> = {};
  if (id.year) hintsByYear[id.year] = currentHints;
  if (statement?.priorYear) hintsByYear[statement.priorYear] = statement.prior;
  const tpTable = tableOf("threePublic");
  const tpFigures = tpTable ? threePublicFigures(tpTable, hintsByYear, id.year) : [];
  const tpCurrent = tpFigures.find((f) => f.year === id.year) ?? tpFigures[tpFigures.length - 1];
  const tpPrior = tpFigures.find((f) => f !== tpCurrent && f.year !== null && id.year !== null && f.year < id.year) ?? null;
  for (const f of tpFigures) {
    for (const w of f.ambiguous) warnings.push(`三公表 ${f.year ?? ""} ${w}: 空格被压缩，无法由表内算术唯一确定`);
    for (const item of ITEMS) {
      const v = f.values[item];
      if (v !== null && f === tpCurrent) observations.push({ key: `threePublic.${item}`, value: v, line: f.lines[item], source: "threePublic", label: item, state: f.blank.includes(item) ? "blank" : undefined });
    }
  }
  const fundTp = tableOf("governmentFundThreePublic");
  const fundFigures = fundTp && !fundTp.emptyStatement ? threePublicFigures(fundTp, id.year ? { [id.year]: econHints } : {}, id.year) : [];
  for (const item of ITEMS) {
    const v = fundFigures[0]?.values[item];
    if (v !== null && v !== undefined) observations.push({ key: `fund.threePublic.${item}`, value: v, line: fundFigures[0].lines[item], source: "governmentFundThreePublic", label: item });
  }
  if (statement) {
    for (const item of ITEMS) {
      const f = statement.current[item];
      if (f) observations.push({ key: `threePublic.${item}`, value: f.value, line: f.line, source: "narrative", label: f.label });
    }
  }

  // Projects and performance indicators.
  const unitNames = [...id.units.map((u) => u.name), ...(id.department ? [id.department] : [])];
  const perfOptions = { layout: doc.layout, unitNames, knownProjects: projects.map((p) => ({ name: p.name, amount: p.amount })) };
  const projectPerf = tablesOf("projectPerformance").map((t) => readPerformance(t, { ...perfOptions, departmentLevel: false }));
  const deptPerf = tablesOf("departmentPerformance").map((t) => readPerformance(t, { ...perfOptions, departmentLevel: true }));
  const perfProjects = projectPerf.flatMap((p) => p.projects);
  for (const p of perfProjects) {
    if (p.amount !== null) observations.push({ key: `performance.project.${p.name}`, value: p.amount, line: p.line, source: "projectPerformance", label: p.name });
  }

  const pick = (key: string): Observation | undefined => {
    const order = PRIORITY[key] ?? [];
    const candidates = observations.filter((o) => o.key === key);
    return order.map((s) => candidates.find((o) => o.source === s)).find(Boolean) ?? candidates[0];
  };
  const provenance: Record<string, number> = {};
  const states: Record<string, ValueState> = {};
  const value = (path: string, o: Observation | undefined): number | null => {
    if (!o) return null;
    provenance[path] = o.line;
    states[path] = o.state ?? (o.value === 0n ? "statedZero" : "stated");
    return toNumber(o.value);
  };

  const totals = {
    revenueTotal: value("totals.revenueTotal", pick("totals.revenueTotal")),
    expenditureTotal: value("totals.expenditureTotal", pick("totals.expenditureTotal")),
    generalBudgetAppropriation: value("totals.generalBudgetAppropriation", pick("totals.generalBudgetAppropriation")),
    carryOver: value("totals.carryOver", pick("totals.carryOver")),
    basicExpenditure: value("totals.basicExpenditure", pick("totals.basicExpenditure")),
    projectExpenditure: value("totals.projectExpenditure", pick("totals.projectExpenditure")),
    personnelExpenditure: value("totals.personnelExpenditure", pick("totals.personnelExpenditure")),
    publicExpenditure: value("totals.publicExpenditure", pick("totals.publicExpenditure")),
  };
  // A blank 上年结转 that the totals reconcile is a stated zero.
  if (totals.carryOver === null && carryOverLine !== null) {
    const current = observations.find((o) => o.key === "summary.currentRevenue" && o.source === "incomeExpenditureSummary");
    const total = pick("totals.revenueTotal");
    if (current && total && current.value === total.value) {
      totals.carryOver = 0;
      provenance["totals.carryOver"] = carryOverLine;
      states["totals.carryOver"] = "blank";
    }
  }

  const classSource = (["incomeExpenditureSummary", "expenditureSummary"] as const).find((s) =>
    observations.some((o) => o.source === s && o.key.startsWith("functionalClasses.")),
  );
  const classObs = observations.filter((o) => o.source === classSource && o.key.startsWith("functionalClasses."));
  const functionalClasses = classObs.map((o, i) => {
    const code = o.key.split(".")[1];
    provenance[`functionalClasses.${i}.amount`] = o.line;
    return { code, name: stripNumbering(o.label) || FUNCTION_CLASSES[code], amount: toNumber(o.value), line: o.line };
  });

  const economicClasses = basicTable
    ? economicRows(basicTable).map((r, i) => {
        provenance[`economicClasses.${i}.amount`] = r.line;
        return { code: r.code, name: r.name, amount: toNumber(r.amount), line: r.line, unitCode: r.unitCode };
      })
    : [];

  const threePublic = {} as ThreePublic;
  for (const item of ITEMS) threePublic[item] = value(`threePublic.${item}`, pick3(observations, item));
  let threePublicPriorYear: ThreePublic | null = null;
  if (tpPrior && ITEMS.some((i) => tpPrior.values[i] !== null)) {
    threePublicPriorYear = {} as ThreePublic;
    for (const item of ITEMS) {
      const v = tpPrior.values[item];
      threePublicPriorYear[item] = v === null ? null : toNumber(v);
      if (v !== null) provenance[`threePublicPriorYear.${item}`] = tpPrior.lines[item];
      if (v !== null) states[`threePublicPriorYear.${item}`] = tpPrior.blank.includes(item) ? "blank" : v === 0n ? "statedZero" : "stated";
    }
  }

  const recordProjects = (projects.length ? projects : perfProjects.filter((p) => p.amount !== null).map((p) => ({ ...p, amount: p.amount!, unitCode: null, functionCode: null }))).map((p, i) => {
    provenance[`projects.${i}.amount`] = p.line;
    return { name: p.name, amount: toNumber(p.amount), unitCode: p.unitCode, functionCode: p.functionCode, line: p.line };
  });

  const indicators = projectPerf.flatMap((p) => p.indicators);
  const departmentIndicators = deptPerf.flatMap((p) => p.indicators);
  const headcount = headcountOf([...departmentIndicators, ...indicators]);
  if (headcount) provenance["headcount.value"] = headcount.line;

  const glossary = glossaryOf(doc);
  const operatingExpenses = value("operatingExpenses", pick("operatingExpenses"));
  const procurementTotal = value("procurementTotal", pick("procurementTotal"));
  const vehicles = value("vehicles", pick("vehicles"));

  const department = id.department ?? source.file.replace(/^.*\//, "").replace(/\.[^.]+$/, "");
  if (!id.department) warnings.push("未识别出部门名称");
  provenance.department = id.departmentLine;
  if (id.year !== null) provenance.year = id.yearLine;
  id.units.forEach((u, i) => (provenance[`units.${i}`] = u.line));

  const record: Department = {
    slug: slugOf(department, id.year),
    source: { file: source.file, sha256: source.sha256, layout: doc.layout },
    department,
    province: id.province,
    city: id.city,
    district: id.district,
    level: id.level,
    year: id.year,
    units: id.units.map((u) => ({ code: u.code, name: u.name })),
    totals,
    functionalClasses,
    economicClasses,
    threePublic,
    threePublicPriorYear,
    operatingExpenses,
    procurementTotal,
    vehicles,
    headcount,
    projects: recordProjects,
    indicators,
    departmentIndicators,
    glossary,
    tables: doc.tables.map((t) => ({
      kind: t.kind,
      title: t.title,
      line: t.line,
      unit: t.unit,
      emptyStatement: t.emptyStatement ? { text: t.emptyStatement.text, line: t.emptyStatement.line } : null,
      rows: t.rows.length,
    })),
    checks: [],
    completeness: null,
    provenance: sortKeys(provenance),
    states: sortKeys(states),
  };
  return { record, observations, missing: missingOf(record), warnings, reference: pick };
}

/** 三公 items: the table first; the narrative only when there is no table figure. */
function pick3(observations: Observation[], item: ThreePublicItem): Observation | undefined {
  const all = observations.filter((o) => o.key === `threePublic.${item}`);
  return all.find((o) => o.source === "threePublic") ?? all.find((o) => o.source === "narrative");
}

const HEADCOUNT = /(在职|在编|编制|实有)(人员|人数|职工)?(数量|人数|数)?$/;

/** A staff count, where a document states one (sometimes only as an indicator). */
function headcountOf(indicators: Indicator[]): Department["headcount"] {
  for (const i of indicators) {
    if (!HEADCOUNT.test(i.name.replace(/^\d{4}年/, "").replace(/单位/, "")) && !/在职人员数量|编制人数|实有人数/.test(i.name)) continue;
    if (!i.target || !/^\d+$/.test(i.target) || (i.unit && i.unit !== "人")) continue;
    const where = i.project ? `项目“${i.project}”绩效指标` : "部门整体支出绩效目标表";
    return { value: Number(i.target), basis: `${where}：${i.name} ${i.operator ?? ""}${i.target}${i.unit ?? ""}`, line: i.line };
  }
  return null;
}


export function slugOf(department: string, year: number | null): string {
  const syllables = pinyin(department, { toneType: "none", type: "array", nonZh: "consecutive" }) as string[];
  const base = syllables
    .join("")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return [base || "department", year].filter(Boolean).join("-");
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true })));
}

/** The figures a reader expects; null ones are reported as missing. */
function missingOf(r: Department): string[] {
  const missing: string[] = [];
  for (const [k, v] of Object.entries(r.totals)) if (v === null) missing.push(`totals.${k}`);
  for (const [k, v] of Object.entries(r.threePublic)) if (v === null) missing.push(`threePublic.${k}`);
  for (const k of ["operatingExpenses", "procurementTotal", "vehicles", "headcount", "year", "level"] as const) if (r[k] === null) missing.push(k);
  if (!r.functionalClasses.length) missing.push("functionalClasses");
  if (!r.projects.length) missing.push("projects");
  if (!r.indicators.length) missing.push("indicators");
  if (!r.units.length) missing.push("units");
  return missing;
}
