// The same quantity stated in different tables, or in a table and the
// narrative. Every disagreement is a finding that shows both figures.
import type { Check } from "../lib/schema.ts";
import { toNumber, type Micro } from "../ingest/decimal.ts";
import { SOURCE_NAMES, type Observation } from "../ingest/extract/observation.ts";
import { quantityName } from "./names.ts";
import { severityOf } from "./severity.ts";

/**
 * Quantities stated under different keys that are the same money when the
 * totals say so: 财政拨款 figures equal department figures when all revenue
 * is 财政拨款, and 一般公共预算 figures equal 财政拨款 ones when there is no
 * 政府性基金 or 国有资本 money.
 */
export function unifyKeys(observations: readonly Observation[]): Observation[] {
  const first = (key: string) => observations.find((o) => o.key === key)?.value;
  const revenue = first("totals.revenueTotal");
  const fiscal = first("fiscal.summary.currentExpenditure") ?? first("fiscal.expenditureTotal");
  const general = first("general.total");
  const rename: [RegExp, string][] = [];
  if (revenue !== undefined && fiscal !== undefined && fiscal === revenue) {
    rename.push([/^fiscal\.functionalClasses\./, "functionalClasses."], [/^fiscal\.carryOver$/, "totals.carryOver"]);
  }
  if (revenue !== undefined && general !== undefined && general === revenue) {
    rename.push([/^general\.functionalClasses\./, "functionalClasses."], [/^general\.basic$/, "totals.basicExpenditure"], [/^general\.project$/, "totals.projectExpenditure"]);
  } else if (fiscal !== undefined && general !== undefined && general === fiscal) {
    rename.push([/^general\.functionalClasses\./, "fiscal.functionalClasses."]);
  }
  return observations.map((o) => {
    const rule = rename.find(([re]) => re.test(o.key));
    return rule ? { ...o, key: o.key.replace(rule[0], rule[1]) } : o;
  });
}

/** Keys compared across sources; other keys are internal bookkeeping. */
const COMPARED = /^(totals\.|functionalClasses\.|fiscal\.functionalClasses\.|general\.basic$|threePublic\.total$|operatingExpenses$|vehicles$)/;

export function crossTableChecks(observations: readonly Observation[], reference: (key: string) => Observation | undefined, fundThreePublicTotal: Observation | undefined): Check[] {
  const checks: Check[] = [];
  const keys = [...new Set(observations.map((o) => o.key))].filter((k) => COMPARED.test(k));
  for (const key of keys) {
    const ref = reference(key);
    if (!ref) continue;
    const seen = new Set<string>();
    for (const o of observations) {
      if (o.key !== key || o === ref || o.value === ref.value || o.state === "blank") continue;
      const sig = `${o.source}:${o.value}`;
      if (seen.has(sig)) continue;
      seen.add(sig);
      checks.push(disagreement(key, o, ref, fundThreePublicTotal));
    }
  }
  return checks;
}

function disagreement(key: string, o: Observation, ref: Observation, fund: Observation | undefined): Check {
  const name = quantityName(key);
  const a = toNumber(o.value);
  const b = toNumber(ref.value);
  const where = (x: Observation) => (x.source === "narrative" ? "情况说明" : SOURCE_NAMES[x.source]);
  const base = { id: `${key}:${o.source}-vs-${ref.source}`, figures: [a, b], lines: [o.line, ref.line] };
  // The narrative's 三公 may add the 政府性基金 三公 table to the general-budget one.
  if (key === "threePublic.total" && fund && o.value === ref.value + fund.value) {
    return {
      ...base,
      severity: "warning",
      message: `${where(o)}所列“三公”经费${fmt(a)}万元与${where(ref)}的${fmt(b)}万元不一致；差额正好是政府性基金“三公”经费表的${fmt(toNumber(fund.value))}万元，说明文字把两张表合计在一起了。`,
      figures: [a, b, toNumber(fund.value)],
      lines: [o.line, ref.line, fund.line],
    };
  }
  return {
    ...base,
    severity: severityOf(o.value, ref.value),
    message: `${where(o)}中的${name}为${fmt(a)}${unitLabel(key)}，而${where(ref)}为${fmt(b)}${unitLabel(key)}${roundingNote(o.value, ref.value)}。`,
  };
}

export function roundingNote(a: Micro, b: Micro): string {
  return severityOf(a, b) === "info" ? "，相差0.01，属四舍五入差异" : "";
}

export const fmt = (n: number) => String(n);
const unitLabel = (key: string) => (key === "vehicles" ? "辆" : "万元");
