// Browser-test harness: Debian's chromium driven by playwright-core (no
// browser is ever downloaded), a tiny static server that mounts dist/ under a
// sub-path like GitHub Pages does, and a watcher that records every console
// error, failed request and request to a non-local host.
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { createServer, type Server } from "node:http";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const DIST = path.resolve(process.cwd(), "dist");

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export type Browser = { context: BrowserContext; close: () => Promise<void> };

/** A fresh profile each time, so no state carries between runs. */
export async function launch(): Promise<Browser> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), "atlas-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
};

export type Served = { origin: string; base: string; close: () => Promise<void> };

/** Serves `dir` at http://127.0.0.1:<port><prefix>, and nothing else (404), like a project site on GitHub Pages. */
export async function serve(dir: string, prefix = "/atlas/"): Promise<Served> {
  const root = path.resolve(dir);
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = pathname.startsWith(prefix) ? path.resolve(root, `.${pathname.slice(prefix.length - 1)}`) : null;
    if (!file || !file.startsWith(root + path.sep) || !isFile(file)) {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("no port");
  const origin = `http://127.0.0.1:${address.port}`;
  return { origin, base: `${origin}${prefix}`, close: () => new Promise((r) => server.close(() => r())) };
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

export type Problems = string[];

/**
 * Records what must never happen on a page: console errors, uncaught
 * exceptions, failed or 4xx/5xx requests, and requests that leave the
 * machine (anything but file:, data:, blob: and the local test origin).
 */
export function watch(page: Page, localOrigin: string | null): Problems {
  const problems: Problems = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${m.text()} @ ${page.url()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message} @ ${page.url()}`));
  page.on("requestfailed", (r) => {
    // A download is reported as an aborted navigation; that is not a failure.
    if (r.failure()?.errorText === "net::ERR_ABORTED" && r.isNavigationRequest() && /\.(csv|json|txt)$/.test(new URL(r.url()).pathname)) return;
    problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on("request", (r) => {
    const url = new URL(r.url());
    const local = ["file:", "data:", "blob:"].includes(url.protocol) || (localOrigin != null && url.origin === localOrigin);
    if (!local) problems.push(`non-local request: ${r.url()}`);
  });
  return problems;
}

/** The two ways a reader opens dist/: from disk, and from a server under a sub-path. */
export function openModes(served: () => Served) {
  return [
    { name: "file://", base: () => `${pathToFileURL(DIST).href}/`, origin: (): string | null => null },
    { name: "http sub-path /atlas/", base: () => served().base, origin: (): string | null => served().origin },
  ] as const;
}

export type Site = { browser: Browser; server: Served };

/** Chromium and the sub-path server for one test file; `required` is a dist/ file its tests need. */
export async function startSite(required: string): Promise<Site> {
  if (!existsSync(path.join(DIST, required))) throw new Error(`dist/${required} is missing: run \`npm run build\` first`);
  return { browser: await launch(), server: await serve(DIST, "/atlas/") };
}

export async function stopSite(site: Partial<Site>): Promise<void> {
  await site.browser?.close();
  await site.server?.close();
}

/** A new page whose problems (see watch) are recorded. */
export async function watchedPage(browser: Browser, localOrigin: string | null): Promise<{ page: Page; problems: Problems }> {
  const page = await browser.context.newPage();
  return { page, problems: watch(page, localOrigin) };
}
