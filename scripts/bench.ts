// npm run bench — prints speed and size figures. Figures, not assertions:
// these machines are noisy, so nothing here fails a build.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { ingestText } from "../src/ingest/ingest.ts";

const seeds = readdirSync("seeds").filter((f) => f.endsWith(".txt")).sort();
const inputs = seeds.map((f) => {
  const bytes = readFileSync(join("seeds", f));
  return { file: `seeds/${f}`, text: bytes.toString("utf8"), sha: createHash("sha256").update(bytes).digest("hex"), size: bytes.length };
});

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

// Department pages: their own HTML plus the CSS/JS only they load.
if (existsSync("dist/departments")) {
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

const benchSearch = "scripts/bench-search.ts";
if (existsSync(benchSearch)) await import(`../${benchSearch}`);
