// Comparison pages and chart tools in Debian's chromium, opened from disk
// (file://) and served under a sub-path: PNG/SVG/CSV downloads are checked
// byte by byte, the filter changes what is shown and exported, and the
// presentation mode opens and closes with Esc.
// Build first: npx astro build && npx tsx scripts/postbuild.ts
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import type { Locator, Page } from "playwright-core";
import { openModes, startSite, stopSite, watchedPage, type Browser, type Served } from "./harness";

let browser: Browser;
let server: Served;

beforeAll(async () => ({ browser, server } = await startSite("compare/project-share.html")));
afterAll(() => stopSite({ browser, server }));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function download(page: Page, figure: Locator, tool: "png" | "svg" | "csv"): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent("download"), figure.locator(`.chart-tools [data-tool=${tool}]`).click()]);
  return { name: d.suggestedFilename(), bytes: readFileSync((await d.path())!) };
}

/** Dark pixels in horizontal bands of a PNG (top, middle, bottom fifth), counted by drawing it in the page. */
const inkByBand = (page: Page, png: Buffer) =>
  page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement("canvas");
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const ctx = c.getContext("2d")!;
    ctx.drawImage(img, 0, 0);
    const band = (from: number, to: number) => {
      const d = ctx.getImageData(0, Math.floor(c.height * from), c.width, Math.floor(c.height * (to - from))).data;
      let dark = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i] + d[i + 1] + d[i + 2] < 3 * 140) dark++;
      return dark;
    };
    return { top: band(0, 0.08), bottom: band(0.9, 1) };
  }, png.toString("base64"));

/** Parses an SVG in the page; null when it is well-formed. */
const svgParseError = (page: Page, text: string) =>
  page.evaluate((t) => new DOMParser().parseFromString(t, "image/svg+xml").querySelector("parsererror")?.textContent ?? null, text);

/** The CSS width of the chart currently shown in a figure. */
const cssWidth = (page: Page, id: string) =>
  page.evaluate((id) => Math.round(document.querySelector(`#${id} .plot:not([hidden]) svg`)!.getBoundingClientRect().width), id);

const modes = openModes(() => server);

describe.each(modes)("comparisons over $name", (mode) => {
  let page: Page;
  let problems: string[];

  beforeAll(async () => ({ page, problems } = await watchedPage(browser, mode.origin())));
  afterAll(() => page?.close());

  test("the overview and home page link to the three comparison pages, which load with their charts", async () => {
    for (const start of ["compare.html", "index.html"]) {
      await page.goto(`${mode.base()}${start}`);
      const hrefs = await page.locator(".compare-card h2 a, .compare-card h3 a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      expect(hrefs).toEqual(["compare/three-public.html", "compare/project-share.html", "compare/indicators.html"]);
    }
    for (const p of ["three-public", "project-share", "indicators"]) {
      await page.goto(`${mode.base()}compare/${p}.html`);
      const figures = page.locator("figure[data-chart]");
      expect(await figures.count()).toBeGreaterThan(0);
      // Every chart got its toolbar, shows a year and level line, and has a data table.
      expect(await page.locator("figure[data-chart] .chart-tools").count()).toBe(await figures.count());
      for (const meta of await page.locator("figure[data-chart] .chart-meta").allTextContents()) expect(meta).toMatch(/年度：.*层级：.*单位：/);
      expect(await page.locator("figure[data-chart] .chart-data table").count()).toBe(await figures.count());
      await expect(page.locator("#compare-filters").isVisible()).resolves.toBe(true);
    }
    expect(problems).toEqual([]);
  });

  test("PNG (2×, title inside), SVG (title) and CSV (the rows shown) of a comparison chart", async () => {
    await page.goto(`${mode.base()}compare/project-share.html`);
    const id = "chart-project-share";
    const figure = page.locator(`#${id}`);
    const width = await cssWidth(page, id);
    expect(width).toBeGreaterThan(200);

    const svg = await download(page, figure, "svg");
    expect(svg.name).toBe(`${id}.svg`);
    const svgText = svg.bytes.toString("utf8");
    expect(svgText).toContain("<title>项目支出占支出总计的比例</title>");
    expect(svgText).toMatch(/<text[^>]*>项目支出占支出总计的比例<\/text>/);
    expect(svgText).toContain("Noto Sans CJK SC");
    expect(svgText).toContain("来源：");
    expect(svgText).toContain("达州市数字经济局（2023 · 市级）");
    await expect(svgParseError(page, svgText)).resolves.toBeNull();
    const [, svgWidth, svgHeight] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svgText)!.map(Number);
    expect(svgWidth).toBe(width);

    const png = await download(page, figure, "png");
    expect(png.name).toBe(`${id}.png`);
    expect(pngSize(png.bytes)).toEqual({ width: 2 * width, height: 2 * svgHeight });
    // The title is drawn at the top of the image and the source line at the bottom.
    const ink = await inkByBand(page, png.bytes);
    expect(ink.top).toBeGreaterThan(500);
    expect(ink.bottom).toBeGreaterThan(200);

    const csv = await download(page, figure, "csv");
    expect(csv.name).toBe(`${id}.csv`);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.bytes.toString("utf8").slice(1).trimEnd().split("\r\n");
    const shown = await figure.locator(".chart-data tbody tr:not([hidden])").count();
    expect(shown).toBe(5);
    expect(lines).toHaveLength(shown + 1);
    expect(lines[0]).toBe("部门,年度,层级,项目支出（万元）,支出总计（万元）,项目支出占比（%）");
    expect(lines).toContain("达州市数字经济局,2023,市级,209.66,649.71,32.27");
    expect(problems).toEqual([]);
  });

  test("the year and level filter changes the chart, the table and the exports", async () => {
    await page.goto(`${mode.base()}compare/project-share.html`);
    const figure = page.locator("#chart-project-share");
    await page.locator("#compare-filters select[name=year]").selectOption("2023");
    await expect(page.locator("#compare-filters output").textContent()).resolves.toBe("显示 3 / 5 个部门");
    expect(await figure.locator(".chart-data tbody tr:not([hidden])").count()).toBe(3);
    await expect(figure.locator(".chart-meta").textContent()).resolves.toContain("当前筛选：2023 年");
    // Per-department charts of other years are hidden.
    await expect(page.locator("#chart-top-projects-chongqingshiqijiangqudashujuyingyongfazhanguanliju-2025").isHidden()).resolves.toBe(true);

    const csv = (await download(page, figure, "csv")).bytes.toString("utf8").trimEnd().split("\r\n");
    expect(csv).toHaveLength(4);
    const svg = (await download(page, figure, "svg")).bytes.toString("utf8");
    expect(svg).toContain("四川省大数据中心");
    expect(svg).not.toContain("重庆市");
    expect(svg).toContain("当前筛选：2023 年");

    await page.locator("#compare-filters select[name=level]").selectOption("city");
    expect(await figure.locator(".chart-data tbody tr:not([hidden])").count()).toBe(1);
    await page.locator("#compare-filters select[name=year]").selectOption("2025");
    await expect(figure.locator(".chart-empty").isVisible()).resolves.toBe(true);
    expect(await figure.locator(".plot:not([hidden])").count()).toBe(0);
    expect(problems).toEqual([]);
  });

  test("presentation mode fills the window with large type, and Esc closes it", async () => {
    await page.goto(`${mode.base()}compare/three-public.html`);
    const figure = page.locator("#chart-share-of-basic");
    await figure.locator("[data-tool=present]").click();
    await expect(figure.getAttribute("class")).resolves.toContain("is-presenting");
    const shown = await page.evaluate(() => {
      const fig = document.querySelector("#chart-share-of-basic")!;
      const box = fig.getBoundingClientRect();
      const svg = fig.querySelector(".plot:not([hidden]) svg")!.getBoundingClientRect();
      return { width: box.width, height: box.height, title: parseFloat(getComputedStyle(fig.querySelector("h3")!).fontSize), svgWidth: svg.width };
    });
    const viewport = page.viewportSize()!;
    expect(shown.width).toBeGreaterThanOrEqual(viewport.width - 1);
    expect(shown.height).toBeGreaterThanOrEqual(viewport.height - 1);
    expect(shown.title).toBeGreaterThanOrEqual(30);
    expect(shown.svgWidth).toBeGreaterThan(600); // the SVG (and its text) scales up
    await expect(figure.locator("[data-tool=present]").getAttribute("aria-pressed")).resolves.toBe("true");
    await page.keyboard.press("Escape");
    await expect(figure.getAttribute("class")).resolves.not.toContain("is-presenting");
    await expect(page.evaluate(() => document.fullscreenElement)).resolves.toBeNull();
    expect(problems).toEqual([]);
  });

  test("print layout: 打印 prints that chart and its table alone, without the tools", async () => {
    await page.goto(`${mode.base()}compare/three-public.html`);
    // Stand in for the print dialog: record what is set up when print() is called.
    await page.evaluate(() => {
      (window as unknown as { printed: string | null }).printed = null;
      window.print = () => {
        (window as unknown as { printed: string | null }).printed = document.documentElement.className;
      };
    });
    await page.locator("#chart-per-personnel [data-tool=print]").click();
    await expect(page.evaluate(() => (window as unknown as { printed: string | null }).printed)).resolves.toContain("print-one");
    await page.emulateMedia({ media: "print" });
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    const shown = await page.evaluate(() => ({
      figures: [...document.querySelectorAll("figure[data-chart]")].filter((f) => getComputedStyle(f).display !== "none").map((f) => f.id),
      tools: [...document.querySelectorAll(".chart-tools, .compare-filters, .site-header")].filter((e) => getComputedStyle(e).display !== "none").length,
      table: getComputedStyle(document.querySelector("#chart-per-personnel .chart-data table")!).display,
      h1: getComputedStyle(document.querySelector("h1")!).display,
    }));
    expect(shown).toEqual({ figures: ["chart-per-personnel"], tools: 0, table: "table", h1: "none" });
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    await page.emulateMedia({ media: "screen" });
    await expect(page.evaluate(() => document.querySelectorAll(".print-path, .print-target, .print-one").length)).resolves.toBe(0);
    expect(problems).toEqual([]);
  });

  test("a chart has a stable link: its id, and a copy-link button that puts it in the address", async () => {
    await page.goto(`${mode.base()}compare/indicators.html`);
    const figure = page.locator("#chart-level1");
    await expect(figure.locator(".chart-anchor").getAttribute("href")).resolves.toBe("#chart-level1");
    await figure.locator("[data-tool=link]").click();
    await expect.poll(() => figure.locator(".chart-status").textContent()).toMatch(/链接已复制|请复制：.*#chart-level1/);
    expect(new URL(page.url()).hash).toBe("#chart-level1");
    expect(problems).toEqual([]);
  });

  test("department page charts have the same tools; the PNG is 2× and the CSV matches the table", async () => {
    const slug = "dazhoushidachuanqurenminzhengfubangongshi-2023";
    await page.goto(`${mode.base()}departments/${slug}.html`);
    const charts = page.locator("figure.chart");
    expect(await page.locator("figure.chart .chart-tools").count()).toBe(await charts.count());
    const figure = page.locator("#chart-three-public");
    const width = await cssWidth(page, "chart-three-public");
    const svg = (await download(page, figure, "svg")).bytes.toString("utf8");
    expect(svg).toContain("<title>“三公”经费构成");
    expect(svg).toContain("达州市达川区人民政府办公室 · 2023 年 · 单位：万元");
    const svgHeight = Number(/<svg[^>]* height="(\d+)"/.exec(svg)![1]);
    const png = await download(page, figure, "png");
    expect(png.name).toBe(`${slug}-chart-three-public.png`);
    expect(pngSize(png.bytes)).toEqual({ width: 2 * width, height: 2 * svgHeight });
    const csv = (await download(page, figure, "csv")).bytes.toString("utf8").trimEnd().split("\r\n");
    expect(csv).toHaveLength((await figure.locator(".chart-data tbody tr").count()) + 1);
    expect(csv).toContain("合计,2023 年,11.50");
    expect(problems).toEqual([]);
  });
});
