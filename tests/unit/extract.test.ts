// Extractors on small excerpts, including a template that reports in 元.
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/ingest/document.ts";
import { summaryObservations } from "../../src/ingest/extract/summaries.ts";
import { threePublicFigures } from "../../src/ingest/extract/threePublic.ts";
import { readPerformance } from "../../src/ingest/extract/indicators.ts";
import { projectRows } from "../../src/ingest/extract/projects.ts";
import { narrativeObservations, threePublicStatement } from "../../src/ingest/extract/narrative.ts";
import { ingestText } from "../../src/ingest/ingest.ts";
import { place } from "../../src/ingest/place.ts";
import { toNumber } from "../../src/ingest/decimal.ts";

const n = (v: bigint | null | undefined) => (v === null || v === undefined ? v : toNumber(v));

describe("部门收支总表", () => {
  it("pairs each amount with the label before it, in 元 converted to 万元", () => {
    const doc = parseDocument("x", ["部门收支总表", "单位：元", "项目\t预算数\t项目\t预算数", "一般公共预算拨款收入\t6,497,100.00\t社会保障和就业支出\t453,100.00", "收入总计\t6,497,100.00\t支出总计\t6,497,100.00"].join("\n"));
    const { observations } = summaryObservations(doc.tables[0], "incomeExpenditureSummary");
    expect(observations.map((o) => [o.key, n(o.value), o.line])).toEqual([
      ["totals.generalBudgetAppropriation", 649.71, 4],
      ["functionalClasses.208", 45.31, 4],
      ["totals.revenueTotal", 649.71, 5],
      ["totals.expenditureTotal", 649.71, 5],
    ]);
  });

  it("ingests a whole disclosure in 元 into a record in 万元", () => {
    const text = [
      "某市某局2024年部门预算", "表1", "部门收支总表", "部门：某市某局 金额单位：元",
      "一、一般公共预算拨款收入 1,234,567.89 一、一般公共服务支出 1,234,567.89",
      "收入总计 1,234,567.89 支出总计 1,234,567.89",
      "表1-2", "部门支出总表", "部门：某市某局 金额单位：元",
      "合计 基本支出 项目支出", "合 计 1,234,567.89 1,000,000.00 234,567.89",
    ].join("\n");
    const { record } = ingestText("x.txt", text, "0".repeat(64));
    expect(record.totals.revenueTotal).toBe(123.456789);
    expect(record.totals.basicExpenditure).toBe(100);
    expect(record.totals.projectExpenditure).toBe(23.456789);
    expect(record.functionalClasses).toEqual([{ code: "201", name: "一般公共服务支出", amount: 123.456789, line: 5 }]);
  });
});

describe("placing amounts whose blank cells vanished", () => {
  const cols = ["total", "overseas", "vehicleTotal", "vehiclePurchase", "vehicleOperation", "reception"];
  const ids = [
    { total: "total", parts: ["overseas", "vehicleTotal", "reception"] },
    { total: "vehicleTotal", parts: ["vehiclePurchase", "vehicleOperation"] },
  ];
  it("uses the identities and another table's figure, not position", () => {
    const p = place([6600000n, 4000000n, 4000000n, 2600000n], cols, ids, { vehicleOperation: 4000000n });
    expect(p!.values).toEqual({ total: 6600000n, overseas: null, vehicleTotal: 4000000n, vehiclePurchase: null, vehicleOperation: 4000000n, reception: 2600000n });
    expect(p!.ambiguous).toEqual([]);
  });
  it("leaves a column null when the arithmetic cannot decide", () => {
    const p = place([6600000n, 4000000n, 4000000n, 2600000n], cols, ids, {});
    expect(p!.ambiguous).toEqual(["vehiclePurchase", "vehicleOperation"]);
    expect(p!.values.vehicleTotal).toBe(4000000n);
  });
});

describe("三公 table and narrative", () => {
  it("reads a PDF-text 三公 table with the narrative's figures as hints", () => {
    const doc = parseDocument("x", ["“三公”经费财政拨款预算安排情况说明", "“三公”经费财政拨款预算数 6.6万元，其中：公务接待费 2.6万元，", "2023年安排公务用车运行维护费 4万元。",
      "表3-3", "一般公共预算“三公”经费支出预算表", "部门：某局 金额单位：万元", "合    计 6.60 4.00 4.00 2.60"].join("\n"));
    const statement = threePublicStatement(doc.narrative)!;
    expect(n(statement.current.total!.value)).toBe(6.6);
    const hints = Object.fromEntries(Object.entries(statement.current).map(([k, f]) => [k, f!.value]));
    const [fig] = threePublicFigures(doc.tables[0], { 2023: hints }, 2023);
    expect(Object.fromEntries(Object.entries(fig.values).map(([k, v]) => [k, n(v)]))).toEqual({
      total: 6.6, overseas: 0, vehicleTotal: 4, vehiclePurchase: 0, vehicleOperation: 4, reception: 2.6,
    });
    expect(fig.lines.total).toBe(7);
  });

  it("computes the prior year from stated changes", () => {
    const doc = parseDocument("x", "四、“三公”经费情况说明\n2026年“三公”经费预算5万元,比2025年减少0.5万元。其中:公务接待费2.5万元,比2025年增加0.5万元;公务用车运行维护费2.5万元,比2025年减少1万元。\n表1\n部门收支总表\n单位:万元");
    const s = threePublicStatement(doc.narrative)!;
    expect(s.priorYear).toBe(2025);
    expect([n(s.prior.total), n(s.prior.reception), n(s.prior.vehicleOperation)]).toEqual([5.5, 2, 3.5]);
  });

  it("reads narrative facts with their lines", () => {
    const doc = parseDocument("x", "（一）机关运行经费情况\n2023年，某局机关运行经费财政拨款预算\n为 38.81万元。\n截至 2022 年底，某局共有车辆 1 辆。\n表1\n部门收支总表\n单位:万元");
    const obs = narrativeObservations(doc.narrative);
    expect(obs.find((o) => o.key === "operatingExpenses")).toMatchObject({ value: 38810000n, line: 3 });
    expect(obs.find((o) => o.key === "vehicles")).toMatchObject({ value: 1000000n, line: 4 });
  });
});

describe("performance indicators", () => {
  it("reassembles PDF-text fragments into indicators", () => {
    const text = ["表6", "部门预算项目绩效目标表（2023年度）", "金额单位：万元",
      "单位名称 项目名称 预算数 年度目标 一级指标 二级指标 三级指标 指标性质 指标值 度量单位 权重 指标方向性",
      "103001-达", "州市某局", "派驻纪", "检组经费", "", "20.00", "", "年度目标文字", "效益指标", "社会效", "益指标", "保障全年纪检", "工作有序开展", "定性 优 10",
      "产出指标", "数量指", "标", "全年出差人次 ≥ 295 人次 5 正向指标"].join("\n");
    const doc = parseDocument("x", text);
    const perf = readPerformance(doc.tables[0], { layout: doc.layout, unitNames: ["达州市某局"], knownProjects: [], departmentLevel: false });
    expect(perf.projects).toEqual([{ name: "派驻纪检组经费", amount: 20000000n, line: 10 }]);
    expect(perf.indicators).toEqual([
      { project: "派驻纪检组经费", level1: "效益指标", level2: "社会效益指标", name: "保障全年纪检工作有序开展", operator: "定性", target: "优", unit: null, weight: 10, direction: null, core: null, line: 18 },
      { project: "派驻纪检组经费", level1: "产出指标", level2: "数量指标", name: "全年出差人次", operator: "≥", target: "295", unit: "人次", weight: 5, direction: "正向指标", core: null, line: 22 },
    ]);
  });

  it("reads a markdown row whose weight and unit come before the operator", () => {
    const text = ["## 部门整体绩效目标表", "单位：万元", "绩效指标\t一级指标\t二级指标\t三级指标\t指标权重\t计量单位\t指标性质\t指标值\t是否核心指标", "\t产出指标\t质量指标\t召开学术委员会\t20\t次\t=\t1\t是"].join("\n");
    const doc = parseDocument("x", text);
    const perf = readPerformance(doc.tables[0], { layout: doc.layout, unitNames: [], knownProjects: [], departmentLevel: true });
    expect(perf.indicators[0]).toMatchObject({ project: null, level1: "产出指标", level2: "质量指标", name: "召开学术委员会", weight: 20, unit: "次", operator: "=", target: "1", core: true });
  });
});

describe("project list", () => {
  it("takes rows that name a unit and a project; subtotal rows are skipped", () => {
    const doc = parseDocument("x", ["表3-2", "一般公共预算项目支出预算表", "部门：某局 金额单位：万元", "合    计 47.00", "一般行政管理事务 47.00", "215 05 02 208001   信息化工作统筹 27.00", "215 05 02 208001   数字经济能力提升建设 20.00"].join("\n"));
    expect(projectRows(doc.tables[0])).toEqual([
      { name: "信息化工作统筹", amount: 27000000n, unitCode: "208001", functionCode: "2150502", line: 6 },
      { name: "数字经济能力提升建设", amount: 20000000n, unitCode: "208001", functionCode: "2150502", line: 7 },
    ]);
  });
});

describe("the same extractors on the other layouts", () => {
  it("pipe fragments: a 部门收支总表 whose blank cells vanished", () => {
    const text = ["附件6", "|", "某局部门收支总表 | |||", "|", "单位:万元 | |||", "|", "项目 |", "预算数 |", "支出科目 |", "预算数 |",
      "|", "一般公共预算拨款收入 |", "1207.84 |", "一、一般公共服务支出 |", "|", "事业单位经营收入 |", "八、社会保障和就业支出 |", "52.84 |",
      "|", "收入总计 |", "1207.84 |", "支出总计 |", "1207.84 |"].join("\n");
    const doc = parseDocument("x", text);
    expect(doc.layout).toBe("pipe-fragments");
    const { observations } = summaryObservations(doc.tables[0], "incomeExpenditureSummary");
    expect(observations.map((o) => [o.key, n(o.value), o.line])).toEqual([
      ["totals.generalBudgetAppropriation", 1207.84, 13],
      ["functionalClasses.208", 52.84, 18],
      ["totals.revenueTotal", 1207.84, 21],
      ["totals.expenditureTotal", 1207.84, 23],
    ]);
  });

  it("pipe fragments: a 绩效目标申报表 with glued values and inherited levels", () => {
    const text = ["2026年区级预算绩效目标申报表", "|", "项目名称 |", "推进数字重庆建设项目 |", "|", "资金总额(万元) |", "58.16 |",
      "|", "绩 |", "一级指标 |", "二级指标 |", "三级指标 |", "指标值 |",
      "|", "产出指标 |", "成本指标 |", "指标1:技术支撑团队运转经费 |", "≤4.8万元 |", "|", "指标2:建设AI+应用 |", "≤30万元 |",
      "|", "数量指标 |", "指标1:建设AI+应用场景 |", "≥1个 |"].join("\n");
    const doc = parseDocument("x", text);
    const perf = readPerformance(doc.tables[0], { layout: doc.layout, unitNames: [], knownProjects: [], departmentLevel: false });
    // The amount is traced to its own line (7), not to the 项目名称 line.
    expect(perf.projects).toEqual([{ name: "推进数字重庆建设项目", amount: 58160000n, line: 7 }]);
    expect(perf.indicators.map((i) => [i.level1, i.level2, i.name, i.operator, i.target, i.unit])).toEqual([
      ["产出指标", "成本指标", "技术支撑团队运转经费", "≤", "4.8", "万元"],
      ["产出指标", "成本指标", "建设AI+应用", "≤", "30", "万元"],
      ["产出指标", "数量指标", "建设AI+应用场景", "≥", "1", "个"],
    ]);
  });

  it("tab-separated: a 三公 table whose blank cells are kept", () => {
    const doc = parseDocument("x", ["表九", "一般公共预算“三公”经费支出预算表", "金额单位：万元", "单位编码\t单位名称（科目）\t合计\t因公出国（境）费用\t小计\t公务用车购置费\t公务用车运行费\t公务接待费", "\t合 计\t35.00\t\t23.00\t\t23.00\t12.00"].join("\n"));
    const [fig] = threePublicFigures(doc.tables[0], {}, 2023);
    expect(Object.fromEntries(Object.entries(fig.values).map(([k, v]) => [k, n(v)]))).toEqual({ total: 35, overseas: 0, vehicleTotal: 23, vehiclePurchase: 0, vehicleOperation: 23, reception: 12 });
  });
});
