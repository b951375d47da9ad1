// 003: 四川省大数据中心 2023 (tab-separated, shifted columns). Values read from the document.
import { describe, expect, it } from "vitest";
import { loadSeed } from "./load.ts";

const FILE = "003_287d70c37cde1d0b.txt";
const { record: r, missing, observations } = loadSeed(FILE);

describe("003 四川省大数据中心", () => {
  it("identifies the department, region, level and year", () => {
    expect(r.source.layout).toBe("tsv");
    expect(r.department).toBe("四川省大数据中心");
    expect([r.province, r.city, r.district, r.level, r.year]).toEqual(["四川省", null, null, "province", 2023]);
    expect(r.units.map((u) => u.code)).toEqual(["622001", "622902"]);
  });

  it("reads the totals", () => {
    expect(r.totals).toEqual({
      revenueTotal: 24634.71,
      expenditureTotal: 24634.71,
      generalBudgetAppropriation: 20049.18,
      carryOver: 1138.05,
      basicExpenditure: 4896.23,
      projectExpenditure: 19738.48,
      personnelExpenditure: 2409.57,
      publicExpenditure: 1195.16,
    });
  });

  it("reads the function classes", () => {
    expect(r.functionalClasses.map((c) => [c.code, c.amount])).toEqual([
      ["201", 23678.99],
      ["205", 56],
      ["206", 32.88],
      ["208", 391.17],
      ["210", 211.43],
      ["221", 264.24],
    ]);
  });

  it("reads 三公 with its blank cells kept", () => {
    expect(r.threePublic).toEqual({ total: 35, overseas: 0, vehicleTotal: 23, vehiclePurchase: 0, vehicleOperation: 23, reception: 12 });
  });

  it("reads vehicles held and vehicles funded", () => {
    expect(r.vehicles).toBe(6);
    expect(observations.find((o) => o.key === "vehiclesFunded")?.value).toBe(4000000n);
    expect(r.procurementTotal).toBe(16245.36);
    // "按规定未使用机关运行的相关科目": a stated nil.
    expect(r.operatingExpenses).toBe(0);
  });

  it("lists the 31 projects of 表八", () => {
    expect(r.projects).toHaveLength(31);
    expect(r.projects.find((p) => p.name === "省级政务云平台服务扩容项目")).toMatchObject({ amount: 5600, unitCode: "622001", functionCode: "2010399" });
    expect(r.projects.reduce((s, p) => s + Math.round(p.amount! * 100), 0)).toBe(1726268);
  });

  it("reads indicators from rows whose columns shifted", () => {
    expect(r.indicators.length).toBeGreaterThanOrEqual(325);
    const first = r.indicators[0];
    expect(first).toMatchObject({ project: "日常公用经费", level1: "效益指标", level2: "经济效益指标", operator: "≤", target: "100", unit: "%", weight: 20, direction: "反向指标" });
    // Row 466 lost its four leading cells: "产出指标 数量指标 大数据会说话 ≥ 15 期/年 5".
    expect(r.indicators.find((i) => i.line === 466)).toMatchObject({ level1: "产出指标", level2: "数量指标", name: "大数据会说话", target: "15", unit: "期/年", weight: 5 });
    // Row 483: "≥ (blank) 分钟 (blank) 反向指标" — no target stated.
    expect(r.indicators.find((i) => i.line === 483)).toMatchObject({ operator: "≤", target: null, unit: "分钟", weight: null, direction: "反向指标" });
    // Row 443 starts with the previous row's overflow: goal text, then "指标 产出指标" in one cell.
    expect(r.indicators.find((i) => i.line === 443)).toMatchObject({ project: "“跨省通办”业务梳理", level1: "产出指标", level2: "质量指标", name: "川渝通办专区配置完成数", target: "130" });
    // Project rows whose amount has no decimals ("省级政务云灾备平台项目 | 268 | …") still open a project.
    expect(r.indicators.filter((i) => i.project === "省级政务云灾备平台项目")).toHaveLength(8);
    expect(r.indicators.find((i) => i.line === 513)).toMatchObject({ project: "省级政务云灾备平台项目", name: "提供省级政务云平台到灾备平台的链路数量", target: "3", unit: "条", weight: 12 });
    expect(r.departmentIndicators).toHaveLength(18);
  });

  it("reports nothing missing that the document states", () => {
    expect(missing).toEqual(["headcount"]);
  });
});
