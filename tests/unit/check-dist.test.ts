// The static check of dist/: each page parsed once, links checked against the
// file list and against the ids of the page they point to.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkDist, DEPARTMENT_PAGE_BUDGET } from "../../scripts/check-dist.ts";

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "atlas-dist-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe("checkDist", () => {
  it("passes a page whose links and anchors land", () => {
    const dist = site({ "index.html": '<a href="departments/a.html#L3">a</a>', "departments/a.html": '<p id="L3"><a href="../index.html">home</a></p>' });
    expect(checkDist(dist)).toEqual([]);
  });

  it("names broken links, broken anchors, module scripts, absolute URLs and oversized department pages", () => {
    const dist = site({
      "index.html": '<a href="nope.html">x</a><a href="departments/a.html#L9">y</a><script type="module" src="x.js"></script><img src="/logo.png">',
      "departments/a.html": `<p id="L3">${"字".repeat(DEPARTMENT_PAGE_BUDGET / 3 + 1)}</p>`,
    });
    expect(checkDist(dist).map((v) => `${v.file} ${v.rule} ${v.rule === "page-budget" ? "" : v.detail}`).sort()).toEqual([
      "departments/a.html page-budget ",
      'index.html absolute-url <img src="/logo.png">',
      "index.html broken-anchor departments/a.html#L9",
      "index.html broken-link nope.html",
      "index.html broken-link x.js",
      'index.html module-script type="module" script (breaks file://)',
    ]);
  });
});
