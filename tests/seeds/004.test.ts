// 004: 重庆市綦江区大数据应用发展管理局 2025 (markdown with tabs and HTML tags). Values read from the document.
import { describe, expect, it } from "vitest";
import { loadSeed, sourceLine } from "./load.ts";

const FILE = "004_7197d852b55ec88e.txt";
const { record: r, missing } = loadSeed(FILE);

describe("004 重庆市綦江区大数据应用发展管理局", () => {
  it("identifies the department, region, level and year", () => {
    expect(r.source.layout).toBe("markdown-tsv");
    expect(r.department).toBe("重庆市綦江区大数据应用发展管理局");
    expect([r.province, r.city, r.district, r.level, r.year]).toEqual(["重庆市", "重庆市", "綦江区", "district", 2025]);
    expect(r.units).toContainEqual({ code: "228001", name: "重庆市綦江区大数据应用发展管理局（本级）" });
  });

  it("reads totals through the <b> tags", () => {
    expect(r.totals).toEqual({
      revenueTotal: 1136.88,
      expenditureTotal: 1136.88,
      generalBudgetAppropriation: 1136.88,
      carryOver: 0,
      basicExpenditure: 352.16,
      projectExpenditure: 784.72,
      personnelExpenditure: 278.69,
      publicExpenditure: 73.47,
    });
    expect(sourceLine(FILE, r.provenance["totals.personnelExpenditure"])).toContain("<b>278.69</b>");
  });

  it("reads the function classes", () => {
    expect(r.functionalClasses.map((c) => [c.code, c.amount])).toEqual([
      ["206", 702.1],
      ["208", 41.61],
      ["210", 16.98],
      ["215", 355.33],
      ["221", 20.86],
    ]);
  });

  it("reads 表四 三公, a table without a 合计 label", () => {
    expect(r.threePublic).toEqual({ total: 13, overseas: 0, vehicleTotal: 3, vehiclePurchase: 0, vehicleOperation: 3, reception: 10 });
  });

  it("has no narrative, so narrative facts are not disclosed", () => {
    expect([r.operatingExpenses, r.procurementTotal, r.vehicles, r.headcount]).toEqual([null, null, null, null]);
    expect(r.glossary).toEqual([]);
  });

  it("takes the project list from the per-project 绩效目标表", () => {
    expect(r.projects).toHaveLength(10);
    expect(r.projects[0]).toMatchObject({ name: "重大项目竞进拉练视频调度经费", amount: 13.2 });
    expect(r.projects.reduce((s, p) => s + Math.round(p.amount! * 100), 0)).toBe(78472);
  });

  it("reads indicators with weight before value and the core flag", () => {
    expect(r.indicators).toHaveLength(50);
    expect(r.indicators[0]).toMatchObject({
      project: "重大项目竞进拉练视频调度经费", level1: "产出指标", level2: "数量指标", name: "视频调度点", weight: 25, unit: "个", operator: "≤", target: "3", core: true,
    });
    expect(r.departmentIndicators).toHaveLength(6);
    expect(r.departmentIndicators[0]).toMatchObject({ name: "召开重点实验室专家学术委员会", weight: 20, unit: "次", operator: "=", target: "1", core: true });
    expect(r.departmentIndicators[4]).toMatchObject({ name: "签约项目", core: false });
  });

  it("reports nothing missing that the document states", () => {
    expect(missing).toEqual(["operatingExpenses", "procurementTotal", "vehicles", "headcount"]);
  });
});
