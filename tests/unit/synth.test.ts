// Synthetic disclosures (src/synth/): new names, every money figure × k, and
// the ingest reads them back with the seed's layout, structure and findings.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestText } from "../../src/ingest/ingest.ts";
import { fromNumber, toNumber } from "../../src/ingest/decimal.ts";
import type { Extraction } from "../../src/ingest/record.ts";
import { slugOf } from "../../src/ingest/record.ts";
import { regionOf } from "../../src/ingest/regions.ts";
import { scaleAmountText } from "../../src/synth/scale.ts";
import { planDoc, synthesizeAt, type PlanOptions, type PreparedSeed } from "../../src/synth/synthesize.ts";
import { loadSeeds, writeSynth } from "../../src/synth/write.ts";

let seeds: PreparedSeed[];
let seedEx: Extraction[];
const tmp = mkdtempSync(join(tmpdir(), "synth-test-"));

beforeAll(() => {
  seeds = loadSeeds();
  seedEx = seeds.map((s) => ingestText(`seeds/${s.file}`, s.text, "seed"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** k × an amount of the seed, exactly; null stays null. */
const times = (v: number | null, k: number) => (v === null ? null : toNumber(fromNumber(v) * BigInt(k)));

function synth(i: number, options: PlanOptions = {}) {
  const plan = planDoc(seeds, i, options);
  const doc = synthesizeAt(seeds, i, options);
  const x = ingestText(doc.fileName, doc.text, "synth");
  return { ...plan, doc, x, r: x.record, seedX: seedEx[i % seeds.length], sr: seedEx[i % seeds.length].record };
}

describe("exact scaling of a stated amount", () => {
  it("multiplies the digits, keeping decimals and separators", () => {
    expect(scaleAmountText("24634.71", 3)).toBe("73904.13");
    expect(scaleAmountText("1,136.88", 3)).toBe("3,410.64");
    expect(scaleAmountText("391.17", 3, true)).toBe("1,173.51");
    expect(scaleAmountText("391.17", 3)).toBe("1173.51");
    expect(scaleAmountText("0.50", 2)).toBe("1.00");
    expect(scaleAmountText("0.00", 5)).toBe("0.00");
    expect(scaleAmountText("2.089", 4)).toBe("8.356");
    expect(scaleAmountText("500", 4)).toBe("2000");
    expect(scaleAmountText("-0.01", 5)).toBe("-0.05");
    expect(() => scaleAmountText("12%", 2)).toThrow();
  });
});

describe("the seeds", () => {
  it("cover all four layouts, and the plan is round-robin", () => {
    expect(seeds.map((s) => s.prefix)).toEqual(["000", "001", "002", "003", "004"]);
    expect(new Set(seedEx.map((x) => x.record.source.layout))).toEqual(new Set(["pdf-text", "pipe-fragments", "tsv", "markdown-tsv"]));
    expect(seeds.map((s) => s.style)).toEqual(["city", "municipalDistrict", "district", "province", "municipalDistrict"]);
    expect(Array.from({ length: 10 }, (_, i) => planDoc(seeds, i).seed.prefix)).toEqual(["000", "001", "002", "003", "004", "000", "001", "002", "003", "004"]);
    // Seeds with a 0.01 rounding finding keep k = 1 by default; the others take 2, 3, 4, 5, 1, …
    expect(seeds.map((s) => s.rounding)).toEqual([["basicExpenditure:basic=personnel+public"], [], ["expenditureSummary:class-210-from-items"], [], []]);
    expect(Array.from({ length: 25 }, (_, i) => planDoc(seeds, i).k).filter((_, i) => i % 5 === 3)).toEqual([2, 3, 4, 5, 1]);
    expect(Array.from({ length: 25 }, (_, i) => planDoc(seeds, i).k).filter((_, i) => i % 5 === 0)).toEqual([1, 1, 1, 1, 1]);
    expect(Array.from({ length: 25 }, (_, i) => planDoc(seeds, i, { scaleRounding: true }).k).filter((_, i) => i % 5 === 0)).toEqual([2, 3, 4, 5, 1]);
  });
});

describe("department names", () => {
  it("are distinct for 1,000 documents, with distinct slugs, at the seed's level", () => {
    const names = new Set<string>();
    const slugs = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const { seed, name } = planDoc(seeds, i);
      names.add(name.name);
      slugs.add(slugOf(name.name, seed.record.year));
      const region = regionOf(name.name);
      expect(region.level, name.name).toBe(seed.record.level);
      expect([region.province, region.city, region.district], name.name).toEqual([name.place.province, name.place.city, name.place.district]);
      expect(seeds.some((s) => s.record.department === name.name)).toBe(false);
    }
    expect(names.size).toBe(1000);
    expect(slugs.size).toBe(1000);
  });

  it("are what the ingest reports, for the first 50 documents, with unique slugs", () => {
    const slugs = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const doc = synthesizeAt(seeds, i);
      const r = ingestText(doc.fileName, doc.text, "synth").record;
      expect(r.department).toBe(doc.department);
      expect(r.department).not.toBe(seedEx[i % 5].record.department);
      slugs.add(r.slug);
    }
    expect(slugs.size).toBe(50);
  }, 20_000);

  it("replace the seed's name and place everywhere, spaced out or wrapped lines included", () => {
    const { doc, r, sr, name, seed } = synth(5); // pdf-text, 达州市数字经济局
    expect(sr.department).toBe("达州市数字经济局");
    expect(doc.text.replace(/\s+/g, "")).not.toContain("达州市");
    expect(doc.text.replace(/\s+/g, "")).not.toContain("数字经济局");
    expect(doc.text.split("\n").length).toBe(seed.text.split("\n").length);
    expect(r.units.map((u) => u.name)).toEqual([name.name, `${name.place.city}大数据服务中心`]);
    // The line the ingest takes the name from states the new name.
    expect(doc.text.split("\n")[r.provenance.department - 1].replace(/\s+/g, "")).toContain(name.name);
    expect(r.province).toBe(name.place.province);

    const tsv = synth(3); // 四川省大数据中心, also "省大数据中心" in the narrative
    expect(tsv.doc.text).not.toMatch(/四川省|省大数据中心/);
    expect(tsv.r.units.map((u) => u.name)).toEqual([tsv.name.name, `${tsv.name.place.prefix}大数据技术服务中心`]);
  });
});

describe("synthetic documents read back as k × their seed", () => {
  // Every seed at least twice; k = 1 … 5; the longest names of the first 1,000.
  const cases = [0, 1, 2, 3, 4, 8, 9, 11, 13, 14, 16, 18, 19, 21, 23];
  const longest = () =>
    [0, 1, 2, 3, 4].map((s) => {
      let best = s;
      for (let i = s; i < 1000; i += 5) if (planDoc(seeds, i).name.name.length > planDoc(seeds, best).name.name.length) best = i;
      return best;
    });

  it.each(cases)("document %i", (i) => check(i));
  it("documents with the longest names", () => {
    for (const i of longest()) check(i);
  });

  function check(i: number, options: PlanOptions = {}) {
    const { r, sr, x, seedX, k, name, seed } = synth(i, options);
    const what = `#${i} ${name.name} (seed ${seed.prefix}, k=${k})`;
    // (a) the new name, where the seed's was; (b) the seed's layout and structure.
    expect(r.department, what).toBe(name.name);
    expect([r.province, r.city, r.district, r.level, r.year]).toEqual([name.place.province, name.place.city, name.place.district, sr.level, sr.year]);
    expect(r.source.layout, what).toBe(sr.source.layout);
    expect(r.provenance, what).toEqual(sr.provenance);
    expect(r.states, what).toEqual(sr.states);
    expect(r.tables.map((t) => [t.kind, t.line, t.unit, t.rows, t.emptyStatement])).toEqual(sr.tables.map((t) => [t.kind, t.line, t.unit, t.rows, t.emptyStatement]));
    expect(x.warnings).toEqual(seedX.warnings);
    expect(x.missing).toEqual(seedX.missing);

    // (c) every money figure × k, exactly; nulls stay null; counts unchanged.
    for (const key of Object.keys(sr.totals) as (keyof typeof sr.totals)[]) expect(r.totals[key], `${what} totals.${key}`).toBe(times(sr.totals[key], k));
    for (const key of Object.keys(sr.threePublic) as (keyof typeof sr.threePublic)[]) expect(r.threePublic[key], `${what} threePublic.${key}`).toBe(times(sr.threePublic[key], k));
    expect(r.functionalClasses).toEqual(sr.functionalClasses.map((c) => ({ ...c, amount: times(c.amount, k) })));
    expect(r.economicClasses).toEqual(sr.economicClasses.map((c) => ({ ...c, amount: times(c.amount, k) })));
    expect(r.projects.map((p) => [p.amount, p.line, p.unitCode, p.functionCode])).toEqual(sr.projects.map((p) => [times(p.amount, k), p.line, p.unitCode, p.functionCode]));
    const renamed = (s: string) => s.replace(sr.department, name.name).replace(seed.place.prefix, name.place.prefix);
    expect(r.projects.map((p) => p.name)).toEqual(sr.projects.map((p) => renamed(p.name)));
    expect([r.operatingExpenses, r.procurementTotal]).toEqual([times(sr.operatingExpenses, k), times(sr.procurementTotal, k)]);
    expect([r.vehicles, r.headcount]).toEqual([sr.vehicles, sr.headcount]);
    // Indicator targets are not money: they stay as stated.
    const indicator = (ind: (typeof sr.indicators)[number]) => [ind.operator, ind.target, ind.unit, ind.weight, ind.line];
    expect(r.indicators.map(indicator)).toEqual(sr.indicators.map(indicator));
    expect(r.departmentIndicators).toEqual(sr.departmentIndicators);
    // All that the ingest observed, performance tables and narrative included.
    const counts = /^(vehicles|vehiclesFunded)$/;
    const obs = (o: (typeof x.observations)[number], factor: bigint) => `${o.key.replace(/^performance\.project\..*/, "performance.project")}|${o.source}|${o.line}|${counts.test(o.key) ? o.value : o.value * factor}`;
    expect(x.observations.map((o) => obs(o, 1n)).sort(), what).toEqual(seedX.observations.map((o) => obs(o, BigInt(k))).sort());

    // (d) the seed's findings: no new contradiction, none lost.
    expect(r.checks.map((c) => [c.id, c.severity]), what).toEqual(sr.checks.map((c) => [c.id, c.severity]));
    expect(r.checks.map((c) => c.figures)).toEqual(sr.checks.map((c) => c.figures.map((f) => (c.id.startsWith("vehicles:") ? f : times(f, k)))));
    const rubric = (c: typeof sr.completeness) => c && [c.score, c.max, c.items.map((item) => [item.id, item.passed, item.line])];
    expect(rubric(r.completeness), what).toEqual(rubric(sr.completeness));
  }

  it("states real figures: seed 003 at k = 3, seed 002 and its 三公 contradiction", () => {
    const tsv = synth(8);
    expect([tsv.seed.prefix, tsv.k]).toEqual(["003", 3]);
    expect(tsv.sr.totals.revenueTotal).toBe(24634.71);
    expect(tsv.r.totals.revenueTotal).toBe(73904.13);
    expect(tsv.r.totals.generalBudgetAppropriation).toBe(60147.54);
    expect(tsv.r.threePublic.total).toBe(105);
    expect(tsv.r.vehicles).toBe(6);
    expect(tsv.doc.text).toContain("收入总计\t73,904.13\t支出总计\t73,904.13");
    expect(tsv.doc.text).toContain("收支预算总数 73904.13 万元");
    expect(tsv.doc.text).toContain("占 4.62%"); // shares do not change

    const pdf = synth(2);
    expect([pdf.seed.prefix, pdf.k]).toEqual(["002", 1]);
    const tp = pdf.r.checks.find((c) => c.id === "threePublic.total:narrative-vs-threePublic")!;
    expect([tp.severity, tp.figures]).toEqual(["warning", [29.5, 11.5, 18]]);

    const scaled = synth(7, { scaleRounding: true });
    expect([scaled.seed.prefix, scaled.k]).toEqual(["002", 3]);
    const tp3 = scaled.r.checks.find((c) => c.id === "threePublic.total:narrative-vs-threePublic")!;
    expect([tp3.severity, tp3.figures]).toEqual(["warning", [88.5, 34.5, 54]]);

    const p = synth(0);
    expect(p.r.totals.projectExpenditure).toBe(209.66);
    expect(p.doc.text).toContain("占 32.27%");
  });

  it("with scaleRounding, only the seeds' 0.01 rounding findings change: the gap becomes k × 0.01", () => {
    const a = synth(5, { scaleRounding: true }); // seed 000 at k = 3
    expect([a.seed.prefix, a.k]).toEqual(["000", 3]);
    const basic = a.r.checks.find((c) => c.id === "basicExpenditure:basic=personnel+public")!;
    expect([basic.severity, basic.figures.slice(0, 2)]).toEqual(["error", [1320.15, 1320.18]]);
    expect(a.r.totals.revenueTotal).toBe(1949.13);
    // 002: 类 210 against its 项 (43.3 vs 43.31) is no longer within rounding, so not checked.
    const b = synth(7, { scaleRounding: true });
    expect(b.r.checks.map((c) => c.id)).toEqual(b.sr.checks.map((c) => c.id).filter((id) => id !== "expenditureSummary:class-210-from-items"));
  });
});

describe("writeSynth", () => {
  it("writes N files deterministically, replacing old ones", () => {
    const dir = join(tmp, "out");
    const first = writeSynth(12, dir);
    expect(first.files).toBe(12);
    const files = readdirSync(dir).sort();
    expect(files.slice(0, 6)).toEqual(["synth-0001_000.txt", "synth-0002_001.txt", "synth-0003_002.txt", "synth-0004_003.txt", "synth-0005_004.txt", "synth-0006_000.txt"]);
    const bytes = files.map((f) => readFileSync(join(dir, f)));
    expect(bytes.reduce((s, b) => s + b.length, 0)).toBe(first.bytes);
    writeFileSync(join(dir, "stale.md"), "old");
    writeFileSync(join(dir, "keep.json"), "{}");
    const second = writeSynth(12, dir);
    expect(second.bytes).toBe(first.bytes);
    expect(readdirSync(dir).sort()).toEqual([...files, "keep.json"].sort());
    for (const [j, f] of files.entries()) expect(readFileSync(join(dir, f)).equals(bytes[j])).toBe(true);
    writeSynth(3, dir);
    expect(readdirSync(dir).filter((f) => f.endsWith(".txt"))).toHaveLength(3);
  });

  it("never clears the seeds directory or a project directory", () => {
    const copy = join(tmp, "seeds");
    mkdirSync(copy);
    for (const s of seeds) writeFileSync(join(copy, s.file), s.text);
    expect(() => writeSynth(1, copy, { seedsDir: copy })).toThrow(/seeds directory/);
    expect(readdirSync(copy)).toHaveLength(seeds.length);
    const project = join(tmp, "project");
    mkdirSync(project);
    writeFileSync(join(project, "package.json"), "{}");
    writeFileSync(join(project, "README.md"), "keep");
    expect(() => writeSynth(1, project)).toThrow(/project directory/);
    expect(readdirSync(project).sort()).toEqual(["README.md", "package.json"]);
  });
});
