// Runs a query over the parts loaded so far, with a per-part limit.
import { parseQuery, searchPart, type LoadedPart, type PartResult } from "../engine";
import { PART_NAMES, type PartName } from "../parts";

export type Outcome =
  | { kind: "empty" } // nothing typed
  | { kind: "short" } // one ASCII letter: too little to look up
  | { kind: "results"; results: PartResult[]; total: number };

export function runQuery(raw: string, parts: readonly LoadedPart[], limitFor: (part: PartName) => number): Outcome {
  if (!raw.trim()) return { kind: "empty" };
  const q = parseQuery(raw);
  if (!q) return { kind: "short" };
  // Groups in display order, not in the order their scripts happened to load.
  const ordered = [...parts].sort((a, b) => PART_NAMES.indexOf(a.name) - PART_NAMES.indexOf(b.name));
  const results = ordered.map((p) => searchPart(p, q, limitFor(p.name)));
  return { kind: "results", results, total: results.reduce((s, r) => s + r.total, 0) };
}

/** The search page for a query; `page` is the search form's own (relative) action. */
export function searchPageHref(page: string, raw: string): string {
  return `${page}?q=${encodeURIComponent(raw.trim())}`;
}
