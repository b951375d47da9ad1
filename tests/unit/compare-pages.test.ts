// Comparison pages: chart data shaping, filter variants, summaries, and the
// pure helpers of the client chart tools (public/assets/charts.js), checked
// against values computed by hand from the records.
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { runInNewContext } from "node:vm";
import { departmentSchema, type Department } from "../../src/lib/schema.ts";
import { parseHeadcounts } from "../../src/compare/headcounts.ts";
import { projectRows } from "../../src/lib/budget.ts";
import { threePublicFigures } from "../../src/charts/compare/threePublic.ts";
import { largestProjects, projectShareFigures } from "../../src/charts/compare/projectShare.ts";
import { indicatorFigures, labelUses, labelUsesAcross } from "../../src/charts/compare/indicators.ts";
import { admits, facetKey, filterVariants, type CompareFigure, type TableRow } from "../../src/charts/compare/figure.ts";
import { compareSummary, range, sparkBarsSvg } from "../../src/charts/compare/summary.ts";
import { layoutStacks } from "../../src/charts/stackedBars.ts";
import { fitLabel } from "../../src/charts/bars.ts";
import { projectShareRows } from "../../src/compare/metrics.ts";

const records: Department[] = readdirSync("content/departments")
  .filter((f) => f.endsWith(".json") && !f.startsWith("zz-"))
  .map((f) => departmentSchema.parse(JSON.parse(readFileSync(`content/departments/${f}`, "utf8"))))
  .sort((a, b) => (a.slug < b.slug ? -1 : 1));
const bySlug = (slug: string) => records.find((r) => r.slug === slug)!;
const links = {
  department: (slug: string, anchor?: string) => `../departments/${slug}.html${anchor ? `#${anchor}` : ""}`,
  source: (slug: string, line: number) => `../source/${slug}.html#L${line}`,
};
const DACHUAN = "dazhoushidachuanqurenminzhengfubangongshi-2023";
const SHUZI = "dazhoushishuzijingjiju-2023";
const TONGNAN = "chongqingshitongnanqudashujuyingyongfazhanguanliju-2026";

const figure = (figures: CompareFigure[], id: string) => figures.find((f) => f.id === id)!;
const rowOf = (f: CompareFigure, department: string) => f.table.rows.find((r) => r.cells[0].text === department)!;
const texts = (r: TableRow) => r.cells.map((c) => c.text);

describe("三公 comparison", () => {
  const figures = threePublicFigures(records, [], links);

  it("per staff: 达川区政府办 11.50 ÷ 47 = 0.2447 万元/人, with the staff basis linked to its line", () => {
    const f = figure(figures, "chart-per-staff");
    expect(f.unit).toBe("万元/人");
    const r = rowOf(f, "达州市达川区人民政府办公室");
    expect(texts(r)).toEqual(["达州市达川区人民政府办公室", "2023", "区县级", "47", "部门整体支出绩效目标表：2023年单位在职人员数量 =47人", "11.50", "0.2447", "0.0000", "0.1915", "0.0532"]);
    expect(r.cells[3].href).toBe(`../source/${DACHUAN}.html#L${bySlug(DACHUAN).headcount!.line}`);
    expect(f.table.columns).toHaveLength(r.cells.length);
  });

  it("a department without a staff count is 未披露, never 0, and still listed", () => {
    const f = figure(figures, "chart-per-staff");
    expect(f.table.rows).toHaveLength(records.length);
    const r = rowOf(f, "达州市数字经济局");
    expect(texts(r).slice(3)).toEqual(["未披露", "文件未说明人数，也没有编辑补充的人数", "6.60", "未披露", "未披露", "未披露", "未披露"]);
    expect(r.cells.filter((c) => c.text === "未披露").every((c) => c.nd)).toBe(true);
    // The chart labels the bar 未披露 instead of drawing a zero bar.
    const svg = f.variants.find((v) => v.keys.includes("2023/city"))!.svg;
    expect(svg).toContain("未披露");
    expect(svg).not.toContain("<rect");
  });

  it("uses an editor's staff count with its citation", () => {
    const editorial = parseHeadcounts(
      `- slug: ${SHUZI}\n  value: 20\n  source: { document: "达州市数字经济局2023年部门决算", year: 2023, table: "人员情况表" }\n`,
      records.map((r) => r.slug),
    );
    const r = rowOf(figure(threePublicFigures(records, editorial, links), "chart-per-staff"), "达州市数字经济局");
    expect(texts(r).slice(3, 7)).toEqual(["20", "编辑补充：达州市数字经济局2023年部门决算（2023年，人员情况表）", "6.60", "0.3300"]);
    expect(r.cells[3].href).toBeUndefined(); // no source line in the disclosure: the citation is the source
  });

  it("proxies are computed for every department and labelled as such", () => {
    const ofBasic = figure(figures, "chart-share-of-basic");
    expect(ofBasic.proxy).toBe(true);
    expect(ofBasic.title).toContain("代理指标");
    expect(ofBasic.table.rows.every((r) => !r.cells[5].nd)).toBe(true);
    // 6.60 / 440.05 = 1.4998 %; 6.60 / 404.32 × 100 = 1.6324 万元.
    expect(texts(rowOf(ofBasic, "达州市数字经济局")).slice(3)).toEqual(["6.60", "440.05", "1.50%"]);
    expect(texts(rowOf(figure(figures, "chart-per-personnel"), "达州市数字经济局")).slice(3)).toEqual(["6.60", "404.32", "1.63"]);
    // Sorted largest first: 綦江 13.00 / 352.16 = 3.69 %.
    expect(ofBasic.table.rows[0].cells[0].text).toBe("重庆市綦江区大数据应用发展管理局");
  });
});

describe("project share comparison", () => {
  const figures = projectShareFigures(records, links);

  it("达州市数字经济局: 209.66 ÷ 649.71 = 32.27 %", () => {
    const r = rowOf(figure(figures, "chart-project-share"), "达州市数字经济局");
    expect(texts(r).slice(3)).toEqual(["209.66", "649.71", "32.27%"]);
    expect(r.cells[3].href).toMatch(new RegExp(`^\\.\\./source/${SHUZI}\\.html#L\\d+$`));
  });

  it("stacked basic vs project bars are sorted by 支出总计", () => {
    const f = figure(figures, "chart-basic-vs-project");
    expect(f.table.rows.map((r) => r.cells[0].text)[0]).toBe("四川省大数据中心");
    expect(texts(f.table.rows[0]).slice(3)).toEqual(["4,896.23", "19,738.48", "24,634.71"]);
    expect(f.legend!.map((l) => l.label)).toEqual(["基本支出", "项目支出"]);
  });

  it("largest projects link to their row on the department page (#project-N, as the page numbers them)", () => {
    const record = bySlug(SHUZI);
    const row = projectShareRows([record])[0];
    const top = largestProjects(record, row);
    expect(top.map((p) => [p.number, p.name, p.amount])).toEqual([
      [10, "市政中心互联网电路租用及相关费用", 39.2],
      [5, "数字经济活动宣传经费", 30],
      [1, "信息化工作统筹", 27],
      [2, "数字经济能力提升建设", 20],
      [6, "数据资源管理工作经费", 20],
    ]);
    const pageRows = projectRows(record);
    for (const p of top) {
      const pageRow = pageRows.find((r) => r.anchor === p.anchor)!;
      expect(pageRow.project.name).toBe(p.name);
      expect(p.line).toBe(pageRow.amountLine);
    }
    expect(top[0].share).toBe(18.6969); // 39.20 / 209.66
    const f = figure(figures, `chart-top-projects-${SHUZI}`);
    expect(f.facet).toMatchObject({ year: 2023, level: "city" });
    expect(f.table.rows[0].cells[0]).toMatchObject({ text: "10. 市政中心互联网电路租用及相关费用", href: `../departments/${SHUZI}.html#project-10` });
    expect(f.variants[0].svg).toContain(`href="../departments/${SHUZI}.html#project-10"`);
  });
});

describe("indicator comparison", () => {
  const figures = indicatorFigures(records, links);

  it("一级 mix: counts add up to the department's indicators, with shares", () => {
    const f = figure(figures, "chart-level1");
    expect(f.table.columns.map((c) => c.label)).toEqual(["部门", "年度", "层级", "指标数（项）", "产出（%）", "效益（%）", "满意度（%）", "成本（%）", "未归类（%）", "未标明（%）"].filter((l) => f.table.columns.some((c) => c.label === l)));
    const row = f.table.rows.find((r) => r.cells[0].text === "达州市数字经济局")!;
    // 135 + 22 + 11 + 25 = 193 indicators; one row per department, a column per type.
    expect(row.cells.slice(3, 8).map((c) => c.text)).toEqual(["193", "69.95%", "11.40%", "5.70%", "12.95%"]);
  });

  it("定量/定性, operators and weights; a department with no weights is 未披露", () => {
    const kinds = figure(figures, "chart-quantitative");
    expect(kinds.table.columns.slice(3).map((c) => c.label)).toEqual(["指标数（项）", "定量（%）", "定性（%）"]);
    // 四川省大数据中心: 271 定量 and 55 定性 of 326.
    expect(kinds.table.rows.find((r) => r.cells[0].text === "四川省大数据中心")!.cells.slice(3).map((c) => c.text)).toEqual(["326", "83.13%", "16.87%"]);
    const ops = figure(figures, "chart-operators");
    const tongnan = ops.table.rows.find((r) => r.cells[0].text === "重庆市潼南区大数据应用发展管理局")!;
    const byOperator = Object.fromEntries(ops.table.columns.slice(3).map((c, i) => [c.label, tongnan.cells[3 + i].text]));
    // ≥ 17, ≤ 20, 未标明 7 of 44.
    expect(byOperator).toMatchObject({ "指标数（项）": "44", "≥（%）": "38.64%", "≤（%）": "45.45%", "未标明（%）": "15.91%" });
    const weights = figure(figures, "chart-weights").table.rows.filter((r) => r.cells[0].href?.includes(TONGNAN));
    expect(weights).toHaveLength(1);
    expect(weights[0].cells.slice(3).every((c) => c.text === "未披露" && c.nd)).toBe(true);
  });

  it("keeps original labels: 綦江's 安全指标 is listed as unmapped", () => {
    const uses = labelUses(bySlug("chongqingshiqijiangqudashujuyingyongfazhanguanliju-2025"));
    expect(uses).toContainEqual({ level: "二级", label: "安全指标", type: null, count: 2 });
    // Across departments: one row per label, counted over all of them.
    const across = labelUsesAcross(records);
    expect(across).toContainEqual({ level: "二级", label: "安全指标", type: null, count: 2, departments: 1 });
    const output = across.filter((u) => u.level === "一级" && u.type === "产出");
    expect(output.reduce((n, u) => n + u.count, 0)).toBe(records.reduce((n, r) => n + r.indicators.filter((i) => i.level1 != null && output.some((u) => u.label === i.level1)).length, 0));
    expect(uses[0].level).toBe("一级");
    expect(figure(figures, "chart-level2").legend!.map((l) => l.label)).toContain("未归类");
  });
});

describe("filter variants", () => {
  it("every year × level choice that selects a department has exactly one SVG; equal selections share it", () => {
    const items = records.map((r) => ({ year: r.year, level: r.level, slug: r.slug }));
    const variants = filterVariants(items, (subset) => subset.map((s) => s.slug).join(","));
    const keys = variants.flatMap((v) => v.keys);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain("*/*");
    // 2025 has only 綦江 (district): "2025/*" and "2025/district" are one variant.
    const only2025 = variants.find((v) => v.keys.includes("2025/*"))!;
    expect(only2025.keys).toContain("2025/district");
    expect(only2025.svg).toBe("chongqingshiqijiangqudashujuyingyongfazhanguanliju-2025");
    // No 2025 province department: no variant for that choice.
    expect(keys).not.toContain("2025/province");
    expect(variants.find((v) => v.keys.includes("2023/*"))!.svg.split(",")).toHaveLength(3);
    expect(variants.find((v) => v.keys.includes("*/district"))!.svg.split(",")).toHaveLength(3);
  });

  it("filter keys match facets", () => {
    expect(facetKey({ year: 2023, level: "city" })).toBe("2023/city");
    expect(admits("2023/*", { year: 2023, level: "city" })).toBe(true);
    expect(admits("*/district", { year: 2023, level: "city" })).toBe(false);
    expect(admits("na/*", { year: null, level: "city" })).toBe(true);
  });
});

describe("summary", () => {
  it("gives the headline numbers of each comparison", () => {
    const s = compareSummary(records, []);
    expect(s.threePublic.withStaff).toEqual([expect.objectContaining({ slug: DACHUAN, staff: 47, perStaff: 0.2447 })]);
    const share = range(s.projectShare)!;
    expect([share.min.slug, share.min.value, share.max.slug, share.max.value]).toEqual([DACHUAN, 28.8546, "sichuanshengdashujuzhongxin-2023", 80.1247]);
    expect(s.indicators.total).toBe(50 + 44 + 141 + 193 + 326);
    expect(s.indicators.unmappedLabels).toBe(2);
  });

  it("spark bars draw 未披露 as a dotted stub, never a zero bar", () => {
    const svg = sparkBarsSvg([{ label: "a", value: 2 }, { label: "b", value: null }]);
    expect(svg.match(/<rect/g)).toHaveLength(1);
    expect(svg).toContain("stroke-dasharray");
    expect(svg).toContain("b：未披露");
  });
});

describe("chart layout", () => {
  it("stacks segments end to end and labels a row with nothing disclosed 未披露", () => {
    const { segments, ends } = layoutStacks(
      [
        { label: "甲", values: { a: 30, b: 70 } },
        { label: "乙", values: { a: null, b: null } },
      ],
      { keys: ["a", "b"], colors: ["#000000", "#ffffff"], format: (v) => `${v}%`, fontSize: 14, top: 0 },
    );
    expect(segments.map((s) => [s.key, s.x1, s.x2, s.textFill])).toEqual([
      ["a", 0, 30, "#fff"],
      ["b", 30, 100, "#1b1f24"],
    ]);
    expect(ends.map((e) => [e.text, e.missing])).toEqual([
      ["", false],
      ["未披露", true],
    ]);
  });

  it("shortens a label only when it would not fit the chart", () => {
    expect(fitLabel("达州市数字经济局（2023 · 市级）", 400, 14)).toBe("达州市数字经济局（2023 · 市级）");
    const long = "四".repeat(40);
    expect(fitLabel(long, 400, 14).endsWith("…")).toBe(true);
    expect(fitLabel(long, 400, 14).length).toBeLessThan(30);
  });
});

describe("client chart tools (public/assets/charts.js)", () => {
  type Api = {
    toCsv: (rows: string[][]) => string;
    cellValue: (text: string, numeric: boolean) => string;
    wrapText: (text: string, max: number, measure: (t: string) => number) => string[];
    composeSvg: (o: object, scale?: number) => { svg: string; width: number; height: number };
    standaloneChartMarkup: (markup: string) => string;
  };
  const context: { window: { BudgetCharts?: Api } } = { window: {} };
  runInNewContext(readFileSync("public/assets/charts.js", "utf8").replace(/typeof window !== "undefined" \? window : this/, "window"), context);
  const api = context.window.BudgetCharts!;
  const measure = (t: string) => [...t].reduce((w, c) => w + (/[\u2e80-\uffff]/.test(c) ? 14 : 8), 0);

  it("CSV: BOM, CRLF, quoting; numbers lose grouping and %, 未披露 stays text", () => {
    expect(api.toCsv([["部门", "金额（万元）"], ["甲,乙", '说"明']])).toBe('\uFEFF部门,金额（万元）\r\n"甲,乙","说""明"\r\n');
    expect(api.cellValue(" 24,634.71 ", true)).toBe("24634.71");
    expect(api.cellValue("32.27%", true)).toBe("32.27");
    expect(api.cellValue("未披露", true)).toBe("未披露");
    expect(api.cellValue("2023", false)).toBe("2023");
    expect(api.cellValue("1,2", false)).toBe("1,2");
  });

  it("wraps Chinese text without starting a line with closing punctuation or ending one with opening punctuation", () => {
    expect(api.wrapText("一二三四五六七八九十，。一二三", 140, measure)).toEqual(["一二三四五六七八九十，。", "一二三"]);
    const lines = api.wrapText("来源：达州市达川区人民政府办公室 2023 年部门预算公开文本（seeds/002_41c7b8c353668457.txt）。", 400, measure);
    expect(lines[1].startsWith("（seeds/")).toBe(true);
    expect(lines.join("")).toBe("来源：达州市达川区人民政府办公室 2023 年部门预算公开文本（seeds/002_41c7b8c353668457.txt）。");
  });

  it("composes one SVG with the title as <title> and visible text, the font inlined, and the chart at full width", () => {
    const chart = api.standaloneChartMarkup('<svg class="plot" width="400" height="200" viewBox="0 0 400 200"><a href="../x.html"><rect width="10" height="10"></rect></a></svg>');
    expect(chart).toBe('<svg class="plot" viewBox="0 0 400 200"><rect width="10" height="10"></rect></svg>');
    const out = api.composeSvg(
      {
        width: 480,
        title: "项目支出占比",
        subtitle: "年度：2023 年 · 单位：%",
        legend: [{ label: "基本支出", color: "#9bb7cc" }],
        source: ["来源：部门预算公开文本。"],
        chart: { markup: chart, width: 400, height: 200 },
        font: '"Noto Sans CJK SC", sans-serif',
        measure: (t: string, size: number) => (measure(t) * size) / 14,
      },
      2,
    );
    expect(out.width).toBe(480);
    expect(out.svg).toContain("<title>项目支出占比</title>");
    expect(out.svg).toMatch(/<text[^>]*font-weight="700"[^>]*>项目支出占比<\/text>/);
    expect(out.svg).toContain('font-family="&quot;Noto Sans CJK SC&quot;, sans-serif"');
    expect(out.svg).toContain(`width="960" height="${out.height * 2}" viewBox="0 0 480 ${out.height}"`);
    expect(out.svg).toContain(">来源：部门预算公开文本。</text>");
    // 480 − 2 × 19 padding = 442 wide, so 221 high at 2:1.
    expect(out.svg).toMatch(/<svg x="19" y="\d+" width="442" height="221" class="plot"/);
  });
});
