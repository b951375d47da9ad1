// npm run bench — prints speed and size figures. Figures, not assertions:
// these machines are noisy, so nothing here fails a build.
//   npm run bench                  all sections (about 10 minutes on 2 cores)
//   npm run bench -- ingest pages search fuzz scale   any of them
// BENCH_FUZZ_RUNS (default 10000) and BENCH_SCALE (default "5,100,1000") size the long ones.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { spawnSync } from "node:child_process";
import { ingestText } from "../src/ingest/ingest.ts";

const ALL = ["ingest", "pages", "search", "fuzz", "scale"] as const;
const asked = process.argv.slice(2).filter((a) => (ALL as readonly string[]).includes(a));
const run = (section: (typeof ALL)[number]) => asked.length === 0 || asked.includes(section);

const seeds = readdirSync("seeds").filter((f) => f.endsWith(".txt")).sort();
const inputs = seeds.map((f) => {
  const bytes = readFileSync(join("seeds", f));
  return { file: `seeds/${f}`, text: bytes.toString("utf8"), sha: createHash("sha256").update(bytes).digest("hex"), size: bytes.length };
});

if (run("ingest")) benchIngest();

function benchIngest() {
// Warm up the JIT and module graph once: the target is time after start-up.
for (const i of inputs) ingestText(i.file, i.text, i.sha);

const ROUNDS = 20;
console.log("ingest (median of %d rounds, after one warm-up round)", ROUNDS);
let total = 0;
let bytes = 0;
for (const i of inputs) {
  const times: number[] = [];
  for (let k = 0; k < ROUNDS; k++) {
    const t0 = performance.now();
    ingestText(i.file, i.text, i.sha);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  total += median;
  bytes += i.size;
  console.log(`  ${i.file.padEnd(32)} ${(i.size / 1024).toFixed(1).padStart(6)} KB  ${median.toFixed(2).padStart(7)} ms`);
}
console.log(`  all ${inputs.length} files: ${total.toFixed(1)} ms (target < 100 ms), ${((bytes / 1024 / 1024) / (total / 1000)).toFixed(2)} MB/s`);
}

// Department pages: their own HTML plus the CSS/JS only they load.
if (run("pages") && existsSync("dist/departments")) {
  console.log("\ndepartment pages (own HTML + page-specific CSS/JS, shared assets excluded; target < 150 KB)");
  const shared = new Set<string>();
  const pages = readdirSync("dist/departments").filter((f) => f.endsWith(".html"));
  const refs = pages.map((p) => {
    const html = readFileSync(join("dist/departments", p), "utf8");
    const assets = [...html.matchAll(/(?:href|src)="([^"]+\.(?:css|js))"/g)].map((m) => m[1]);
    return { p, html, assets };
  });
  // An asset every department page loads is shared and cached once.
  for (const a of refs[0]?.assets ?? []) if (refs.every((r) => r.assets.includes(a))) shared.add(a);
  for (const { p, html, assets } of refs) {
    const own = assets.filter((a) => !shared.has(a)).reduce((s, a) => s + (existsSync(join("dist/departments", a)) ? statSync(join("dist/departments", a)).size : 0), 0);
    const kb = (Buffer.byteLength(html) + own) / 1024;
    console.log(`  ${p.padEnd(64)} ${kb.toFixed(1).padStart(7)} KB`);
  }
  console.log(`  shared assets: ${[...shared].join(", ") || "none"}`);
}

if (run("search")) await import("./bench-search.ts");

if (run("fuzz")) {
  // The fuzzer runs in its own process: it watches for hangs with worker threads.
  const runs = process.env.BENCH_FUZZ_RUNS ?? "10000";
  console.log(`\nfuzz: ${runs} mutated seeds (scripts/fuzz.ts)`);
  spawnSync(join("node_modules", ".bin", "tsx"), ["scripts/fuzz.ts", "--runs", runs], { stdio: "inherit" });
}

if (run("scale")) await import("./bench-scale.ts");
