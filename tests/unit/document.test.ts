// The document model on small excerpts of each layout.
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/ingest/document.ts";
import { rowText } from "../../src/ingest/rows.ts";

const pdfText = `表1

部门收支总表
部门：达州市数字经济局 金额单位：万元

收    入 支    出

一、一般公共预算拨款收入 649.71 一、一般公共服务支出

本 年 收 入 合 计 649.71 本 年 支 出 合 计 649.71
`;

const pipes = `附件5
|
重庆市潼南区大数据应用发展管理局政府性基金预算支出表 |
|||||||
|
单位:万元 |
|||||||
|
合计 |
|||||||
(备注:本单位无政府性基金收支,故此表无数据。)
`;

const tsv = ["表九", "", "一般公共预算“三公”经费支出预算表", "", "金额单位：万元", "", "\t合 计\t35.00\t\t23.00\t\t23.00\t12.00"].join("\n");

const markdown = ["表一", "", "## 某局财政拨款收支总表", "", "单位：元", "", "<b>收入合计</b>\t<b>66,000.00</b>"].join("\n");

describe("document model", () => {
  it("detects each layout from line shapes", () => {
    expect(parseDocument("a", pdfText).layout).toBe("pdf-text");
    expect(parseDocument("b", pipes).layout).toBe("pipe-fragments");
    expect(parseDocument("c", tsv).layout).toBe("tsv");
    expect(parseDocument("d", markdown).layout).toBe("markdown-tsv");
  });

  it("joins letters spaced out for justification, keeping each cell's line", () => {
    const doc = parseDocument("a", pdfText);
    const total = doc.tables[0].rows.find((r) => rowText(r).startsWith("本年收入合计"))!;
    expect(total.cells.map((c) => c.text)).toEqual(["本年收入合计", "649.71", "本年支出合计", "649.71"]);
    expect(total.line).toBe(10);
  });

  it("opens a table at its title and reads its unit line", () => {
    const doc = parseDocument("a", pdfText);
    expect(doc.tables.map((t) => [t.kind, t.title, t.line, t.unit])).toEqual([["incomeExpenditureSummary", "部门收支总表", 3, "万元"]]);
  });

  it("reads pipe rows and an empty-table statement", () => {
    const doc = parseDocument("b", pipes);
    const [table] = doc.tables;
    expect(table.kind).toBe("governmentFund");
    expect(table.emptyStatement).toEqual({ text: "(备注:本单位无政府性基金收支,故此表无数据。)", line: 11 });
    expect(table.rows.map((r) => rowText(r))).toContain("合计");
  });

  it("keeps blank cells of tab-separated rows", () => {
    const doc = parseDocument("c", tsv);
    expect(doc.tables[0].rows.at(-1)!.cells.map((c) => c.text)).toEqual(["", "合 计", "35.00", "", "23.00", "", "23.00", "12.00"]);
  });

  it("strips HTML tags and heading marks for matching, and notes a table in 元", () => {
    const doc = parseDocument("d", markdown);
    expect(doc.tables[0]).toMatchObject({ kind: "fiscalSummary", unit: "元" });
    expect(doc.tables[0].rows.at(-1)!.cells.map((c) => c.text)).toEqual(["收入合计", "66,000.00"]);
    expect(doc.lines[6].raw).toContain("<b>");
  });

  it("merges a table continued on a new page and skips its repeated header", () => {
    const text = ["表7", "部门整体支出绩效目标表", "金额单位：万元", "一级指标 二级指标 三级指标 指标值", "产出指标", "数量指标", "出差次数 ≥20次",
      "表7", "部门整体支出绩效目标表", "金额单位：万元", "一级指标 二级指标 三级指标 指标值", "驻村人数 =2人"].join("\n");
    const doc = parseDocument("e", text);
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0].continuations).toEqual([9]);
    expect(doc.tables[0].rows.map((r) => rowText(r))).toEqual(["金额单位：万元", "一级指标二级指标三级指标指标值", "产出指标", "数量指标", "出差次数≥20次", "驻村人数=2人"]);
  });
});

describe("a layout the seeds do not use", () => {
  it("reads a markdown pipe table, one row per line, blank cells kept", () => {
    const text = ["表1", "部门收支总表", "单位：万元", "| 项目 | 预算数 | 项目 | 预算数 |", "|---|---|---|---|", "| 一般公共预算拨款收入 | 100.00 | 教育支出 | 100.00 |", "| 收入总计 | 100.00 | 支出总计 | 100.00 |"].join("\n");
    const doc = parseDocument("f", text);
    expect(doc.layout).toBe("pipe-fragments");
    expect(doc.tables[0].rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["单位：万元"],
      ["项目", "预算数", "项目", "预算数"],
      ["一般公共预算拨款收入", "100.00", "教育支出", "100.00"],
      ["收入总计", "100.00", "支出总计", "100.00"],
    ]);
  });
});

describe("slugOf", () => {
  it("writes pinyin without tones, ü as v, and the year", async () => {
    const { slugOf } = await import("../../src/ingest/record.ts");
    expect(slugOf("四川省大数据中心", 2023)).toBe("sichuanshengdashujuzhongxin-2023");
    expect(slugOf("重庆市渝北区文化和旅游局", 2025)).toBe("chongqingshiyubeiquwenhuahelvyouju-2025");
    expect(slugOf("绿色发展局", null)).toBe("lvsefazhanju");
  });
});
