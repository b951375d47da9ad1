// Search: normalization, pinyin fields, documents, the n-gram index and the
// query engine, on the real records. Values checked against the documents.
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { runInNewContext } from "node:vm";
import Fuse from "fuse.js";
import { departmentSchema, type Department } from "../../src/lib/schema.ts";
import { loadGlossary } from "../../src/lib/glossaryData.ts";
import { normalize, normalizeWithMap, isAscii } from "../../src/search/normalize.ts";
import { pinyinFields } from "../../src/search/pinyin.ts";
import { searchDocuments, type SearchDocument } from "../../src/search/documents.ts";
import { buildPart, buildParts, partScript, searchFields } from "../../src/search/indexParts.ts";
import { decodePostings, encodePostings, exactGrams, intersectSorted, documentGrams } from "../../src/search/grams.ts";
import { clipSegments, fieldToText, segments, textToTitle } from "../../src/search/highlight.ts";
import { loadPart, parseQuery, resultView, searchPart, type LoadedPart, type ResultView } from "../../src/search/engine.ts";
import { PART_NAMES, type PartData, type PartName } from "../../src/search/parts.ts";
import { syntheticDepartments } from "../../src/search/synthetic.ts";
import { fuseScript } from "../../src/search/bundle.ts";

const records: Department[] = readdirSync("content/departments")
  .filter((f) => f.endsWith(".json") && !f.startsWith("zz-"))
  .sort()
  .map((f) => departmentSchema.parse(JSON.parse(readFileSync(`content/departments/${f}`, "utf8"))));
const { terms } = loadGlossary(records);
const docs = searchDocuments(records, terms);
const parts = buildParts(docs);
// As in the browser: the part goes through JSON (the part script), then is prepared.
const loaded = Object.fromEntries(
  PART_NAMES.map((n) => [n, loadPart(JSON.parse(JSON.stringify(parts[n])) as PartData, Fuse)]),
) as Record<PartName, LoadedPart>;

const SICHUAN = "departments/sichuanshengdashujuzhongxin-2023.html";

/** Results of one part for a query, as views; plain titles with [highlights]. */
function search(part: PartName, raw: string, limit = 20): { views: ResultView[]; marked: string[]; total: number } {
  const q = parseQuery(raw);
  if (!q) return { views: [], marked: [], total: 0 };
  const result = searchPart(loaded[part], q, limit);
  const views = result.hits.map((h) => resultView(loaded[part], h));
  return { views, marked: views.map((v) => v.segments.map((s) => (s.hit ? `[${s.text}]` : s.text)).join("")), total: result.total };
}

describe("normalization", () => {
  it("folds full-width to half-width and lower-cases ASCII", () => {
    expect(normalize("ＡＢＣ１２３")).toBe("abc123");
    expect(normalize("ABC123")).toBe("abc123");
    expect(normalize("平台（一期）")).toBe(normalize("平台(一期)"));
    expect(normalize("平台（一期）")).toBe("平台(一期)");
  });
  it("drops spaces, quotation marks and book-title marks", () => {
    expect(normalize("“三公”经费")).toBe("三公经费");
    expect(normalize("四川省　大数据 中心")).toBe("四川省大数据中心");
    expect(normalize("《预算法》")).toBe("预算法");
  });
  it("maps every normalized character back to the original", () => {
    const { text, map } = normalizeWithMap("“三公”经费ＡＢ");
    expect(text).toBe("三公经费ab");
    expect(map).toEqual([1, 2, 4, 5, 6, 7]);
  });
  it("tells ASCII queries (pinyin, initials) from Chinese ones", () => {
    expect(isAscii("sjzx")).toBe(true);
    expect(isAscii(normalize("ｓｊｚｘ"))).toBe(true);
    expect(isAscii("达州")).toBe(false);
  });
});

describe("pinyin fields (build time)", () => {
  it("full pinyin, initials and syllable lengths of a department name", () => {
    expect(pinyinFields("达州市数字经济局")).toEqual({ p: "dazhoushishuzijingjiju", i: "dzsszjjj", sy: "24332422" });
    expect(pinyinFields("四川省大数据中心").i).toBe("scsdsjzx");
  });
  it("reads polyphones in context and writes ü as v", () => {
    expect(pinyinFields("重庆市").p).toBe("chongqingshi");
    expect(pinyinFields("绿色").p).toBe("lvse");
  });
  it("keeps ASCII letters and digits, skips punctuation", () => {
    expect(pinyinFields("2023年a级(一期)")).toEqual({ p: "2023nianajiyiqi", i: "2023najyq", sy: "11114120220" });
  });
});

describe("search documents", () => {
  const find = (part: PartName, pred: (d: SearchDocument) => boolean) => docs.filter((d) => d.part === part && pred(d));

  it("one per department, with its 支出总计, plus its other budget units", () => {
    const [d] = find("departments", (d) => d.title === "四川省大数据中心");
    expect(d).toMatchObject({ page: SICHUAN, anchor: "", amount: 24634.71 });
    expect(find("departments", (d) => d.title === "四川省大数据技术服务中心")[0]).toMatchObject({ page: SICHUAN, context: "预算单位 · 四川省大数据中心 · 2023 年" });
  });
  it("projects open the department page at their row", () => {
    const [p] = find("projects", (d) => d.title === "四川一体化政务服务平台运维服务");
    expect(p).toMatchObject({ page: SICHUAN, anchor: "project-18", amount: 1992.21, context: "四川省大数据中心 · 2023 年" });
    const sichuan = records.find((r) => r.slug === "sichuanshengdashujuzhongxin-2023")!;
    expect(sichuan.projects[17].name).toBe("四川一体化政务服务平台运维服务");
  });
  it("project and department-wide indicators have their row anchors", () => {
    const all = find("indicators", () => true);
    expect(all.length).toBe(records.reduce((s, r) => s + r.indicators.length + r.departmentIndicators.length, 0));
    const [d] = find("indicators", (d) => d.title === "一体化政务服务平台主页点击量");
    expect(d).toMatchObject({ page: SICHUAN, anchor: "department-indicator-16", context: "部门整体绩效 · 四川省大数据中心 · 2023 年", note: "目标 ≥40000万人" });
    expect(all.filter((d) => /^indicator-\d+$/.test(d.anchor)).length).toBe(records.reduce((s, r) => s + r.indicators.length, 0));
  });
  it("budget lines: key figures (with 未披露 as null) and classification lines at their source row", () => {
    const threePublic = find("lines", (d) => d.title === "“三公”经费合计");
    expect(threePublic.map((d) => d.amount)).toEqual(records.map((r) => r.threePublic.total));
    expect(threePublic.find((d) => d.page === SICHUAN)).toMatchObject({ anchor: "fig-threePublic-total", amount: 35 });
    const reception = find("lines", (d) => d.title === "公务接待费" && d.page.startsWith("source/sichuan"));
    expect(reception.map((d) => [d.anchor, d.amount])).toContainEqual(["L274", 12]);
    expect(find("lines", (d) => d.amount === null).length).toBeGreaterThan(0);
  });
  it("glossary terms, editorial and from the documents, at their glossary anchor", () => {
    const [t] = find("terms", (d) => d.title === "“三公”经费");
    expect(t).toMatchObject({ page: "glossary.html", anchor: terms.find((x) => x.term === "“三公”经费")!.id });
    expect(t.note).toContain("因公出国（境）费");
    expect(find("terms", () => true).length).toBe(terms.length);
  });
});

describe("n-gram index", () => {
  it("posting lists round-trip through their delta encoding", () => {
    const ids = [0, 3, 4, 40, 1000, 1001];
    expect(encodePostings(ids)).toBe("0,3,1,10,qo,1"); // deltas 0 3 1 36 960 1 in base 36
    expect([...decodePostings(encodePostings(ids))]).toEqual(ids);
    expect(decodePostings("").length).toBe(0);
  });
  it("intersects sorted lists", () => {
    const l = (...n: number[]) => Int32Array.from(n);
    expect(intersectSorted([l(1, 3, 5, 7, 9, 200), l(0, 3, 7, 8, 200, 300), l(3, 4, 5, 6, 7, 200)])).toEqual([3, 7, 200]);
    expect(intersectSorted([l(1, 2), l()])).toEqual([]);
  });
  it("grams: Chinese characters, and ASCII bigrams of text, pinyin and initials", () => {
    const f = searchFields("达州市AB");
    expect([...documentGrams(f.t, f.p, f.i)]).toEqual(expect.arrayContaining(["达", "州", "市", "ab", "da", "dz", "zs"]));
    expect(exactGrams("三公")).toEqual(["三", "公"]);
    expect(exactGrams("sjzx")).toEqual(["sj", "jz", "zx"]);
    expect(exactGrams("s")).toEqual([]);
  });
  it("every document containing a query is a candidate", () => {
    const part = buildPart("projects", docs.filter((d) => d.part === "projects"));
    const list = (g: string) => decodePostings(part.grams[g] ?? "");
    const candidates = intersectSorted(exactGrams("政务服务").map(list));
    const containing = part.docs.flatMap((_, k) => (part.index.records[k].$["0"].v.includes("政务服务") ? [k] : []));
    expect(candidates).toEqual(expect.arrayContaining(containing));
    expect(containing.length).toBeGreaterThan(0);
  });
});

describe("queries on the real records", () => {
  it("一体化政务服务平台 finds 四川省大数据中心's projects with their amounts", () => {
    const r = search("projects", "一体化政务服务平台");
    expect(r.marked).toEqual(["四川[一体化政务服务平台]运维服务", "四川[一体化政务服务平台]运维服务项目"]);
    expect(r.views[0]).toMatchObject({ amount: 1992.21, hasAmount: true, href: `${SICHUAN}#project-18`, context: "四川省大数据中心 · 2023 年" });
    expect(search("indicators", "一体化政务服务平台").marked.slice(0, 2)).toEqual([
      "[一体化政务服务平台]主页点击量",
      "[一体化政务服务平台]使用人员满意度",
    ]);
  });
  it("三公 finds the glossary term “三公”经费, each department's 三公 total, and 三公 indicators", () => {
    expect(search("terms", "三公").views[0]).toMatchObject({ title: "“三公”经费", href: expect.stringMatching(/^glossary\.html#term-/) });
    expect(search("terms", "三公").marked[0]).toBe("“[三公]”经费");
    const lines = search("lines", "三公");
    expect(lines.views.map((v) => v.title)).toEqual(Array(records.length).fill("“三公”经费合计"));
    expect(lines.views.find((v) => v.href === `${SICHUAN}#fig-threePublic-total`)?.amount).toBe(35);
    expect(search("indicators", "三公").marked[0]).toMatch(/^“\[三公\]经费”控制率/);
    // Without the quotation marks the term is still an exact hit.
    expect(search("terms", "三公经费").marked[0]).toBe("“[三公”经费]");
  });
  it("达州 finds both 达州 departments", () => {
    const titles = search("departments", "达州").views.map((v) => v.title);
    expect(titles).toEqual(expect.arrayContaining(["达州市数字经济局", "达州市达川区人民政府办公室"]));
    expect(titles.slice(0, 2)).toEqual(["达州市数字经济局", "达州市大数据服务中心"]); // shorter names first
  });
  it("initials: sjzx finds 四川省大数据中心, dzs finds 达州市…", () => {
    const sjzx = search("departments", "sjzx");
    expect(sjzx.marked[0]).toBe("四川省大[数据中心]");
    expect(sjzx.views[0].href).toBe(SICHUAN);
    const dzs = search("departments", "dzs");
    expect(dzs.views.length).toBeGreaterThan(0);
    for (const v of dzs.views) expect(v.title).toMatch(/^达州市/);
    expect(dzs.marked[0]).toBe("[达州市]数字经济局");
  });
  it("full pinyin, on syllable boundaries only", () => {
    expect(search("departments", "dazhou").marked).toContain("[达州]市数字经济局");
    expect(search("projects", "yitihua").marked[0]).toBe("四川[一体化]政务服务平台运维服务");
    // "azhou" sits inside da|zhou but does not start a syllable.
    expect(search("departments", "azhou").views).toEqual([]);
  });
  it("full-width queries equal half-width ones", () => {
    expect(search("departments", "ＳＪＺＸ").marked).toEqual(search("departments", "sjzx").marked);
    // The document writes half-width brackets; a full-width query finds it exactly.
    expect(search("projects", "单位运转项目（不可细化）").marked[0]).toBe("[单位运转项目(不可细化)]");
  });
  it("exact substring hits rank before fuzzy ones; fuzzy hits are still found", () => {
    // 政务平台运维 is not in any title; Fuse finds the projects with one edit.
    const fuzzy = search("projects", "政务平台运维");
    expect(fuzzy.views.map((v) => v.title)).toEqual(expect.arrayContaining(["四川一体化政务服务平台运维服务"]));
    const q = parseQuery("一体化政务服务")!;
    const hits = searchPart(loaded.indicators, q, 20).hits;
    const firstFuzzy = hits.findIndex((h) => !h.exact);
    expect(hits.some((h) => h.exact)).toBe(true);
    if (firstFuzzy >= 0) expect(hits.slice(firstFuzzy).every((h) => !h.exact)).toBe(true);
    // Text equal to the query comes first, then text starting with it.
    expect(search("terms", "基本支出").marked[0]).toBe("[基本支出]");
  });
  it("pinyin typos are not matched loosely against unrelated words", () => {
    expect(search("lines", "yitihua").views).toEqual([]); // not 印刷 (yinshua)
  });
  it("amounts: a disclosed value, 未披露 as null, none for kinds without one", () => {
    const nd = parts.lines.docs.findIndex((d) => d.length === 7 && d[6] === null);
    expect(resultView(loaded.lines, { doc: nd, exact: true, field: "t", ranges: [], score: 0 })).toMatchObject({ hasAmount: true, amount: null });
    expect(search("indicators", "满意度").views[0].hasAmount).toBe(false);
    expect(search("departments", "四川省大数据技术服务中心").views[0].hasAmount).toBe(false);
  });
  it("one ASCII letter is too short to look up; one Chinese character is enough", () => {
    expect(parseQuery("s")).toBeNull();
    expect(parseQuery("  ")).toBeNull();
    expect(search("departments", "局").views.map((v) => v.title)).toContain("达州市数字经济局");
  });
});

describe("highlighting", () => {
  it("maps pinyin and initials hits back to characters of the title", () => {
    const sy = pinyinFields("达州市数字经济局").sy;
    expect(fieldToText("p", [[0, 5]], sy)).toEqual([[0, 1]]); // dazhou → 达州
    expect(fieldToText("i", [[1, 2]], sy)).toEqual([[1, 2]]); // zs → 州市
    expect(textToTitle([[0, 1]], "“三公”经费")).toEqual([[1, 2]]);
    expect(segments("四川省大数据中心", [[4, 7]])).toEqual([
      { text: "四川省大", hit: false },
      { text: "数据中心", hit: true },
    ]);
  });
  it("long titles are cut around the first highlight", () => {
    const title = "甲".repeat(50) + "三公" + "乙".repeat(50);
    const clipped = clipSegments(segments(title, [[50, 51]]), 20);
    expect(clipped.map((s) => s.text).join("")).toHaveLength(22); // 20 + two "…"
    expect(clipped[0].text.startsWith("…")).toBe(true);
    expect(clipped.find((s) => s.hit)?.text).toBe("三公");
  });
});

describe("shipping", () => {
  it("a part script registers its data without fetch, and survives the round trip", () => {
    const window: { BA_SEARCH_PARTS?: Record<string, PartData> } = {};
    runInNewContext(partScript(parts.departments), { window });
    expect(window.BA_SEARCH_PARTS?.departments).toEqual(JSON.parse(JSON.stringify(parts.departments)));
  });
  it("Fuse ships as a classic script defining window.Fuse that reads the prebuilt index", () => {
    const script = fuseScript();
    expect(script).not.toMatch(/^\s*(import|export)\s/m);
    const window: { Fuse?: typeof Fuse } = {};
    runInNewContext(script, { window });
    const F = window.Fuse!;
    expect(F.version).toBe(Fuse.version);
    const index = F.parseIndex<PartData["docs"][number]>(parts.terms.index as unknown as Parameters<typeof F.parseIndex>[0]);
    const fuse = new F(parts.terms.docs, { keys: ["t", "i", "p"], ignoreLocation: true, threshold: 0.3 }, index);
    expect(fuse.search("三公经费").length).toBeGreaterThan(0);
  });
  it("the build is deterministic", () => {
    expect(JSON.stringify(buildParts(searchDocuments(records, terms)))).toBe(JSON.stringify(parts));
  });
  it("synthetic departments for the benchmark are deterministic renamed copies", () => {
    const a = syntheticDepartments(records, 30);
    expect(a.map((r) => r.slug)).toEqual(syntheticDepartments(records, 30).map((r) => r.slug));
    expect(new Set(a.map((r) => r.slug)).size).toBe(30);
    expect(a[3].department).toBe("攀枝花市数字经济局");
    expect(a[3].projects).toEqual(records[3].projects);
  });
});

describe("the dropdown's groups", () => {
  it("come in display order whatever order the part scripts loaded in", async () => {
    const { runQuery } = await import("../../src/search/browser/query.ts");
    const loadOrder = [loaded.lines, loaded.indicators, loaded.terms, loaded.departments, loaded.projects];
    const outcome = runQuery("sjzx", loadOrder, () => 3);
    if (outcome.kind !== "results") throw new Error(outcome.kind);
    expect(outcome.results.map((r) => r.part)).toEqual([...PART_NAMES]);
    const first = outcome.results[0];
    expect(resultView(loaded.departments, first.hits[0]).title).toBe("四川省大数据中心");
  });
});
