// 001: 重庆市潼南区大数据应用发展管理局 2026 (pipe fragments). Values read from the document.
import { describe, expect, it } from "vitest";
import { loadSeed, sourceLine } from "./load.ts";

const FILE = "001_a9842d19cce9b344.txt";
const { record: r, missing, observations } = loadSeed(FILE);

describe("001 重庆市潼南区大数据应用发展管理局", () => {
  it("identifies the department, region, level and year", () => {
    expect(r.source.layout).toBe("pipe-fragments");
    expect(r.department).toBe("重庆市潼南区大数据应用发展管理局");
    expect([r.province, r.city, r.district, r.level, r.year]).toEqual(["重庆市", "重庆市", "潼南区", "district", 2026]);
  });

  it("takes totals from 附件6 部门收支总表, not the mistyped 附件8 合计", () => {
    expect(r.totals).toEqual({
      revenueTotal: 1207.84,
      expenditureTotal: 1207.84,
      generalBudgetAppropriation: 1207.84,
      carryOver: 0,
      basicExpenditure: 404.68,
      projectExpenditure: 803.16,
      personnelExpenditure: 334.09,
      publicExpenditure: 70.59,
    });
    // 附件8 部门支出总表 states 合计 1027.84: kept as an observation for the checks.
    expect(observations.find((o) => o.source === "expenditureSummary" && o.key === "totals.expenditureTotal")?.value).toBe(1027840000n);
  });

  it("reads the function classes of 附件6", () => {
    expect(r.functionalClasses.map((c) => [c.code, c.amount])).toEqual([
      ["208", 52.84],
      ["210", 20.7],
      ["215", 1110.31],
      ["221", 23.99],
    ]);
    // 附件1 财政拨款收支总表 says 52.48 and 166.94 instead.
    const fiscal = observations.filter((o) => o.source === "fiscalSummary" && o.key.startsWith("fiscal.functionalClasses."));
    expect(fiscal.map((o) => [o.key, o.value])).toContainEqual(["fiscal.functionalClasses.221", 166940000n]);
    expect(fiscal.map((o) => [o.key, o.value])).toContainEqual(["fiscal.functionalClasses.208", 52480000n]);
  });

  it("splits 附件4's two years of 三公 by the identities and the narrative", () => {
    expect(r.threePublic).toEqual({ total: 5, overseas: 0, vehicleTotal: 2.5, vehiclePurchase: 0, vehicleOperation: 2.5, reception: 2.5 });
    expect(r.threePublicPriorYear).toEqual({ total: 5.5, overseas: 0, vehicleTotal: 3.5, vehiclePurchase: 0, vehicleOperation: 3.5, reception: 2 });
    expect(sourceLine(FILE, r.provenance["threePublic.total"])).toContain("5");
  });

  it("reads the narrative facts", () => {
    expect(r.operatingExpenses).toBe(70.59);
    expect(r.procurementTotal).toBe(420);
    expect(r.vehicles).toBe(1);
    expect(r.headcount).toBeNull();
  });

  it("lists the projects of 附件10 项目支出明细表", () => {
    expect(r.projects.map((p) => [p.name, p.amount, p.unitCode])).toEqual([
      ["电子政务网络改造升级", 345, null],
      ["数字化发展项目", 400, "7141001"],
      ["推进数字重庆建设项目", 58.16, "7141001"],
    ]);
  });

  it("reads the 申报表 indicators, whose values are glued (≤4.8万元)", () => {
    expect(r.indicators).toHaveLength(44);
    expect(r.indicators[0]).toMatchObject({
      project: "推进数字重庆建设项目", level1: "产出指标", level2: "成本指标", name: "技术支撑团队运转经费", operator: "≤", target: "4.8", unit: "万元",
    });
    // Level words carry down to the next rows: "指标2:建设AI+应用 | ≤30万元".
    expect(r.indicators[1]).toMatchObject({ level1: "产出指标", level2: "成本指标", name: "建设AI+应用", target: "30" });
    // "| 效益指标 | 经济效益 | 指标1: |" states no indicator; the next row's "社会效益" is its own 二级.
    expect(r.indicators.find((i) => i.line === 1384)).toMatchObject({ level1: "效益指标", level2: "社会效益", name: "数字化应用正常运行率", operator: "≥", target: "90", unit: "%" });
    expect(r.departmentIndicators).toHaveLength(8);
    expect(r.departmentIndicators[0]).toMatchObject({ name: "接入层设备服务", weight: 20, unit: "万元", operator: "≤", target: "75" });
  });

  it("reads the glossary", () => {
    expect(r.glossary.map((g) => g.term)).toEqual(["财政拨款收入", "其他收入", "基本支出", "项目支出", "“三公”经费"]);
  });

  it("reports nothing missing that the document states", () => {
    expect(missing).toEqual(["headcount"]);
  });
});
