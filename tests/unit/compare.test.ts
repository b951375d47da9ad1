// Comparison figures against values computed by hand from the documents.
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { departmentSchema, type Department } from "../../src/lib/schema.ts";
import { indicatorMix, projectShareRows, ratio, threePublicRows } from "../../src/compare/metrics.ts";
import { parseHeadcounts } from "../../src/compare/headcounts.ts";
import { level1Of, level2Of } from "../../src/lib/taxonomy.ts";

const records: Department[] = readdirSync("content/departments")
  .filter((f) => f.endsWith(".json") && !f.startsWith("zz-"))
  .map((f) => departmentSchema.parse(JSON.parse(readFileSync(`content/departments/${f}`, "utf8"))));
const bySlug = (slug: string) => records.find((r) => r.slug === slug)!;

describe("三公 per capita", () => {
  const rows = threePublicRows(records, []);
  const row = (slug: string) => rows.find((r) => r.slug === slug)!;

  it("002: 11.50 万元 / 47 staff = 0.2447 万元 per person", () => {
    const r = row("dazhoushidachuanqurenminzhengfubangongshi-2023");
    expect(r.staff).toMatchObject({ value: 47, origin: "document" });
    expect(r.perStaff.total).toBe(0.2447);
    expect(r.perStaff.reception).toBe(0.0532); // 2.50 / 47
    expect(r.perStaff.vehicleTotal).toBe(0.1915); // 9.00 / 47
  });

  it("departments that state no staff count are 未披露, never divided by a guess", () => {
    const r = row("dazhoushishuzijingjiju-2023");
    expect(r.staff).toBeNull();
    expect(r.perStaff).toEqual({ total: null, overseas: null, vehicleTotal: null, reception: null });
  });

  it("computes the proxies for every department", () => {
    // 000: 6.60 / 440.05 = 1.4998 %; 6.60 / 404.32 × 100 = 1.6324 万元 per 100万元 of 人员经费.
    expect(row("dazhoushishuzijingjiju-2023")).toMatchObject({ shareOfBasic: 1.4998, per100Personnel: 1.6324 });
    // 003: 35.00 / 4896.23 = 0.7148 %.
    expect(row("sichuanshengdashujuzhongxin-2023").shareOfBasic).toBe(0.7148);
  });

  it("uses an editor's staff count only with its citation", () => {
    const yaml = `- slug: dazhoushishuzijingjiju-2023\n  value: 20\n  source: { document: "达州市数字经济局2023年部门决算", year: 2023, table: "人员情况表" }\n`;
    const editorial = parseHeadcounts(yaml, records.map((r) => r.slug));
    const r = threePublicRows(records, editorial).find((x) => x.slug === "dazhoushishuzijingjiju-2023")!;
    expect(r.staff).toMatchObject({ value: 20, origin: "editor" });
    expect(r.perStaff.total).toBe(0.33); // 6.60 / 20
    expect(() => parseHeadcounts(`- slug: dazhoushishuzijingjiju-2023\n  value: 20\n`, records.map((x) => x.slug))).toThrow(/source/);
  });
});

describe("project share", () => {
  it("000: 209.66 / 649.71 = 32.27 %", () => {
    const r = projectShareRows(records).find((x) => x.slug === "dazhoushishuzijingjiju-2023")!;
    expect(r.projectShare).toBe(32.2698);
    expect(r.largest[0]).toMatchObject({ name: "市政中心互联网电路租用及相关费用", amount: 39.2 });
  });
  it("003: 19738.48 / 24634.71 = 80.12 %", () => {
    expect(projectShareRows(records).find((x) => x.slug === "sichuanshengdashujuzhongxin-2023")!.projectShare).toBe(80.1247);
  });
});

describe("indicator taxonomy", () => {
  it("maps each spelling to one type and keeps unmapped labels", () => {
    expect(level1Of("效果指标").type).toBe("效益");
    expect(level2Of("服务对象满意度指标").type).toBe("服务对象满意度");
    expect(level2Of("满意度指标").type).toBe("服务对象满意度");
    expect(level2Of("数量").type).toBe("数量");
    expect(level2Of("可持续发展指标").type).toBe("可持续影响");
    expect(level2Of("安全指标")).toEqual({ label: "安全指标", type: null });
  });

  it("counts 004's 效果指标 and 安全指标 as unmapped level-2 labels, shown not dropped", () => {
    const mix = indicatorMix(records).find((m) => m.slug === "chongqingshiqijiangqudashujuyingyongfazhanguanliju-2025")!;
    expect(mix.count).toBe(50);
    expect(mix.unmapped["二级：安全指标"]).toBe(2);
    expect(mix.unmapped["二级：效果指标"]).toBeGreaterThan(0);
  });

  it("000: 193 indicators, weights shared by 一级 type", () => {
    const mix = indicatorMix([bySlug("dazhoushishuzijingjiju-2023")])[0];
    expect(mix.count).toBe(193);
    expect(mix.level1["产出"] + mix.level1["效益"] + mix.level1["满意度"] + mix.level1["成本"]).toBe(193);
    expect(mix.qualitative).toBeGreaterThan(0);
  });

  it("ratio rounds exactly", () => {
    expect(ratio(11.5, 47)).toBe(0.2447);
    expect(ratio(1, 3, 100)).toBe(33.3333);
    expect(ratio(1, null)).toBeNull();
  });
});
