// End-to-end checks of the built site in Debian's chromium, twice: opened
// from disk (file://) and served under a sub-path (http://127.0.0.1/atlas/).
// Build first: npm run build (or: npx astro build && npx tsx scripts/postbuild.ts).
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { DIST, openModes, startSite, stopSite, watchedPage, type Browser, type Served } from "./harness";

const slugs = () =>
  readdirSync(path.join(DIST, "data", "departments"))
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.slice(0, -".json".length))
    .sort();

let browser: Browser;
let server: Served;

beforeAll(async () => ({ browser, server } = await startSite("index.html")));
afterAll(() => stopSite({ browser, server }));

const modes = openModes(() => server);

describe.each(modes)("site over $name", (mode) => {
  let page: Page;
  let problems: string[];

  beforeAll(async () => ({ page, problems } = await watchedPage(browser, mode.origin())));
  afterAll(() => page?.close());

  test("home page lists every department and sorts", async () => {
    await page.goto(`${mode.base()}index.html`);
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("zh-CN");
    const links = page.locator("#departments tbody th a");
    expect(await links.count()).toBe(slugs().length);
    expect(slugs().length).toBeGreaterThan(0);
    // The classic script ran: filters shown, headers became sort buttons.
    await expect(page.locator("#filters").isVisible()).resolves.toBe(true);
    const header = page.locator("#departments thead th").nth(4);
    await header.locator("button.sort").click();
    await expect(header.getAttribute("aria-sort")).resolves.toBe("ascending");
    expect(problems).toEqual([]);
  });

  test("every department page: reached from home, charts, figure → highlighted source line, CSV download", async () => {
    for (const slug of slugs()) {
      await page.goto(`${mode.base()}index.html`);
      await page.locator(`#departments tbody th a[href$="departments/${slug}.html"]`).click();
      await page.waitForURL(`**/departments/${slug}.html`);
      await expect(page.locator("h1").textContent()).resolves.toBeTruthy();

      // Charts are inline SVG rendered at build time, each with a data table.
      const charts = page.locator("figure.chart");
      expect(await charts.count()).toBeGreaterThan(0);
      expect(await page.locator("figure.chart .plot svg").count()).toBe(await charts.count());
      expect(await page.locator("figure.chart details table").count()).toBe(await charts.count());

      // A key figure links to its source line, which is targeted and highlighted.
      const figure = page.locator(".fig a.src").first();
      const href = await figure.getAttribute("href");
      expect(href).toMatch(new RegExp(`^\\.\\./source/${slug}\\.html#L\\d+$`));
      const lineId = href!.split("#")[1];
      await figure.click();
      await page.waitForURL(`**/source/${slug}.html#${lineId}`);
      const target = await page.evaluate(() => {
        const t = document.querySelector(":target");
        return t ? { id: t.id, hl: t.classList.contains("hl"), bg: getComputedStyle(t).backgroundColor } : null;
      });
      expect(target).toEqual({ id: lineId, hl: true, bg: "rgb(255, 241, 168)" });
      // Source text is shown as text: markup in it is never rendered.
      expect(await page.locator(".src-lines li > span *").count()).toBe(0);

      // The projects CSV downloads, UTF-8 with BOM.
      await page.goBack();
      await page.waitForURL(`**/departments/${slug}.html`);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.locator(`#downloads a[href$="projects/${slug}.csv"]`).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`${slug}.csv`);
      const bytes = readFileSync(await download.path());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString("utf8")).toContain("项目名称");
    }
    expect(problems).toEqual([]);
  });

  test("other pages load without problems", async () => {
    for (const page_ of ["methodology.html", "glossary.html", "downloads.html", "compare.html", "search.html"]) {
      await page.goto(`${mode.base()}${page_}`);
      await expect(page.locator("h1").count()).resolves.toBeGreaterThan(0);
    }
    expect(problems).toEqual([]);
  });
});
