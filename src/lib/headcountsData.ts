// Loads content/headcounts.yaml (editor-supplied staff counts, each cited).
// I/O edge only: parsing and validation are in compare/headcounts.ts, which
// throws — and so fails the build — on an entry without a full citation.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseHeadcounts } from "../compare/headcounts";
import type { HeadcountEntry } from "../compare/metrics";
import type { Department } from "./schema";

export function loadHeadcounts(records: readonly Department[]): HeadcountEntry[] {
  const text = readFileSync(path.resolve(process.cwd(), "content", "headcounts.yaml"), "utf8");
  return parseHeadcounts(text, records.map((r) => r.slug));
}
