// Layer 5: checks. Every contradiction a disclosure contains, with both
// figures and their lines, and a completeness scorecard.
import type { Check, Department } from "../lib/schema.ts";
import type { Document } from "../ingest/model.ts";
import type { Observation } from "../ingest/extract/observation.ts";
import { functionRows, priorYearColumns, totalRow } from "../ingest/extract/budgetTables.ts";
import { budgetRows } from "../ingest/cells.ts";
import type { Table } from "../ingest/model.ts";
import { classHierarchy, tableIdentities, threePublicIdentities } from "./arithmetic.ts";
import { crossTableChecks, unifyKeys } from "./consistency.ts";
import { performanceFundChecks, projectListChecks, vehicleChecks } from "./projects.ts";
import { scoreCompleteness } from "./completeness.ts";
import { truncationChecks } from "./truncation.ts";

const ORDER = { error: 0, warning: 1, info: 2 } as const;

export function runChecks(record: Department, observations: readonly Observation[], doc: Document, reference: (key: string) => Observation | undefined) {
  const unified = unifyKeys(observations);
  // unifyKeys copies only renamed observations; the record's own picks keep their identity.
  const pick = (key: string) => reference(key) ?? unified.find((o) => o.key === key);
  const fund = observations.find((o) => o.key === "fund.threePublic.total");
  const checks: Check[] = [
    ...tableIdentities(observations),
    ...doc.tables
      .filter((t) => t.kind === "expenditureSummary" || t.kind === "generalBudget" || t.kind === "incomeSummary")
      .flatMap((t) => classHierarchy(t.kind as "expenditureSummary", functionRows(t, record.year), record, tableTotal(t, record.year))),
    ...threePublicIdentities(record),
    ...crossTableChecks(unified, pick, fund),
    ...projectListChecks(record, observations),
    ...performanceFundChecks(record, observations),
    ...vehicleChecks(observations),
    ...truncationChecks(doc),
  ];
  const unique = [...new Map(checks.map((c) => [c.id, c])).values()];
  unique.sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || (a.lines[0] ?? 0) - (b.lines[0] ?? 0) || a.id.localeCompare(b.id));
  return { checks: unique, completeness: scoreCompleteness(record, doc) };
}

function tableTotal(table: Table, year: number | null) {
  const row = totalRow(budgetRows(table));
  return row?.amounts[priorYearColumns(table, year)]?.value ?? null;
}
