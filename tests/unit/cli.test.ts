// The ingest command: one bad file never stops the others, and output is deterministic.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

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
});
