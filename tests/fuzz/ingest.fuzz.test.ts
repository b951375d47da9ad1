// Property-based fuzzing of the ingest (src/fuzz, scripts/fuzz.ts), sized for CI:
// 40 mutated cases per seed with a fixed fast-check seed, so a failure
// reproduces exactly. The long run is `npx tsx scripts/fuzz.ts --runs 10000`.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { formatSummary, loadSeeds, replayRegressions, runFuzz, SEED_DIR, type Seed } from "../../scripts/fuzz.ts";
import { REGRESSIONS } from "../../src/fuzz/regressions.ts";
import { ingestText } from "../../src/ingest/ingest.ts";
import { figuresOf, untraced, valueAt } from "../../src/fuzz/trace.ts";

const FC_SEED = 20240601;
/** FUZZ_RUNS=200 npx vitest run tests/fuzz for a longer run. */
const RUNS_PER_SEED = Number(process.env.FUZZ_RUNS ?? 40);

/** Figures with provenance per seed, all traced to their line (counted by the fuzzing run that found the bugs). */
const TRACED: Record<string, number> = { "000": 69, "001": 59, "002": 60, "003": 96, "004": 57 };

const seedFiles = readdirSync(SEED_DIR).filter((f) => f.endsWith(".txt")).sort();

describe("unmutated seeds: every figure traces to its provenance line", () => {
  for (const file of seedFiles) {
    it(file, () => {
      const text = readFileSync(join(SEED_DIR, file), "utf8");
      const { record } = ingestText(file, text, "test");
      const figures = figuresOf(record);
      const lost = untraced(record, text);
      expect(lost, lost.map((f) => `${f.path} = ${f.value} line ${f.line}: ${f.text}`).join("\n")).toEqual([]);
      // Every numeric provenance path is a figure, and every one is traced.
      const numericPaths = Object.keys(record.provenance).filter((p) => typeof valueAt(record, p) === "number");
      expect(figures.length).toBe(numericPaths.length);
      expect(figures.length).toBe(TRACED[file.slice(0, 3)]);
    });
  }
});

describe("mutated seeds: a record whose figures all trace, or an IngestError", () => {
  let seeds: Seed[];
  beforeAll(() => {
    seeds = loadSeeds();
  });
  for (const file of seedFiles) {
    it(`${file}: ${RUNS_PER_SEED} cases`, () => {
      const result = runFuzz({ runs: RUNS_PER_SEED, seed: FC_SEED, loaded: seeds.filter((s) => s.file === file), maxShrunk: 5 });
      expect(result.cases).toBe(RUNS_PER_SEED);
      expect(result.classes.map((c) => c.class), formatSummary(result, 5)).toEqual([]);
      // (c) bounded time: SLOW_MS per case is a failure class of its own ("slow").
      expect(result.maxCaseMs).toBeLessThan(2000);
    }, 60_000);
  }
});

describe("reproductions of the bugs fuzzing found (src/fuzz/regressions.ts)", () => {
  it("every one is fixed: the shrunk case now gives a traced record or an IngestError", () => {
    const statuses = replayRegressions();
    expect(statuses).toHaveLength(REGRESSIONS.length);
    expect(statuses.filter((s) => s.status !== "fixed").map((s) => `${s.regression.id}: ${s.status} ${s.class ?? ""} ${s.message ?? ""}`)).toEqual([]);
  }, 60_000);
});
