// Arithmetic identities within a table and between a table and its parts:
// a total equals the sum of its parts.
import type { Check, Department } from "../lib/schema.ts";
import { fromNumber, sum, toNumber, type Micro } from "../ingest/decimal.ts";
import { SOURCE_NAMES, type Observation, type Source } from "../ingest/extract/observation.ts";
import type { ClassRow } from "../ingest/extract/budgetTables.ts";
import { FUNCTION_CLASSES } from "../ingest/classification.ts";
import { fmt, roundingNote } from "./consistency.ts";
import { severityOf } from "./severity.ts";

interface Term {
  value: Micro;
  line: number;
}

function identity(id: string, what: string, total: Term, parts: Term[], partsLabel: string): Check | null {
  const s = sum(parts.map((p) => p.value));
  if (s === total.value) return null;
  const severity = severityOf(total.value, s);
  return {
    id,
    severity,
    message: `${what}为${fmt(toNumber(total.value))}万元，但${partsLabel}之和为${fmt(toNumber(s))}万元${roundingNote(total.value, s)}。`,
    figures: [toNumber(total.value), toNumber(s), ...parts.map((p) => toNumber(p.value))],
    lines: [total.line, ...parts.map((p) => p.line)],
  };
}

const get = (obs: readonly Observation[], key: string, source: Source) => obs.find((o) => o.key === key && o.source === source && o.state !== "blank");

export function tableIdentities(obs: readonly Observation[]): Check[] {
  const out: (Check | null)[] = [];
  const rev = get(obs, "totals.revenueTotal", "incomeExpenditureSummary");
  const exp = get(obs, "totals.expenditureTotal", "incomeExpenditureSummary");
  if (rev && exp && rev.value !== exp.value) {
    out.push({
      id: "summary:revenue-vs-expenditure",
      severity: severityOf(rev.value, exp.value),
      message: `部门收支总表的收入总计（${fmt(toNumber(rev.value))}万元）与支出总计（${fmt(toNumber(exp.value))}万元）不相等。`,
      figures: [toNumber(rev.value), toNumber(exp.value)],
      lines: [rev.line, exp.line],
    });
  }
  for (const [source, totalKey, basicKey, projectKey] of [
    ["expenditureSummary", "totals.expenditureTotal", "totals.basicExpenditure", "totals.projectExpenditure"],
    ["generalBudget", "general.total", "general.basic", "general.project"],
  ] as const) {
    const t = get(obs, totalKey, source);
    const b = get(obs, basicKey, source);
    const p = get(obs, projectKey, source);
    if (t && b && p) out.push(identity(`${source}:total=basic+project`, `${SOURCE_NAMES[source]}的合计`, t, [b, p], "基本支出与项目支出"));
  }
  const basic = get(obs, "general.basic", "basicExpenditure");
  const personnel = get(obs, "totals.personnelExpenditure", "basicExpenditure");
  const pub = get(obs, "totals.publicExpenditure", "basicExpenditure");
  if (basic && personnel && pub) out.push(identity("basicExpenditure:basic=personnel+public", "一般公共预算基本支出表的基本支出合计", basic, [personnel, pub], "人员经费与公用经费"));
  return out.filter((c): c is Check => c !== null);
}

/** 类 = Σ 款 = Σ 项 inside one table; and 类 (summary) = Σ 项 where a table lists only 项. */
export function classHierarchy(source: Source, rows: readonly ClassRow[], record: Department, tableTotal: Micro | null): Check[] {
  const out: (Check | null)[] = [];
  const byLen = (n: number) => rows.filter((r) => r.code.length === n);
  const classes = byLen(3);
  const items = byLen(5);
  const leaves = byLen(7);
  const table = SOURCE_NAMES[source];
  const term = (r: ClassRow): Term => ({ value: r.amount, line: r.line });
  const parts = (parent: ClassRow, children: ClassRow[]) => children.filter((c) => c.code.startsWith(parent.code) && (c.unitCode ?? null) === (parent.unitCode ?? null)).map(term);
  for (const c of classes) {
    const kids = parts(c, items);
    if (kids.length) out.push(identity(`${source}:class-${c.code}`, `${table}中${c.name}（${c.code}）`, term(c), kids, "其下各款"));
  }
  for (const k of items) {
    const kids = parts(k, leaves);
    if (kids.length) out.push(identity(`${source}:item-${k.code}`, `${table}中${k.name}（${k.code}）`, term(k), kids, "其下各项"));
  }
  // Tables listing only 项 (often per budget unit) add up to the summary's 类 —
  // if the table covers the whole department and every 项 row was read.
  const departmentWide = tableTotal !== null && record.totals.expenditureTotal !== null && tableTotal === fromNumber(record.totals.expenditureTotal);
  const complete = tableTotal !== null && severityOf(sum(leaves.map((l) => l.amount)), tableTotal) === "info";
  if (!classes.length && !items.length && leaves.length && departmentWide && complete) {
    for (const fc of record.functionalClasses) {
      const kids = leaves.filter((l) => l.code.startsWith(fc.code)).map(term);
      if (!kids.length || fc.amount === null) continue;
      out.push(identity(`${source}:class-${fc.code}-from-items`, `部门收支总表中${fc.name || FUNCTION_CLASSES[fc.code]}`, { value: fromNumber(fc.amount), line: fc.line }, kids, `${table}中各项`));
    }
  }
  return out.filter((c): c is Check => c !== null);
}

/** 三公合计 = 出国 + 车辆 + 接待, and 车辆 = 购置 + 运行, on the stated figures. */
export function threePublicIdentities(record: Department): Check[] {
  const t = record.threePublic;
  const line = (k: string) => record.provenance[`threePublic.${k}`] ?? 0;
  const term = (k: keyof typeof t): Term | null => (t[k] === null ? null : { value: fromNumber(t[k]!), line: line(k) });
  const out: (Check | null)[] = [];
  const total = term("total");
  const parts = [term("overseas"), term("vehicleTotal"), term("reception")];
  if (total && parts.every(Boolean)) out.push(identity("threePublic:total", "“三公”经费合计", total, parts as Term[], "因公出国（境）费、公务用车购置及运行费、公务接待费"));
  const vehicles = term("vehicleTotal");
  const vparts = [term("vehiclePurchase"), term("vehicleOperation")];
  if (vehicles && vparts.every(Boolean)) out.push(identity("threePublic:vehicles", "公务用车购置及运行费", vehicles, vparts as Term[], "购置费与运行维护费"));
  return out.filter((c): c is Check => c !== null);
}
