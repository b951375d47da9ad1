// Search in Debian's chromium, opened from disk (file://) and served under a
// sub-path (http://127.0.0.1/atlas/): the header box finds as you type,
// keyboard navigation opens a project at its row, "/" focuses the box, the
// search page reads ?q=, and the index loads lazily without fetch.
// Build first: npm run build (or: npx astro build && npx tsx scripts/postbuild.ts).
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import type { Page } from "playwright-core";
import { DIST, openModes, startSite, stopSite, watchedPage, type Browser, type Served } from "./harness";
import { elementIds } from "../../src/lib/distCheck";
import type { PartData } from "../../src/search/parts";

const SICHUAN = "sichuanshengdashujuzhongxin-2023";
const DAZHOU = "dazhoushishuzijingjiju-2023";

let browser: Browser;
let server: Served;

beforeAll(async () => ({ browser, server } = await startSite("assets/search/projects.js")));
afterAll(() => stopSite({ browser, server }));

const BOX = "#site-search-q";
const OPTIONS = "#site-search-list [role=option]";

/** Waits until an option of the dropdown contains every one of `texts`. */
async function waitForOptions(page: Page, texts: string[]): Promise<string[]> {
  await page.waitForFunction(
    ({ sel, box, texts }) => {
      // The list must answer what the box holds now, not a prefix typed a moment ago.
      const q = (document.querySelector<HTMLInputElement>(box)?.value ?? "").trim();
      const all = document.querySelector(".sr-all")?.getAttribute("href") ?? "";
      if (!all.endsWith(`q=${encodeURIComponent(q)}`)) return false;
      const options = Array.from(document.querySelectorAll(sel)).map((o) => o.textContent ?? "");
      return texts.every((t) => options.some((o) => o.includes(t)));
    },
    { sel: OPTIONS, box: BOX, texts },
    { timeout: 15_000 },
  );
  return page.locator(OPTIONS).allTextContents();
}

/** Waits until every index part is loaded, so leaving the page aborts no request. */
async function waitForIndex(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.getAttribute("data-search-ready")?.split(" ").length === 5, null, {
    timeout: 15_000,
  });
}

async function typeQuery(page: Page, q: string): Promise<void> {
  await page.fill(BOX, "");
  await page.type(BOX, q);
}

const modes = openModes(() => server);

describe.each(modes)("search over $name", (mode) => {
  let page: Page;
  let problems: string[];

  beforeAll(async () => ({ page, problems } = await watchedPage(browser, mode.origin())));
  afterAll(() => page?.close());

  test("the index loads only when the box is used: small parts on focus, the rest on typing", async () => {
    await page.goto(`${mode.base()}departments/${DAZHOU}.html`);
    const loaded = () =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLScriptElement>("script[src]"))
          .map((s) => s.getAttribute("src")!)
          .filter((s) => /fuse\.js$|search\/[a-z]+\.js$/.test(s))
          .sort(),
      );
    expect(await loaded()).toEqual([]);
    await page.keyboard.press("/");
    await expect.poll(loaded).toEqual(["../assets/fuse.js", "../assets/search/departments.js", "../assets/search/terms.js"]);
    await page.keyboard.type("达");
    await expect.poll(loaded).toHaveLength(6);
    await waitForIndex(page);
    expect(problems).toEqual([]);
  });

  test("finds as you type: Chinese, initials, pinyin; grouped, highlighted, with amounts", async () => {
    await page.goto(`${mode.base()}departments/${DAZHOU}.html`);
    await page.click(BOX);

    await typeQuery(page, "一体化政务服务平台");
    await waitForIndex(page);
    const projects = await waitForOptions(page, ["四川一体化政务服务平台运维服务", "1,992.21 万元"]);
    expect(projects.find((o) => o.includes("1,992.21 万元"))).toContain("四川省大数据中心");
    expect(await page.locator(`${OPTIONS} mark`).first().textContent()).toBe("一体化政务服务平台");
    expect(await page.locator("#site-search-list .sr-head").allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^项目/), expect.stringMatching(/^绩效指标/)]),
    );

    await typeQuery(page, "三公");
    await waitForOptions(page, ["“三公”经费合计", "13.00 万元"]);
    const terms = page.locator('#site-search-list [role=group]:has(.sr-head:text-matches("^名词")) [role=option]');
    expect(await terms.first().textContent()).toContain("“三公”经费");

    await typeQuery(page, "达州");
    await waitForOptions(page, ["达州市数字经济局", "达州市达川区人民政府办公室"]);

    await typeQuery(page, "sjzx");
    const sjzx = await waitForOptions(page, ["四川省大数据中心"]);
    expect(sjzx[0]).toContain("四川省大数据中心");
    expect(await page.locator(`${OPTIONS} mark`).first().textContent()).toBe("数据中心");

    await typeQuery(page, "dzs");
    await waitForOptions(page, ["达州市数字经济局"]);

    // Links are relative and name their file.
    const hrefs = await page.locator(OPTIONS).evaluateAll((os) => os.map((o) => o.getAttribute("href")!));
    for (const h of hrefs) expect(h).toMatch(/^(\.\.\/)?[a-z-]+(\/[a-z0-9-]+)?\.html(#[\w-]+|\?q=.+)?$/);
    expect(problems).toEqual([]);
  });

  test("↓ and Enter on a project open its department page at the project row", async () => {
    await page.goto(`${mode.base()}index.html`);
    await page.click(BOX);
    await typeQuery(page, "一体化政务服务平台");
    await waitForIndex(page);
    await waitForOptions(page, ["四川一体化政务服务平台运维服务"]);
    const target = `../departments/${SICHUAN}.html#project-18`.replace(/^\.\.\//, "");
    // Arrow down to the project; the active option is announced to the input.
    for (let k = 0; k < 20; k++) {
      await page.keyboard.press("ArrowDown");
      const active = await page.locator(`${OPTIONS}[aria-selected=true]`).getAttribute("href");
      if (active === target) break;
    }
    const activeId = await page.locator(BOX).getAttribute("aria-activedescendant");
    expect(await page.locator(`#${activeId}`).getAttribute("href")).toBe(target);
    await page.keyboard.press("Enter");
    await page.waitForURL(`**/departments/${SICHUAN}.html#project-18`);
    const row = await page.evaluate(() => {
      const t = document.querySelector(":target");
      if (!t) return null;
      const r = t.getBoundingClientRect();
      return { id: t.id, tag: t.tagName, inView: r.bottom > 0 && r.top < window.innerHeight && r.top > -2, text: t.textContent ?? "" };
    });
    expect(row).toMatchObject({ id: "project-18", tag: "TR", inView: true });
    expect(row!.text).toContain("四川一体化政务服务平台运维服务");
    expect(problems).toEqual([]);
  });

  test('"/" focuses the box unless typing in a field; Esc closes the list', async () => {
    await page.goto(`${mode.base()}glossary.html`);
    expect(await page.evaluate(() => document.activeElement?.id ?? "")).not.toBe("site-search-q");
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("site-search-q");
    await page.keyboard.type("sjzx/");
    expect(await page.inputValue(BOX)).toBe("sjzx/"); // a "/" typed in the box is text
    await page.fill(BOX, "");
    await page.keyboard.type("三公");
    await waitForIndex(page);
    await waitForOptions(page, ["“三公”经费"]);
    await page.keyboard.press("Escape");
    expect(await page.locator("#site-search-list").isVisible()).toBe(false);
    expect(await page.locator(BOX).getAttribute("aria-expanded")).toBe("false");
    expect(problems).toEqual([]);
  });

  test("Enter with nothing selected opens the search page, which reads ?q= and lists every kind", async () => {
    await page.goto(`${mode.base()}departments/${SICHUAN}.html`);
    await page.click(BOX);
    await typeQuery(page, "三公");
    await waitForIndex(page);
    await waitForOptions(page, ["“三公”经费"]);
    await page.keyboard.press("Enter");
    await page.waitForURL(/search\.html\?q=%E4%B8%89%E5%85%AC$/);
    await waitForIndex(page);
    await page.waitForSelector("#search-results .sr-section");
    expect(await page.inputValue("#search-page-q")).toBe("三公");
    const headings = await page.locator("#search-results h2").allTextContents();
    expect(headings.map((h) => h.replace(/\d+ 条$/, ""))).toEqual(["绩效指标", "支出科目", "名词"]);
    expect(await page.locator("#search-status").textContent()).toMatch(/^找到 \d+ 条与“三公”相关的结果$/);

    // Typing on the page updates the results; ↓ moves into them, Enter opens one.
    await page.fill("#search-page-q", "sjzx");
    await page.waitForFunction(() => document.querySelector("#search-results .sr-title")?.textContent === "四川省大数据中心");
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain("四川省大数据中心");
    await page.keyboard.press("Enter");
    await page.waitForURL(`**/departments/${SICHUAN}.html`);
    expect(problems).toEqual([]);
  });

  test("the search page without a query, and with one that finds nothing", async () => {
    await page.goto(`${mode.base()}search.html`);
    await waitForIndex(page);
    await page.waitForFunction(() => document.getElementById("search-status")?.textContent?.startsWith("输入"));
    await page.goto(`${mode.base()}search.html?q=${encodeURIComponent("不存在的名称甲乙丙")}`);
    await waitForIndex(page);
    await page.waitForFunction(() => document.getElementById("search-status")?.textContent?.startsWith("没有找到"));
    expect(await page.locator("#search-results .sr-item").count()).toBe(0);
    expect(problems).toEqual([]);
  });
});

test("every search result opens a file and an anchor that exist in dist/", () => {
  const window: { BA_SEARCH_PARTS?: Record<string, PartData> } = {};
  const dir = path.join(DIST, "assets", "search");
  for (const f of readdirSync(dir)) runInNewContext(readFileSync(path.join(dir, f), "utf8"), { window });
  const parts = Object.values(window.BA_SEARCH_PARTS ?? {});
  expect(parts.map((p) => p.part).sort()).toEqual(["departments", "indicators", "lines", "projects", "terms"]);
  const ids = new Map<string, Set<string>>();
  const missing: string[] = [];
  let checked = 0;
  for (const part of parts)
    for (const [, , , page, anchor] of part.docs) {
      const file = part.strings[page];
      if (!existsSync(path.join(DIST, file))) {
        missing.push(file);
        continue;
      }
      if (!anchor) continue;
      if (!ids.has(file)) ids.set(file, elementIds(readFileSync(path.join(DIST, file), "utf8")));
      if (!ids.get(file)!.has(anchor)) missing.push(`${file}#${anchor}`);
      checked++;
    }
  expect(missing).toEqual([]);
  expect(checked).toBeGreaterThan(1000);
});
