// 002: 达州市达川区人民政府办公室 2023 (PDF text, every cell broken). Values read from the document.
import { describe, expect, it } from "vitest";
import { loadSeed, sourceLine } from "./load.ts";

const FILE = "002_41c7b8c353668457.txt";
const { record: r, missing, observations } = loadSeed(FILE);

describe("002 达州市达川区人民政府办公室", () => {
  it("identifies the department, region, level and year", () => {
    expect(r.department).toBe("达州市达川区人民政府办公室");
    expect([r.province, r.city, r.district, r.level, r.year]).toEqual(["四川省", "达州市", "达川区", "district", 2023]);
    expect(r.units).toEqual([{ code: "103001", name: "达州市达川区人民政府办公室" }]);
  });

  it("reads totals stated with thousands separators (1,215.75)", () => {
    expect(r.totals).toEqual({
      revenueTotal: 1215.75,
      expenditureTotal: 1215.75,
      generalBudgetAppropriation: 1197.75,
      carryOver: 18,
      basicExpenditure: 864.95,
      projectExpenditure: 350.8,
      personnelExpenditure: 694.69,
      publicExpenditure: 170.26,
    });
  });

  it("reads the function classes, including 城乡社区支出 from the 政府性基金 carry-over", () => {
    expect(r.functionalClasses.map((c) => [c.code, c.amount])).toEqual([
      ["201", 1008.45],
      ["208", 80.13],
      ["210", 43.3],
      ["212", 18],
      ["221", 65.87],
    ]);
  });

  it("reads 表3-3 三公 and keeps the narrative's 29.50 and 表4-1's 18.00 as observations", () => {
    expect(r.threePublic).toEqual({ total: 11.5, overseas: 0, vehicleTotal: 9, vehiclePurchase: 0, vehicleOperation: 9, reception: 2.5 });
    const narrative = observations.find((o) => o.key === "threePublic.total" && o.source === "narrative");
    expect(narrative?.value).toBe(29500000n);
    expect(sourceLine(FILE, narrative!.line)).toContain("29.50");
    const fund = observations.filter((o) => o.key.startsWith("fund.threePublic."));
    expect(fund.find((o) => o.key === "fund.threePublic.total")?.value).toBe(18000000n);
    expect(fund.find((o) => o.key === "fund.threePublic.vehiclePurchase")?.value).toBe(18000000n);
  });

  it("finds the staff count stated only as a 部门整体 indicator", () => {
    expect(r.headcount).toMatchObject({ value: 47, line: 3634 });
    expect(r.headcount!.basis).toContain("在职人员数量");
  });

  it("reads the narrative facts", () => {
    expect(r.operatingExpenses).toBe(170.26);
    expect(r.procurementTotal).toBe(18.85);
    expect(r.vehicles).toBe(1);
  });

  it("lists the 13 projects of 表3-2", () => {
    expect(r.projects).toHaveLength(13);
    expect(r.projects[0]).toMatchObject({ name: "派驻纪检组办案经费项目", amount: 20, unitCode: "103001", functionCode: "2010302" });
    expect(r.projects.reduce((s, p) => s + Math.round(p.amount! * 100), 0)).toBe(33280);
  });

  it("reassembles indicators whose every cell broke across lines", () => {
    expect(r.indicators).toHaveLength(141);
    expect(new Set(r.indicators.map((i) => i.project)).size).toBe(13);
    expect(r.indicators[0]).toMatchObject({
      project: "派驻纪检组办案经费项目", level1: "效益指标", level2: "社会效益指标", name: "保障全年纪检工作有序开展，加强廉政建设", operator: "定性", target: "优", weight: 10,
    });
    expect(r.indicators[1]).toMatchObject({ level1: "产出指标", level2: "数量指标", name: "多功能一体机采购数量", operator: "＝", target: "1", unit: "台", weight: 5, direction: "正向指标" });
    expect(r.departmentIndicators).toHaveLength(91);
  });

  it("reports nothing missing that the document states", () => {
    expect(missing).toEqual([]);
  });
});
