// Contradictions the documents contain, read by hand, and the checks that must report them.
import { describe, expect, it } from "vitest";
import { loadSeed, sourceLine } from "./load.ts";

const seeds = {
  "000": loadSeed("000_45da49f01d19c6c6.txt").record,
  "001": loadSeed("001_a9842d19cce9b344.txt").record,
  "002": loadSeed("002_41c7b8c353668457.txt").record,
  "003": loadSeed("003_287d70c37cde1d0b.txt").record,
  "004": loadSeed("004_7197d852b55ec88e.txt").record,
};
const find = (r: (typeof seeds)["000"], id: string) => r.checks.find((c) => c.id === id);

describe("checks on the seeds", () => {
  it("001: 附件8 部门支出总表 合计 1027.84 against 1207.84 everywhere else", () => {
    const c = find(seeds["001"], "totals.expenditureTotal:expenditureSummary-vs-incomeExpenditureSummary")!;
    expect(c).toMatchObject({ severity: "error", figures: [1027.84, 1207.84], lines: [833, 679] });
    expect(sourceLine("001_a9842d19cce9b344.txt", 833)).toContain("1027.84");
    expect(find(seeds["001"], "expenditureSummary:total=basic+project")).toMatchObject({ severity: "error", figures: [1027.84, 1207.84, 404.68, 803.16] });
  });

  it("001: 社会保障和就业支出 52.48 against 52.84", () => {
    expect(find(seeds["001"], "functionalClasses.208:expenditureSummary-vs-incomeExpenditureSummary")).toMatchObject({ severity: "error", figures: [52.48, 52.84] });
    expect(find(seeds["001"], "functionalClasses.208:fiscalSummary-vs-incomeExpenditureSummary")).toMatchObject({ severity: "error", figures: [52.48, 52.84], lines: [93, 604] });
    // Inside 附件8 the 类 row disagrees with its own 款 row.
    expect(find(seeds["001"], "expenditureSummary:class-208")).toMatchObject({ severity: "error", figures: [52.48, 52.84, 52.84] });
  });

  it("001: 住房保障支出 166.94 against 23.99", () => {
    const c = find(seeds["001"], "functionalClasses.221:fiscalSummary-vs-incomeExpenditureSummary")!;
    expect(c).toMatchObject({ severity: "error", figures: [166.94, 23.99], lines: [135, 641] });
    expect(c.message).toContain("住房保障支出");
  });

  it("002: the narrative's 三公 29.50 against the table's 11.50, explained by 表4-1's 18.00", () => {
    const c = find(seeds["002"], "threePublic.total:narrative-vs-threePublic")!;
    expect(c).toMatchObject({ severity: "warning", figures: [29.5, 11.5, 18], lines: [315, 1058, 1114] });
    expect(c.message).toContain("政府性基金");
  });

  it("002: the narrative's 收支预算总数 1197.75 against 收入总计 1215.75", () => {
    expect(find(seeds["002"], "totals.revenueTotal:narrative-vs-incomeExpenditureSummary")).toMatchObject({ severity: "error", figures: [1197.75, 1215.75], lines: [191, 544] });
  });

  it("002: 卫生健康支出 43.30 against its items 31.68 + 10.90 + 0.73 = 43.31 is rounding", () => {
    expect(find(seeds["002"], "expenditureSummary:class-210-from-items")).toMatchObject({ severity: "info", figures: [43.3, 43.31, 31.68, 10.9, 0.73] });
  });

  it("003: 6 vehicles held against 4 funded", () => {
    expect(find(seeds["003"], "vehicles:held-vs-funded")).toMatchObject({ severity: "warning", figures: [6, 4], lines: [892, 868] });
  });

  it("000: 基本支出 440.05 against 404.32 + 35.74 = 440.06 is rounding, not an error", () => {
    expect(find(seeds["000"], "basicExpenditure:basic=personnel+public")).toMatchObject({ severity: "info", figures: [440.05, 440.06, 404.32, 35.74] });
  });

  it("raises no error where the figures agree", () => {
    for (const r of Object.values(seeds)) {
      for (const c of r.checks.filter((x) => x.severity === "error")) {
        const [a, b] = c.figures;
        expect(a, `${r.slug} ${c.id}`).not.toBe(b);
        expect(Math.abs(Math.round((a! - b!) * 100)), `${r.slug} ${c.id}`).toBeGreaterThan(1);
      }
    }
    expect(seeds["004"].checks).toEqual([]);
  });

  it("scores completeness item by item", () => {
    const s = seeds["002"].completeness!;
    expect(s.max).toBe(23);
    expect(s.items.find((i) => i.id === "emptyTables")).toMatchObject({ passed: false, line: 1124 });
    expect(s.items.find((i) => i.id === "table.stateCapital")).toMatchObject({ passed: true });
    expect(seeds["001"].completeness!.items.find((i) => i.id === "table.stateCapital")).toMatchObject({ passed: false });
    // 004 has no narrative at all.
    expect(seeds["004"].completeness!.items.filter((i) => i.id.startsWith("narrative.")).every((i) => !i.passed)).toBe(true);
    expect(seeds["000"].completeness!.items.find((i) => i.id === "threePublic.vehiclePurchase")).toMatchObject({ passed: true });
  });
});
