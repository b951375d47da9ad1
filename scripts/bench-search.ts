// Search figures: index size per part and query latency, at the real
// records and at 1,000 synthetic departments (renamed copies of the real
// ones). Figures, not assertions. Run alone (npx tsx scripts/bench-search.ts)
// or as part of npm run bench.
import { readFileSync, readdirSync } from "node:fs";
import { performance } from "node:perf_hooks";
import Fuse from "fuse.js";
import type { Department } from "../src/lib/schema.ts";
import { loadGlossary } from "../src/lib/glossaryData.ts";
import { searchDocuments } from "../src/search/documents.ts";
import { buildParts, partScript } from "../src/search/indexParts.ts";
import { loadPart, parseQuery, searchPart, type LoadedPart } from "../src/search/engine.ts";
import { DROPDOWN_LIMITS, PART_NAMES, type PartName } from "../src/search/parts.ts";
import { syntheticDepartments } from "../src/search/synthetic.ts";

const QUERIES = ["一体化政务服务平台", "三公", "达州", "sjzx", "dzs", "dazhou", "政务平台运维", "数据", "局", "yitihua", "公务用车运行维护费", "满意度"];
const ROUNDS = 25;

const real: Department[] = readdirSync("content/departments")
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(`content/departments/${f}`, "utf8")) as Department);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];

function runAll(parts: readonly LoadedPart[], raw: string, limit: (p: PartName) => number): number {
  const q = parseQuery(raw);
  if (!q) return 0;
  let total = 0;
  for (const p of parts) total += searchPart(p, q, limit(p.name)).total;
  return total;
}

function bench(label: string, records: Department[]): void {
  console.log(`\nsearch · ${label}`);
  const t0 = performance.now();
  const docs = searchDocuments(records, loadGlossary(records).terms);
  const parts = buildParts(docs);
  const buildMs = performance.now() - t0;
  console.log(`  index built in ${(buildMs / 1000).toFixed(2)} s: ${docs.length.toLocaleString("en")} documents`);

  let totalBytes = 0;
  const loaded: LoadedPart[] = [];
  console.log("  part          docs      script size   load (parse + prepare)");
  for (const name of PART_NAMES) {
    const script = partScript(parts[name]);
    const bytes = Buffer.byteLength(script);
    totalBytes += bytes;
    // What the browser does with the part script: evaluate the data, then prepare it.
    const json = JSON.stringify(parts[name]);
    const l0 = performance.now();
    loaded.push(loadPart(JSON.parse(json), Fuse));
    const loadMs = performance.now() - l0;
    console.log(`  ${name.padEnd(12)} ${parts[name].docs.length.toLocaleString("en").padStart(8)}  ${kb(bytes).padStart(12)}   ${loadMs.toFixed(1).padStart(7)} ms`);
  }
  console.log(`  total                  ${kb(totalBytes).padStart(12)}`);

  for (const [mode, limit] of [
    ["dropdown", (p: PartName) => DROPDOWN_LIMITS[p]],
    ["search page (first 20 per group)", () => 20],
  ] as const) {
    console.log(`  query latency, ${mode} limits, all five parts (median / p95 of ${ROUNDS} runs; first run = cold posting lists)`);
    const medians: number[] = [];
    for (const raw of QUERIES) {
      for (const p of loaded) p.postings.clear();
      const c0 = performance.now();
      const hits = runAll(loaded, raw, limit);
      const cold = performance.now() - c0;
      const times: number[] = [];
      for (let r = 0; r < ROUNDS; r++) {
        const s = performance.now();
        runAll(loaded, raw, limit);
        times.push(performance.now() - s);
      }
      times.sort((a, b) => a - b);
      const median = percentile(times, 0.5);
      medians.push(median);
      console.log(
        `    ${raw.padEnd(12 - [...raw].filter((c) => c.charCodeAt(0) > 0x7f).length)} ${String(hits).padStart(7)} hits  median ${median.toFixed(2).padStart(6)} ms  p95 ${percentile(times, 0.95).toFixed(2).padStart(6)} ms  first ${cold.toFixed(2).padStart(6)} ms`,
      );
    }
    medians.sort((a, b) => a - b);
    console.log(`    all queries: median of medians ${percentile(medians, 0.5).toFixed(2)} ms, worst median ${medians[medians.length - 1].toFixed(2)} ms (target < 16 ms)`);
  }
}

bench(`${real.length} departments (real records)`, real);
bench("1,000 departments (synthetic: renamed copies of the real records)", syntheticDepartments(real, 1000));
