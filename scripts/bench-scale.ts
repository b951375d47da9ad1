// Scale benchmark: N synthetic disclosures (scripts/synth.ts) ingested and
// built into a throw-away atlas, for N = 5, 100, 1000 (or BENCH_SCALE="5,100").
// Prints figures; asserts nothing (these machines are noisy).
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { ingestBatch } from "../src/ingest/batch.ts";
import { writeSynth } from "./synth.ts";
import { DEPARTMENT_PAGE_BUDGET, listFiles } from "./check-dist.ts";

const sizes = (process.env.BENCH_SCALE ?? "5,100,1000").split(",").map(Number);
const root = join(tmpdir(), "atlas-bench-scale");

/** Files under `root`, with paths relative to it, and their sizes. */
const walk = (root: string) => listFiles(root).map((path) => ({ path, bytes: statSync(join(root, path)).size }));

function timed(command: string, args: string[], env: NodeJS.ProcessEnv): number {
  const t0 = performance.now();
  const run = spawnSync(command, args, { env: { ...process.env, ...env }, encoding: "utf8", maxBuffer: 1 << 30 });
  if (run.status !== 0) throw new Error(`${command} ${args.join(" ")} exited ${run.status}:\n${run.stderr.slice(-2000)}`);
  return (performance.now() - t0) / 1000;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const rows: string[][] = [];

for (const n of sizes) {
  const dir = join(root, String(n));
  rmSync(dir, { recursive: true, force: true });
  const seeds = join(dir, "seeds");
  mkdirSync(seeds, { recursive: true });
  const synth = writeSynth(n, seeds);
  const env = { ATLAS_SEEDS: seeds, ATLAS_RECORDS: join(dir, "records"), ATLAS_OUT: join(dir, "dist") };

  // Ingest alone, in process: read, decode, parse, extract, check, validate.
  const inputs = readdirSync(seeds).sort().map((f) => ({ file: `seeds/${f}`, bytes: readFileSync(join(seeds, f)) }));
  const t0 = performance.now();
  const results = ingestBatch(inputs);
  const ingestSeconds = (performance.now() - t0) / 1000;
  const failed = results.filter((r) => !r.ok).length;

  // The build as users run it, in three timed steps.
  const bin = (name: string) => join("node_modules", ".bin", name);
  const ingestCli = timed(bin("tsx"), ["scripts/ingest.ts"], env);
  const astro = timed(bin("astro"), ["build"], env);
  const post = timed(bin("tsx"), ["scripts/postbuild.ts"], env);

  const files = walk(env.ATLAS_OUT);
  const pages = files.filter((f) => f.path.endsWith(".html"));
  const largest = pages.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const departmentPages = pages.filter((f) => f.path.startsWith("departments/"));
  const largestDepartment = departmentPages.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const overBudget = departmentPages.filter((f) => f.bytes > DEPARTMENT_PAGE_BUDGET).length;
  const search = files.filter((f) => f.path.startsWith("assets/search/") || f.path === "assets/search.js" || f.path === "assets/fuse.js");
  const build = ingestCli + astro + post;
  rows.push([
    String(n),
    `${mb(synth.bytes)}`,
    `${ingestSeconds.toFixed(2)} s${failed ? ` (${failed} failed)` : ""}`,
    `${build.toFixed(1)} s`,
    `${ingestCli.toFixed(1)} + ${astro.toFixed(1)} + ${post.toFixed(1)}`,
    `${((build / n) * 1000).toFixed(0)} ms`,
    `${(pages.length / astro).toFixed(0)}`,
    `${mb(files.reduce((s, f) => s + f.bytes, 0))} / ${files.length}`,
    `${kb(largest.bytes)} ${largest.path}`,
    `${kb(largestDepartment.bytes)}; ${overBudget} > ${kb(DEPARTMENT_PAGE_BUDGET)}`,
    mb(search.reduce((s, f) => s + f.bytes, 0)),
  ]);
  console.log(`  N = ${n}: done (${build.toFixed(1)} s build)`);
  rmSync(dir, { recursive: true, force: true });
}

const header = ["N", "sources", "ingest (in-process)", "build (npm run build)", "= ingest + astro + postbuild", "build / dept", "pages/s", "dist size / files", "largest page", "largest department page", "search index"];
console.log(`\nscale (targets for N = 1000 on 2 cores: ingest < 10 s, build < 3 min, linear in N)`);
console.log(`| ${header.join(" | ")} |\n|${header.map(() => "---").join("|")}|`);
for (const r of rows) console.log(`| ${r.join(" | ")} |`);
