// npx tsx scripts/fuzz.ts [--runs N] [--seed S] [--slow MS] [--hang MS] [--show N] [--json FILE] [--in-process]
//
// Property-based fuzzing of the ingest: random mutations of the five seed
// disclosures (src/fuzz/mutations.ts) must each give a record whose every
// figure traces to its source line, or an IngestError (src/fuzz/properties.ts).
// Each new class of failure is shrunk by fast-check to a minimal reproduction.
//
// The ingest is synchronous, so a hang cannot be interrupted in-thread: the CLI
// runs the fuzzer in a worker and a watchdog ends it when a case stops
// answering, reports that case, and goes on with a fresh worker.
import fc from "fast-check";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { tsWorker } from "./ts-worker.ts";
import { applyMutations, describeMutations, mutations as mutationsArb, type Mutation } from "../src/fuzz/mutations.ts";
import { baselineOf, failureClass, runCase, SLOW_MS, type Baseline, type CaseResult, type FailureKind } from "../src/fuzz/properties.ts";
import type { UntracedFigure } from "../src/fuzz/trace.ts";
import { REGRESSIONS, type Regression } from "../src/fuzz/regressions.ts";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const SEED_DIR = join(ROOT, "seeds");

export interface Seed {
  file: string;
  text: string;
  baseline: Baseline;
  /** Untraced figures of the unmutated seed (reported once, not per mutation). */
  baselineFigures: UntracedFigure[];
}

export function loadSeeds(dir = SEED_DIR, only?: readonly string[]): Seed[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt") && (!only || only.some((o) => f.startsWith(o))))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), "utf8");
      const { baseline, figures } = baselineOf(file, text);
      return { file, text, baseline, baselineFigures: figures };
    });
}

export type FuzzFailureKind = FailureKind | "hang";

export interface FuzzFailure {
  seedFile: string;
  kind: FuzzFailureKind;
  message: string;
  mutations: Mutation[];
  class: string;
}

export interface FailureClass {
  class: string;
  kind: FuzzFailureKind;
  /** Failing cases of this class among the generated (not shrinking) cases. */
  count: number;
  seeds: string[];
  /** fast-check's shrunk counterexample, when the class was shrunk. */
  example: {
    seedFile: string;
    mutations: Mutation[];
    /** The mutations as concrete edits of the seed. */
    described: string[];
    message: string;
    stack?: string;
    untraced?: UntracedFigure[];
    shrunk: boolean;
  };
}

export interface SeedStats {
  cases: number;
  records: number;
  ingestErrors: number;
  failures: number;
  maxCaseMs: number;
}

export interface FuzzResult {
  cases: number;
  records: number;
  ingestErrors: number;
  failures: FuzzFailure[];
  classes: FailureClass[];
  perSeed: Record<string, SeedStats>;
  baselineUntraced: Record<string, UntracedFigure[]>;
  ms: number;
  maxCaseMs: number;
  /** The slowest case. */
  slowest: { seedFile: string; mutations: Mutation[]; ms: number } | null;
  /** Shrinking runs (not counted in cases). */
  shrinkRuns: number;
}

export interface FuzzOptions {
  runs: number;
  seed: number;
  /** Seed-file prefixes ("000", "004"); all seeds when absent. */
  seeds?: string[];
  slowMs?: number;
  /** Distinct failure classes to shrink; later ones are only counted. */
  maxShrunk?: number;
  /** Called before each case: the watchdog's heartbeat. */
  onCase?: (c: { seedFile: string; mutations: Mutation[]; shrinking: boolean }) => void;
  /** Already loaded seeds (tests load them once). */
  loaded?: Seed[];
}

const nextSeed = (s: number) => (Math.imul(s ^ 0x5bd1e995, 0x27d4eb2d) + 0x165667b1) | 0;

export function runFuzz(options: FuzzOptions): FuzzResult {
  const started = performance.now();
  const seeds = options.loaded ?? loadSeeds(SEED_DIR, options.seeds);
  if (!seeds.length) throw new Error("no seeds");
  const slowMs = options.slowMs ?? SLOW_MS;
  const maxShrunk = options.maxShrunk ?? 25;
  const result: FuzzResult = {
    cases: 0,
    records: 0,
    ingestErrors: 0,
    failures: [],
    classes: [],
    perSeed: Object.fromEntries(seeds.map((s) => [s.file, { cases: 0, records: 0, ingestErrors: 0, failures: 0, maxCaseMs: 0 }])),
    baselineUntraced: Object.fromEntries(seeds.map((s) => [s.file, s.baselineFigures])),
    ms: 0,
    maxCaseMs: 0,
    slowest: null,
    shrinkRuns: 0,
  };
  const classes = new Map<string, FailureClass>();
  const arbitrary = fc.tuple(fc.nat({ max: seeds.length - 1 }), mutationsArb);

  let remaining = options.runs;
  let fcSeed = options.seed;
  while (remaining > 0) {
    // Everything before the first `false` is generation; after it, fast-check is shrinking.
    const log: { si: number; muts: Mutation[]; r: CaseResult; cls: string | null }[] = [];
    let target: string | null = null;
    let shrinkCalls = 0;
    const property = fc.property(arbitrary, ([si, muts]) => {
      const seed = seeds[si];
      options.onCase?.({ seedFile: seed.file, mutations: muts, shrinking: target !== null });
      const text = applyMutations(seed.text, muts);
      const r = runCase(seed.file, text, seed.baseline, slowMs);
      r.record = undefined;
      const cls = r.outcome === "failure" ? failureClass(seed.file, r) : null;
      if (target !== null) {
        shrinkCalls++;
        return cls !== target;
      }
      log.push({ si, muts, r, cls });
      if (cls && !classes.has(cls) && classes.size < maxShrunk) {
        target = cls;
        return false;
      }
      return true;
    });
    const details = fc.check(property, { seed: fcSeed, numRuns: remaining });
    result.shrinkRuns += shrinkCalls;
    for (const { si, muts, r, cls } of log.slice(0, details.numRuns)) {
      const seed = seeds[si];
      const stats = result.perSeed[seed.file];
      result.cases++;
      stats.cases++;
      stats.maxCaseMs = Math.max(stats.maxCaseMs, r.ms);
      if (r.ms > result.maxCaseMs) {
        result.maxCaseMs = r.ms;
        result.slowest = { seedFile: seed.file, mutations: muts, ms: r.ms };
      }
      if (r.outcome === "record") result.records++, stats.records++;
      else if (r.outcome === "ingestError") result.ingestErrors++, stats.ingestErrors++;
      else {
        stats.failures++;
        if (r.kind === "slow") result.records++; // a record, but too late
        result.failures.push({ seedFile: seed.file, kind: r.kind!, message: r.message!, mutations: muts, class: cls! });
        const known = classes.get(cls!);
        if (known) {
          known.count++;
          if (!known.seeds.includes(seed.file)) known.seeds.push(seed.file);
        } else {
          // Not shrunk (past maxShrunk): the generated case is the example.
          const entry = classOf(cls!, seed, muts, r, false);
          entry.count = 1;
          classes.set(cls!, entry);
        }
      }
    }
    if (details.failed && target !== null && details.counterexample) {
      const [si, shrunkMuts] = details.counterexample[0];
      const seed = seeds[si];
      const muts = dropNeedless(shrunkMuts, (m) => {
        result.shrinkRuns++;
        const r = runCase(seed.file, applyMutations(seed.text, m), seed.baseline, slowMs);
        return r.outcome === "failure" && failureClass(seed.file, r) === target;
      });
      const r = runCase(seed.file, applyMutations(seed.text, muts), seed.baseline, slowMs);
      const entry = classes.get(target);
      const shrunk = classOf(target, seed, muts, r, true);
      if (entry) entry.example = shrunk.example;
      else classes.set(target, shrunk);
    }
    remaining -= details.numRuns;
    fcSeed = nextSeed(fcSeed);
  }
  result.classes = [...classes.values()].sort((a, b) => b.count - a.count);
  result.ms = performance.now() - started;
  return result;
}

/** fast-check may stop at a local minimum: drop each mutation that the failure does not need. */
function dropNeedless(muts: Mutation[], fails: (m: Mutation[]) => boolean): Mutation[] {
  let out = muts;
  for (let i = out.length - 1; i >= 0 && out.length > 1; i--) {
    const without = out.filter((_, k) => k !== i);
    if (fails(without)) out = without;
  }
  return out;
}

function classOf(cls: string, seed: Seed, muts: Mutation[], r: CaseResult, shrunk: boolean): FailureClass {
  return {
    class: cls,
    kind: r.kind ?? "exception",
    count: 0,
    seeds: [seed.file],
    example: {
      seedFile: seed.file,
      mutations: muts,
      described: describeMutations(seed.text, muts),
      message: r.message ?? (r.outcome === "failure" ? "" : `(no longer fails: ${r.outcome})`),
      stack: r.stack,
      untraced: r.untraced?.slice(0, 5),
      shrunk,
    },
  };
}

/** Results of several fuzzing segments (the CLI restarts its worker after a hang). */
export function mergeResults(parts: FuzzResult[]): FuzzResult {
  const [first, ...rest] = parts;
  const out: FuzzResult = structuredClone(first);
  for (const p of rest) {
    out.cases += p.cases;
    out.records += p.records;
    out.ingestErrors += p.ingestErrors;
    out.failures.push(...p.failures);
    out.ms += p.ms;
    out.shrinkRuns += p.shrinkRuns;
    if (p.maxCaseMs > out.maxCaseMs) {
      out.maxCaseMs = p.maxCaseMs;
      out.slowest = p.slowest;
    }
    for (const [file, s] of Object.entries(p.perSeed)) {
      const o = (out.perSeed[file] ??= { cases: 0, records: 0, ingestErrors: 0, failures: 0, maxCaseMs: 0 });
      o.cases += s.cases;
      o.records += s.records;
      o.ingestErrors += s.ingestErrors;
      o.failures += s.failures;
      o.maxCaseMs = Math.max(o.maxCaseMs, s.maxCaseMs);
    }
    for (const c of p.classes) {
      const o = out.classes.find((x) => x.class === c.class);
      if (!o) out.classes.push(c);
      else {
        o.count += c.count;
        for (const s of c.seeds) if (!o.seeds.includes(s)) o.seeds.push(s);
        if (!o.example.shrunk && c.example.shrunk) o.example = c.example;
      }
    }
  }
  out.classes.sort((a, b) => b.count - a.count);
  return out;
}

export interface RegressionStatus {
  regression: Regression;
  /** open: still fails as documented; fixed: no failure; changed: fails otherwise. */
  status: "open" | "fixed" | "changed";
  outcome: CaseResult["outcome"];
  class: string | null;
  message: string | null;
}

/** Replays the minimal reproductions of src/fuzz/regressions.ts. */
export function replayRegressions(loaded?: Seed[]): RegressionStatus[] {
  const seeds = loaded ?? loadSeeds();
  return REGRESSIONS.map((regression) => {
    const seed = seeds.find((s) => s.file.startsWith(regression.seed));
    if (!seed) throw new Error(`no seed ${regression.seed}`);
    // An unmutated reproduction is the seed's own untraced figures; a mutated one leaves them out.
    const baseline = regression.mutations.length ? seed.baseline : undefined;
    const r = runCase(seed.file, applyMutations(seed.text, regression.mutations), baseline);
    const cls = r.outcome === "failure" ? failureClass(seed.file, r) : null;
    const status = cls === null ? "fixed" : regression.class.test(cls) ? "open" : "changed";
    return { regression, status, outcome: r.outcome, class: cls, message: r.message ?? null };
  });
}

// ---- CLI ---------------------------------------------------------------------

interface CliOptions {
  runs: number;
  seed: number;
  slowMs: number;
  hangMs: number;
  show: number;
  json: string | null;
  inProcess: boolean;
  regressions: boolean;
  seeds?: string[];
}

function parseArgs(argv: string[]): CliOptions {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const seeds = value("--seeds");
  return {
    runs: Number(value("--runs") ?? 1000),
    seed: Number(value("--seed") ?? 20240601),
    slowMs: Number(value("--slow") ?? SLOW_MS),
    hangMs: Number(value("--hang") ?? 30_000),
    show: Number(value("--show") ?? 8),
    json: value("--json") ?? null,
    inProcess: argv.includes("--in-process"),
    regressions: argv.includes("--regressions"),
    seeds: seeds ? seeds.split(",") : undefined,
  };
}

interface WorkerMessage {
  type: "case" | "done";
  seedFile?: string;
  mutations?: Mutation[];
  shrinking?: boolean;
  result?: FuzzResult;
}

/** Runs the fuzzer in a worker; a case that does not finish within hangMs is reported as a hang. */
async function runWatched(o: CliOptions): Promise<FuzzResult> {
  const parts: FuzzResult[] = [];
  let remaining = o.runs;
  let seed = o.seed;
  const hangs: FuzzFailure[] = [];
  while (remaining > 0) {
    const segment = await new Promise<{ result: FuzzResult | null; generated: number; hung: FuzzFailure | null }>((resolve, reject) => {
      const worker = tsWorker(import.meta.url, { runs: remaining, seed, slowMs: o.slowMs, seeds: o.seeds });
      let last = { at: performance.now(), seedFile: "", mutations: [] as Mutation[], shrinking: false };
      let generated = 0;
      const timer = setInterval(() => {
        // Before its first case the worker is loading the seeds: give it a minute.
        if (performance.now() - last.at < (last.seedFile ? o.hangMs : Math.max(o.hangMs, 60_000))) return;
        clearInterval(timer);
        if (!last.seedFile) {
          void worker.terminate();
          reject(new Error("the fuzzing worker did not start"));
          return;
        }
        void worker.terminate();
        const hung: FuzzFailure = {
          seedFile: last.seedFile,
          kind: "hang",
          message: `no answer after ${o.hangMs} ms${last.shrinking ? " (while shrinking another failure)" : ""}`,
          mutations: last.mutations,
          class: "hang",
        };
        resolve({ result: null, generated, hung });
      }, 1000);
      worker.on("message", (m: WorkerMessage) => {
        if (m.type === "case") {
          last = { at: performance.now(), seedFile: m.seedFile!, mutations: m.mutations!, shrinking: !!m.shrinking };
          if (!m.shrinking) {
            generated++;
            if (generated % 500 === 0) process.stderr.write(`  … ${o.runs - remaining + generated} cases\n`);
          }
        } else {
          clearInterval(timer);
          resolve({ result: m.result!, generated, hung: null });
        }
      });
      worker.on("error", (e) => {
        clearInterval(timer);
        reject(e);
      });
    });
    if (segment.result) {
      parts.push(segment.result);
      break;
    }
    hangs.push(segment.hung!);
    process.stderr.write(`  hang in ${segment.hung!.seedFile}: ${JSON.stringify(segment.hung!.mutations)}\n`);
    remaining -= Math.max(1, segment.generated);
    seed = nextSeed(seed);
  }
  const result = parts.length ? mergeResults(parts) : emptyResult();
  for (const h of hangs) {
    result.failures.push(h);
    result.cases++;
    const seedText = readFileSync(join(SEED_DIR, h.seedFile), "utf8");
    result.classes.unshift({
      class: "hang",
      kind: "hang",
      count: 1,
      seeds: [h.seedFile],
      example: { seedFile: h.seedFile, mutations: h.mutations, described: describeMutations(seedText, h.mutations), message: h.message, shrunk: false },
    });
  }
  return result;
}

function emptyResult(): FuzzResult {
  return { cases: 0, records: 0, ingestErrors: 0, failures: [], classes: [], perSeed: {}, baselineUntraced: {}, ms: 0, maxCaseMs: 0, slowest: null, shrinkRuns: 0 };
}

export function formatSummary(r: FuzzResult, show = 8): string {
  const out: string[] = [];
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  out.push(`${"seed".padEnd(26)} ${pad("cases", 7)} ${pad("records", 8)} ${pad("ingestErr", 9)} ${pad("failures", 8)} ${pad("max ms", 8)}`);
  for (const [file, s] of Object.entries(r.perSeed)) {
    out.push(`${file.padEnd(26)} ${pad(s.cases, 7)} ${pad(s.records, 8)} ${pad(s.ingestErrors, 9)} ${pad(s.failures, 8)} ${pad(s.maxCaseMs.toFixed(0), 8)}`);
  }
  out.push(`${"total".padEnd(26)} ${pad(r.cases, 7)} ${pad(r.records, 8)} ${pad(r.ingestErrors, 9)} ${pad(r.failures.length, 8)} ${pad(r.maxCaseMs.toFixed(0), 8)}`);
  out.push(`time ${(r.ms / 1000).toFixed(1)} s (${(r.ms / Math.max(1, r.cases + r.shrinkRuns)).toFixed(1)} ms/case incl. ${r.shrinkRuns} shrinking runs)`);
  if (r.slowest) out.push(`slowest case ${r.slowest.ms.toFixed(0)} ms: ${r.slowest.seedFile} ${JSON.stringify(r.slowest.mutations)}`);
  const baseline = Object.entries(r.baselineUntraced).filter(([, fs]) => fs.length);
  if (baseline.length) {
    out.push("", "untraced in the unmutated seeds (excluded from the failures below):");
    for (const [file, fs] of baseline) for (const f of fs) out.push(`  ${file} ${f.path} = ${f.value} (${f.state ?? "-"}) line ${f.line}: ${JSON.stringify(f.text.slice(0, 100))}`);
  }
  out.push("", `failure classes: ${r.classes.length}`);
  for (const c of r.classes) out.push(`  ${pad(c.count, 6)}  ${c.class}  [${c.seeds.map((s) => s.slice(0, 3)).join(",")}]`);
  for (const c of r.classes.slice(0, show)) {
    const e = c.example;
    out.push("", `── ${c.class} (${c.count}×) ${e.shrunk ? "shrunk" : "not shrunk"}`);
    out.push(`   seed: ${e.seedFile}`);
    out.push(`   mutations: ${JSON.stringify(e.mutations)}`);
    for (const d of e.described) out.push(`     · ${d}`);
    out.push(`   ${e.message}`);
    if (e.stack) out.push(`   at ${e.stack}`);
    for (const f of e.untraced ?? []) out.push(`   untraced ${f.path} = ${f.value} (${f.state ?? "-"}) line ${f.line}${f.joinedWithNext ? " [+next line]" : ""}: ${JSON.stringify(f.text.slice(0, 120))}`);
  }
  return out.join("\n");
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  if (o.regressions) {
    const statuses = replayRegressions();
    for (const s of statuses) {
      const seed = loadSeeds(SEED_DIR, [s.regression.seed])[0];
      console.log(`${s.status.padEnd(7)} ${s.regression.id}  (${seed.file}${s.regression.mutations.length ? "" : ", unmutated"})`);
      for (const d of describeMutations(seed.text, s.regression.mutations)) console.log(`          · ${d}`);
      if (s.message) console.log(`          ${s.outcome}: ${s.message}`);
      console.log(`          ${s.regression.diagnosis}`);
    }
    process.exitCode = statuses.some((s) => s.status !== "fixed") ? 1 : 0;
    return;
  }
  process.stderr.write(`fuzzing ${o.runs} cases, seed ${o.seed}${o.inProcess ? " (in process)" : ""}\n`);
  const result = o.inProcess ? runFuzz({ runs: o.runs, seed: o.seed, slowMs: o.slowMs, seeds: o.seeds }) : await runWatched(o);
  console.log(formatSummary(result, o.show));
  if (o.json) writeFileSync(o.json, JSON.stringify(result, null, 2) + "\n");
  process.exitCode = result.failures.length ? 1 : 0;
}

if (!isMainThread && workerData && parentPort) {
  const port = parentPort;
  const d = workerData as { runs: number; seed: number; slowMs: number; seeds?: string[] };
  const result = runFuzz({
    runs: d.runs,
    seed: d.seed,
    slowMs: d.slowMs,
    seeds: d.seeds,
    onCase: (c) => port.postMessage({ type: "case", ...c } satisfies WorkerMessage),
  });
  port.postMessage({ type: "done", result } satisfies WorkerMessage);
} else if (isMainThread && process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 2;
  });
}
