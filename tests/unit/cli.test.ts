// The ingest command: one bad file never stops the others, and output is deterministic.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeSynth } from "../../src/synth/write.ts";
import { ingestBatch } from "../../src/ingest/batch.ts";

const tsx = join("node_modules", ".bin", "tsx");

describe("npm run ingest", () => {
  it("writes the good files, names the bad one in one line, and exits 1", () => {
    const dir = mkdtempSync(join(tmpdir(), "atlas-"));
    const bad = join(dir, "broken.txt");
    writeFileSync(bad, Buffer.from([0xff, 0xfe, 0x00, 0x81]));
    const out = join(dir, "out");
    const run = spawnSync(tsx, ["scripts/ingest.ts", "seeds/004_7197d852b55ec88e.txt", bad, "--out", out], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(readdirSync(out)).toEqual(["chongqingshiqijiangqudashujuyingyongfazhanguanliju-2025.json"]);
    const errors = run.stderr.trim().split("\n").filter((l) => l.startsWith("✗"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("broken.txt");
    expect(run.stdout).toContain("markdown-tsv");
    expect(run.stdout).toContain("missing:");
  }, 60_000);

  it("gives the same bytes for the same input", () => {
    const a = mkdtempSync(join(tmpdir(), "atlas-a-"));
    const b = mkdtempSync(join(tmpdir(), "atlas-b-"));
    execFileSync(tsx, ["scripts/ingest.ts", "seeds", "--out", a]);
    execFileSync(tsx, ["scripts/ingest.ts", "seeds", "--out", b]);
    const files = readdirSync(a).sort();
    expect(files).toHaveLength(5);
    for (const f of files) expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f)))).toBe(true);
    // The committed records are what the ingest produces.
    for (const f of files) expect(readFileSync(join(a, f), "utf8")).toBe(readFileSync(join("content/departments", f), "utf8"));
  }, 60_000);

  it("reads a large set on every core and writes exactly what one thread writes", () => {
    const dir = mkdtempSync(join(tmpdir(), "atlas-many-"));
    const seeds = join(dir, "seeds");
    writeSynth(45, seeds); // 40 or more files: the CLI uses worker threads
    const out = join(dir, "records");
    const run = spawnSync(tsx, ["scripts/ingest.ts"], { encoding: "utf8", env: { ...process.env, ATLAS_SEEDS: seeds, ATLAS_RECORDS: out } });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("ingest: 45 record(s) written");
    const files = readdirSync(seeds).sort();
    const serial = ingestBatch(files.map((f) => ({ file: `seeds/${f}`, bytes: readFileSync(join(seeds, f)) })));
    // The report lists files in input order, whatever worker read them.
    const reported = run.stdout.split("\n").filter((l) => l.startsWith("✓")).map((l) => l.split(" ")[1].split("/").pop());
    expect(reported).toEqual(files);
    for (const r of serial) {
      if (!r.ok) throw new Error(r.error);
      const name = `${r.extraction.record.slug}.json`;
      expect(readFileSync(join(out, name), "utf8")).toBe(JSON.stringify(r.extraction.record, null, 2) + "\n");
    }
    expect(readdirSync(out)).toHaveLength(45);
  }, 120_000);
});
