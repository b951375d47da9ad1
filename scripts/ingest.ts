// npm run ingest -- [PATH ...] [--out DIR]
// Reads disclosures, writes one validated JSON record each, prints a report.
// With no PATH it reads the sources directory ($ATLAS_SEEDS, default seeds/)
// and replaces every record in the records directory ($ATLAS_RECORDS, default
// content/departments/), so a file that no longer reads leaves no stale record.
// A file that cannot be read is reported as `file:line: message`; the others
// are still written, and the exit code is 1.
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { basename, join, relative, resolve } from "node:path";
import { keepFirst, type BatchResult } from "../src/ingest/batch.ts";
import { readAndIngest, type Job } from "./ingest-worker.ts";
import { tsWorker } from "./ts-worker.ts";
import { recordsDir, seedsDir, sourceName } from "../src/lib/paths.ts";

const args = process.argv.slice(2);
const outIndex = args.indexOf("--out");
const outDir = outIndex >= 0 ? resolve(args[outIndex + 1]) : recordsDir();
const named = outIndex >= 0 ? [...args.slice(0, outIndex), ...args.slice(outIndex + 2)] : args;
const wholeSources = named.length === 0;
const paths = (wholeSources ? [seedsDir()] : named).flatMap(expand);

function expand(path: string): string[] {
  try {
    if (statSync(path).isDirectory()) {
      return readdirSync(path)
        .filter((f) => !f.startsWith(".") && !/^SHA256SUMS$|\.json$|^README/i.test(f))
        .filter((f) => statSync(join(path, f)).isFile())
        .sort()
        .map((f) => join(path, f));
    }
  } catch {
    // Unreadable paths are reported per file below.
  }
  return [path];
}

/** Files in the sources directory are named as the site names them; others by their path. */
function nameOf(path: string): string {
  const full = resolve(path);
  if (resolve(full, "..") === seedsDir()) return sourceName(basename(full));
  return relative(process.cwd(), full).split("\\").join("/");
}

const display = (path: string) => relative(process.cwd(), resolve(path)).split("\\").join("/") || path;

const jobs: Job[] = paths.map((path) => ({ file: nameOf(path), path: display(path), fullPath: resolve(path) }));

/**
 * Files are independent, so a large set is read on every core: each worker
 * takes every k-th file, and results are put back in order before the
 * duplicate check, so output does not depend on the number of workers.
 */
async function ingestAll(jobs: Job[]): Promise<BatchResult[]> {
  const workers = jobs.length >= 40 ? Math.min(availableParallelism(), 4) : 1;
  if (workers === 1) return jobs.map(readAndIngest);
  const shares = Array.from({ length: workers }, (_, w) => jobs.filter((_, i) => i % workers === w));
  const parts = await Promise.all(
    shares.map(
      (share) =>
        new Promise<BatchResult[]>((done, fail) => {
          const w = tsWorker(new URL("./ingest-worker.ts", import.meta.url), share);
          w.once("message", (results: BatchResult[]) => (done(results), void w.terminate()));
          w.once("error", fail);
        }),
    ),
  );
  return jobs.map((_, i) => parts[i % workers][Math.floor(i / workers)]);
}

mkdirSync(outDir, { recursive: true });
const results = keepFirst(await ingestAll(jobs));
const written = new Set<string>();
let failed = 0;
for (const result of results) {
  if (!result.ok) {
    failed++;
    console.error(`✗ ${result.error}`);
    continue;
  }
  const { record, missing, warnings } = result.extraction;
  const name = `${record.slug}.json`;
  writeFileSync(join(outDir, name), JSON.stringify(record, null, 2) + "\n");
  written.add(name);
  const figures = Object.keys(record.provenance).length;
  const encoding = result.encoding === "utf-8" ? "" : ` · ${result.encoding}`;
  console.log(`✓ ${result.path ?? result.file} → ${name}  [${record.source.layout}${encoding}]`);
  console.log(`  ${record.department} · ${record.year ?? "年度未知"} · 数字 ${figures} 个 · 项目 ${record.projects.length} · 指标 ${record.indicators.length}+${record.departmentIndicators.length}`);
  console.log(`  missing: ${missing.length ? missing.join(", ") : "none"}`);
  for (const w of warnings) console.log(`  warning: ${w}`);
}
if (wholeSources) {
  for (const f of readdirSync(outDir)) if (f.endsWith(".json") && !written.has(f)) rmSync(join(outDir, f));
}
console.log(`ingest: ${written.size} record(s) written to ${display(outDir)}, ${failed} file(s) failed`);
process.exitCode = failed ? 1 : 0;
