// Layer 4: one department record from the document model. Each extractor
// reports observations; the record takes, for each quantity, the figure of
// the most authoritative table that states it, and keeps the line.
import { pinyin } from "pinyin-pro";
import type { Department, Indicator, ThreePublic } from "../lib/schema.ts";
import { economicRows } from "./extract/budgetTables.ts";
import { glossaryOf } from "./extract/glossary.ts";
import { identify } from "./extract/identity.ts";
import { readPerformance } from "./extract/indicators.ts";
import type { Observation, Source, ValueState } from "./extract/observation.ts";
import { projectRows } from "./extract/projects.ts";
import { ITEMS } from "./extract/threePublic.ts";
import { FUNCTION_CLASSES, stripNumbering } from "./classification.ts";
import { toNumber } from "./decimal.ts";
import { tableObservations, tableOf, tablesOf, threePublicObservations } from "./observe.ts";
import type { Document } from "./model.ts";

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
  // 三公: the table first; the narrative only when the table states no figure.
  ...Object.fromEntries(ITEMS.map((item) => [`threePublic.${item}`, ["threePublic", "narrative"] as Source[]])),
};

export function buildRecord(doc: Document, source: SourceInfo): Extraction {
  const warnings: string[] = [];
  const id = identify(doc);

  const projectList = tableOf(doc, "generalProjects") ?? tableOf(doc, "projectDetails");
  const projects = projectList ? projectRows(projectList) : [];
  const { observations, carryOverLine } = tableObservations(doc, id.year, projects);
  const threePublicFound = threePublicObservations(doc, id.year);
  observations.push(...threePublicFound.observations);
  warnings.push(...threePublicFound.warnings);
  const tpPrior = threePublicFound.prior;

  // Projects and performance indicators.
  const unitNames = [...id.units.map((u) => u.name), ...(id.department ? [id.department] : [])];
  const perfOptions = { layout: doc.layout, unitNames, knownProjects: projects.map((p) => ({ name: p.name, amount: p.amount })) };
  const projectPerf = tablesOf(doc, "projectPerformance").map((t) => readPerformance(t, { ...perfOptions, departmentLevel: false }));
  const deptPerf = tablesOf(doc, "departmentPerformance").map((t) => readPerformance(t, { ...perfOptions, departmentLevel: true }));
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

  const basicTable = tableOf(doc, "basicExpenditure");
  const economicClasses = basicTable
    ? economicRows(basicTable).map((r, i) => {
        provenance[`economicClasses.${i}.amount`] = r.line;
        return { code: r.code, name: r.name, amount: toNumber(r.amount), line: r.line, unitCode: r.unitCode };
      })
    : [];

  const threePublic = {} as ThreePublic;
  for (const item of ITEMS) threePublic[item] = value(`threePublic.${item}`, pick(`threePublic.${item}`));
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
    // ü is written v in URLs, as pinyin input methods do (旅游 → lvyou).
    .replace(/ü/g, "v")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return [base || "department", year].filter(Boolean).join("-");
}

// One collator for all comparisons: localeCompare with options builds a new one per call.
const byKey = new Intl.Collator("en", { numeric: true }).compare;

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => byKey(a, b)));
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
