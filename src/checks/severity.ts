// How serious a disagreement is. A 0.01 万元 gap is what rounding two decimals
// produces, so it is information, not an error.
import type { Micro } from "../ingest/decimal.ts";

const ROUNDING: Micro = 10_000n; // 0.01 万元 in micro-万元

export function severityOf(a: Micro, b: Micro): "error" | "info" {
  const d = a > b ? a - b : b - a;
  return d <= ROUNDING ? "info" : "error";
}
