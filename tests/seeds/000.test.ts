// 000: 达州市数字经济局 2023 (PDF text, cells broken over lines). Values read from the document.
import { describe, expect, it } from "vitest";
import { loadSeed, sourceLine } from "./load.ts";

const FILE = "000_45da49f01d19c6c6.txt";
const { record: r, missing } = loadSeed(FILE);

describe("000 达州市数字经济局", () => {
  it("identifies the department, region, level and year", () => {
    expect(r.source.layout).toBe("pdf-text");
    expect(r.department).toBe("达州市数字经济局");
    expect([r.province, r.city, r.district, r.level, r.year]).toEqual(["四川省", "达州市", null, "city", 2023]);
    expect(r.units).toEqual([
      { code: "208001", name: "达州市数字经济局" },
      { code: "208002", name: "达州市大数据服务中心" },
    ]);
  });

  it("reads the totals of 表1, 表1-2 and 表3-1", () => {
    expect(r.totals).toEqual({
      revenueTotal: 649.71,
      expenditureTotal: 649.71,
      generalBudgetAppropriation: 649.71,
      carryOver: 0, // 八、上年结转 is blank and 收入总计 = 本年收入合计
      basicExpenditure: 440.05,
      projectExpenditure: 209.66,
      personnelExpenditure: 404.32,
      publicExpenditure: 35.74,
    });
    expect(sourceLine(FILE, r.provenance["totals.revenueTotal"])).toContain("649.71");
    expect(r.provenance["totals.basicExpenditure"]).toBe(485);
    expect(r.provenance["totals.personnelExpenditure"]).toBe(724);
  });

  it("reads the 类 function classes", () => {
    expect(r.functionalClasses.map((c) => [c.code, c.name, c.amount])).toEqual([
      ["208", "社会保障和就业支出", 45.31],
      ["210", "卫生健康支出", 16.76],
      ["215", "资源勘探工业信息等支出", 549.99],
      ["221", "住房保障支出", 37.65],
    ]);
  });

  it("places the 三公 amounts whose blank cells vanished (表3-3: 6.60 4.00 4.00 2.60)", () => {
    expect(r.threePublic).toEqual({ total: 6.6, overseas: 0, vehicleTotal: 4, vehiclePurchase: 0, vehicleOperation: 4, reception: 2.6 });
    expect(r.threePublicPriorYear).toBeNull();
    expect(r.provenance["threePublic.total"]).toBe(869);
  });

  it("reads the narrative facts", () => {
    expect(r.operatingExpenses).toBe(38.81);
    expect(r.procurementTotal).toBe(0); // 无政府采购项目，未安排政府采购预算
    expect(r.vehicles).toBe(1);
    expect(r.headcount).toBeNull();
    expect(sourceLine(FILE, r.provenance.operatingExpenses)).toContain("38.81");
  });

  it("lists the 11 projects of 表3-2, summing to 项目支出", () => {
    expect(r.projects).toHaveLength(11);
    expect(r.projects[0]).toEqual({ name: "信息化工作统筹", amount: 27, unitCode: "208001", functionCode: "2150502", line: 825 });
    expect(r.projects.at(-1)).toMatchObject({ name: "效率革命工作经费", amount: 10 });
    const cents = r.projects.reduce((s, p) => s + Math.round(p.amount! * 100), 0);
    expect(cents).toBe(20966);
  });

  it("reads every project indicator of 表6, counting page continuations once", () => {
    expect(r.indicators).toHaveLength(193);
    expect(r.indicators[0]).toEqual({
      project: "信息化工作统筹", level1: "产出指标", level2: "数量指标", name: "开展宣传活动次数",
      operator: "≥", target: "5", unit: "次", weight: 4, direction: null, core: null, line: 1012,
    });
    expect(r.indicators.find((i) => i.line === 1042)).toMatchObject({
      level1: "效益指标", level2: "社会效益指标", name: "信息化工作统筹正常运转率", operator: "＝", target: "100", unit: "%", weight: 10, direction: "正向指标",
    });
    expect(r.indicators.find((i) => i.line === 1044)).toMatchObject({ operator: "定性", target: "优", unit: null, weight: 10 });
    // 乡村振兴驻村帮扶工作经费 continues onto a second page that repeats its header.
    expect(r.indicators.filter((i) => i.project === "乡村振兴驻村帮扶工作经费")).toHaveLength(12);
    expect(new Set(r.indicators.map((i) => i.project)).size).toBe(11);
    // A name broken across lines: "与四川日报等媒体开展宣传数字经济工作内容" + "契合率".
    expect(r.indicators.some((i) => i.name === "与四川日报等媒体开展宣传数字经济工作内容契合率")).toBe(true);
  });

  it("keeps the 部门整体 indicators apart", () => {
    expect(r.departmentIndicators).toHaveLength(35);
    expect(r.departmentIndicators[0]).toMatchObject({ project: null, level1: "产出指标", level2: "数量指标", name: "出差次数", operator: "≥", target: "20", unit: "次" });
    expect(r.departmentIndicators.find((i) => i.name === "各项项目管理体制健全性")).toMatchObject({ level2: "可持续发展指标", target: "优" });
  });

  it("reads the economic classification and the glossary", () => {
    expect(r.economicClasses.find((e) => e.code === "30101" && e.unitCode === "208001")).toMatchObject({ name: "基本工资", amount: 67.29, line: 732 });
    expect(r.glossary).toHaveLength(15);
    expect(r.glossary[0]).toMatchObject({ term: "一般公共预算拨款收入", line: 2346 });
  });

  it("records empty-table statements", () => {
    const fund = r.tables.find((t) => t.kind === "governmentFund");
    expect(fund?.emptyStatement).toEqual({ text: "空表说明：此项无内容", line: 896 });
  });

  it("reports nothing missing that the document states", () => {
    expect(missing).toEqual(["headcount"]);
  });
});

describe("000 keeps the four states of a value apart", () => {
  it("marks a blank cell the total reconciles, a nil in words, and a stated number", () => {
    expect(r.states["threePublic.overseas"]).toBe("blank"); // 表3-3: the 因公出国 cell is empty
    expect(r.states["totals.carryOver"]).toBe("blank"); // 表1: 八、上年结转 has no figure
    expect(r.states.procurementTotal).toBe("statedZero"); // 无政府采购项目，未安排政府采购预算
    expect(r.states["threePublic.reception"]).toBe("stated");
    expect(r.tables.find((t) => t.kind === "stateCapital")?.emptyStatement?.text).toBe("空表说明：此项无内容");
    expect(r.headcount).toBeNull(); // not disclosed
  });
});
