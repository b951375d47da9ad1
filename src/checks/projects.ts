// The project list against 项目支出, and the funds in the performance tables
// against the project list.
import type { Check, Department } from "../lib/schema.ts";
import { fromNumber, sum, toNumber } from "../ingest/decimal.ts";
import type { Observation } from "../ingest/extract/observation.ts";
import { fmt, roundingNote } from "./consistency.ts";
import { severityOf } from "./severity.ts";

export function projectListChecks(record: Department, obs: readonly Observation[]): Check[] {
  const out: Check[] = [];
  const amounts = record.projects.filter((p) => p.amount !== null);
  if (!amounts.length) return out;
  const listed = sum(amounts.map((p) => fromNumber(p.amount!)));
  // Like for like: the 一般公共预算 project list against the 一般公共预算 project spending.
  const generalTotal = obs.find((o) => o.key === "general.total" && o.source === "generalBudget");
  const generalBasic = obs.find((o) => o.key === "general.basic" && o.source === "basicExpenditure");
  const general = generalTotal && generalBasic ? generalTotal.value - generalBasic.value : null;
  const project = record.totals.projectExpenditure === null ? null : fromNumber(record.totals.projectExpenditure);
  const target = general !== null && listed !== project ? { value: general, label: "一般公共预算支出表合计减基本支出（一般公共预算项目支出）", line: generalTotal!.line } : project !== null ? { value: project, label: "项目支出", line: record.provenance["totals.projectExpenditure"] ?? 0 } : null;
  if (!target || target.value === listed) return out;
  const severity = severityOf(listed, target.value);
  out.push({
    id: "projects:list-total",
    severity,
    message: `项目清单合计${fmt(toNumber(listed))}万元，与${target.label}${fmt(toNumber(target.value))}万元不一致${roundingNote(listed, target.value)}。`,
    figures: [toNumber(listed), toNumber(target.value)],
    lines: [amounts[0].line, target.line],
  });
  return out;
}

/** Each project's 预算数 in the performance table against the project list. */
export function performanceFundChecks(record: Department, obs: readonly Observation[]): Check[] {
  const out: Check[] = [];
  const perf = obs.filter((x) => x.key.startsWith("performance.project."));
  for (const o of perf) {
    const name = o.key.slice("performance.project.".length);
    // Only names that identify one project on each side: two budget units may share a project name.
    const listed = record.projects.filter((p) => p.name === name);
    if (listed.length !== 1 || perf.filter((x) => x.key === o.key).length !== 1) continue;
    const [p] = listed;
    if (p.amount === null || p.line === o.line) continue;
    const value = fromNumber(p.amount);
    if (value === o.value) continue;
    out.push({
      id: `performance:${name}`,
      severity: severityOf(o.value, value),
      message: `绩效目标表中项目“${name}”的预算数为${fmt(toNumber(o.value))}万元，而项目支出表为${fmt(p.amount)}万元${roundingNote(o.value, value)}。`,
      figures: [toNumber(o.value), p.amount],
      lines: [o.line, p.line],
    });
  }
  return out;
}

/** Vehicles held against vehicles whose running costs are funded. */
export function vehicleChecks(obs: readonly Observation[]): Check[] {
  const held = obs.find((o) => o.key === "vehicles");
  const funded = obs.find((o) => o.key === "vehiclesFunded");
  if (!held || !funded || held.value === funded.value) return [];
  const h = toNumber(held.value);
  const f = toNumber(funded.value);
  return [
    {
      id: "vehicles:held-vs-funded",
      severity: "warning",
      message: `说明中单位现有公务用车${h}辆，但运行维护费只安排了${f}辆的费用，两者不一致且未说明原因。`,
      figures: [h, f],
      lines: [held.line, funded.line],
    },
  ];
}
