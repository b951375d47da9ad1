// A user's own documents (ATLAS_SEEDS) that carry script, event-handler and
// javascript: payloads in their names build into an atlas where no injected
// element exists and no injected script runs: source text reaches pages only
// as escaped text. The same build shows that a file that cannot be read is
// named and the others are still built.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { launch, type Browser } from "./harness";
import { hostileDocuments, PAYLOADS } from "../support/hostile";

let browser: Browser;
let root: string;
let dist: string;
let build: { status: number | null; stdout: string; stderr: string };

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), "atlas-hostile-"));
  const seeds = path.join(root, "seeds");
  mkdirSync(seeds);
  for (const [name, text] of Object.entries(hostileDocuments())) writeFileSync(path.join(seeds, name), text);
  writeFileSync(path.join(seeds, "empty.txt"), "");
  dist = path.join(root, "dist");
  const run = spawnSync(path.join("node_modules", ".bin", "tsx"), ["scripts/build.ts"], {
    encoding: "utf8",
    env: { ...process.env, ATLAS_SEEDS: seeds, ATLAS_RECORDS: path.join(root, "records"), ATLAS_OUT: dist },
  });
  build = { status: run.status, stdout: run.stdout, stderr: run.stderr };
  browser = await launch();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

function htmlFiles(dir: string, prefix = ""): string[] {
  return readdirSync(dir).flatMap((f) => {
    const rel = prefix + f;
    return statSync(path.join(dir, f)).isDirectory() ? htmlFiles(path.join(dir, f), `${rel}/`) : rel.endsWith(".html") ? [rel] : [];
  });
}

/** Everything an injection would leave behind on a loaded page. */
async function injected(page: Page) {
  return page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    elements: Array.from(document.querySelectorAll("[id^=pwn], iframe")).map((e) => e.outerHTML.slice(0, 80)),
    jsLinks: Array.from(document.querySelectorAll("[href], [src], [action], [formaction]"))
      .map((e) => e.getAttribute("href") ?? e.getAttribute("src") ?? e.getAttribute("action") ?? e.getAttribute("formaction") ?? "")
      .filter((u) => /^\s*javascript:/i.test(u)),
    handlers: Array.from(document.querySelectorAll("*")).flatMap((e) => e.getAttributeNames().filter((a) => a.startsWith("on")).map((a) => `${e.tagName}[${a}]`)),
  }));
}

describe("a user's own hostile documents (ATLAS_SEEDS)", () => {
  test("the build names the unreadable file, builds the others, and exits 1", () => {
    expect(build.stderr).toContain("empty.txt:1: empty file: 0 bytes");
    expect(build.stdout).toContain("2 record(s) written");
    expect(build.status).toBe(1);
    expect(readdirSync(path.join(dist, "departments")).sort()).toEqual([
      "chongqingshiqijiangqudashujuyingyongfazhanguanliju-2025.html",
      "sichuanshengdashujuzhongxin-2023.html",
    ]);
  });

  test("no page of the built atlas has an injected element, handler or javascript: link, and none runs", async () => {
    const pages = htmlFiles(dist);
    expect(pages.length).toBeGreaterThan(10);
    const page = await browser.context.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (d) => (dialogs.push(d.message()), void d.dismiss()));
    const found: string[] = [];
    for (const f of pages) {
      await page.goto(pathToFileURL(path.join(dist, f)).href, { waitUntil: "load" });
      const r = await injected(page);
      if (r.pwned !== null || r.elements.length || r.jsLinks.length || r.handlers.length) found.push(`${f}: ${JSON.stringify(r)}`);
    }
    await page.close();
    expect(found).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  test("the payloads are shown as text: the source viewer prints them verbatim", async () => {
    const page = await browser.context.newPage();
    await page.goto(pathToFileURL(path.join(dist, "source", "chongqingshiqijiangqudashujuyingyongfazhanguanliju-2025.html")).href);
    const text = await page.evaluate(() => document.body.textContent ?? "");
    for (const p of PAYLOADS) expect(text).toContain(p);
    await page.goto(pathToFileURL(path.join(dist, "departments", "chongqingshiqijiangqudashujuyingyongfazhanguanliju-2025.html")).href);
    const dept = await page.evaluate(() => document.body.textContent ?? "");
    expect(dept).toContain("西部信息安全谷建设专项经费window.__pwned=");
    expect(dept).toContain("[点我](javascript:window.__pwned='md')");
    expect(await injected(page)).toEqual({ pwned: null, elements: [], jsLinks: [], handlers: [] });
    await page.close();
  });

  test("search results for a hostile name render as text", async () => {
    const page = await browser.context.newPage();
    await page.goto(pathToFileURL(path.join(dist, "index.html")).href);
    await page.fill("#site-search-q", "西部信息安全谷");
    await page.waitForSelector("#site-search-list [role=option]");
    const options = await page.$$eval("#site-search-list [role=option]", (os) => os.map((o) => o.textContent ?? ""));
    expect(options.some((o) => o.includes("window.__pwned"))).toBe(true);
    expect(await injected(page)).toEqual({ pwned: null, elements: [], jsLinks: [], handlers: [] });
    await page.close();
  });
});
