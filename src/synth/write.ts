// Writing a synthetic set to disk: the seeds are read and ingested once, then
// N documents are generated round-robin over them.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ingestBytes } from "../ingest/ingest.ts";
import { decodeSource } from "../ingest/decode.ts";
import { prepareSeed, synthesizeAt, type PlanOptions, type PreparedSeed } from "./synthesize.ts";

export const SEEDS_DIR = resolve(fileURLToPath(new URL("../../seeds", import.meta.url)));

/** Seed files: "000_….txt" … in name order. */
export function seedFiles(dir = SEEDS_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}_.*\.(txt|md)$/.test(f))
    .sort();
}

const cache = new Map<string, PreparedSeed[]>();

/** The seeds of a directory, ingested and analysed once per process. */
export function loadSeeds(dir = SEEDS_DIR): PreparedSeed[] {
  const key = resolve(dir);
  let seeds = cache.get(key);
  if (!seeds) {
    seeds = seedFiles(key).map((f) => {
      const bytes = readFileSync(join(key, f));
      const { record } = ingestBytes(`seeds/${f}`, bytes);
      return prepareSeed(f, decodeSource(bytes).text, record);
    });
    if (!seeds.length) throw new Error(`synth: no seed files (NNN_*.txt) in ${key}`);
    cache.set(key, seeds);
  }
  return seeds;
}

export interface SynthResult {
  files: number;
  bytes: number;
  /** Wall time, seeds' ingest included (it is cached after the first call). */
  ms: number;
  outDir: string;
}

export interface WriteOptions extends PlanOptions {
  seedsDir?: string;
}

/** Write N synthetic disclosures into outDir (created; old *.txt / *.md removed first). */
export function writeSynth(n: number, outDir: string, options: WriteOptions = {}): SynthResult {
  if (!Number.isInteger(n) || n < 0) throw new Error(`synth: N must be a non-negative integer, got ${n}`);
  const t0 = performance.now();
  const seedsDir = resolve(options.seedsDir ?? SEEDS_DIR);
  // Old *.txt / *.md files are removed: never in the seeds or a project directory.
  if (resolve(outDir) === seedsDir) throw new Error(`synth: refusing to write into the seeds directory ${seedsDir}`);
  if (["package.json", ".git"].some((f) => existsSync(join(outDir, f)))) throw new Error(`synth: refusing to clear *.txt / *.md in a project directory: ${resolve(outDir)}`);
  const seeds = loadSeeds(seedsDir);
  mkdirSync(outDir, { recursive: true });
  for (const f of readdirSync(outDir)) if (/\.(txt|md)$/.test(f)) rmSync(join(outDir, f));
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const doc = synthesizeAt(seeds, i, options);
    const data = Buffer.from(doc.text, "utf8");
    writeFileSync(join(outDir, doc.fileName), data);
    bytes += data.length;
  }
  return { files: n, bytes, ms: performance.now() - t0, outDir: resolve(outDir) };
}
