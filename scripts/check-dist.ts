// Static check of dist/: fails on module scripts, absolute URLs, links to
// directories, external resources, and relative links whose file or #anchor
// does not exist. Run: npm run check:dist (also run by scripts/postbuild.ts).
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { outDir } from "../src/lib/paths";
import { pathToFileURL } from "node:url";
import { attributes, checkCss, checkHtml, elementIds, localLinks, type Violation } from "../src/lib/distCheck";

export function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? listFiles(full, base) : [path.relative(base, full).split(path.sep).join("/")];
    });
}

/** A department page's own HTML (site-wide CSS/JS excluded) stays under this. */
export const DEPARTMENT_PAGE_BUDGET = 150 * 1024;

export function checkDist(dist: string): Violation[] {
  const files = listFiles(dist);
  const violations: Violation[] = [];
  // Each page is parsed once; its ids and links are all the link check needs of it.
  const pages = new Map<string, { ids: Set<string>; links: Set<string> }>();
  for (const f of files) {
    if (f.endsWith(".html")) {
      const text = readFileSync(path.join(dist, f), "utf8");
      const attrs = attributes(text);
      pages.set(f, { ids: elementIds(text, attrs), links: new Set(localLinks(text, attrs)) });
      violations.push(...checkHtml(f, text, attrs));
      const bytes = Buffer.byteLength(text);
      if (f.startsWith("departments/") && bytes > DEPARTMENT_PAGE_BUDGET)
        violations.push({ file: f, rule: "page-budget", detail: `${bytes} bytes > ${DEPARTMENT_PAGE_BUDGET}` });
    } else if (f.endsWith(".css")) violations.push(...checkCss(f, readFileSync(path.join(dist, f), "utf8")));
  }
  if (files.some((f) => f.startsWith("_astro/") && f.endsWith(".js")))
    violations.push({ file: "_astro/", rule: "bundled-script", detail: "Astro emitted a bundled (module) script" });

  // Every relative link must land on a file that exists, and on an id that exists.
  const existing = new Set(files);
  for (const [page, { links }] of pages) {
    for (const link of links) {
      const [target, fragment] = splitLink(link);
      const file = target === "" ? page : path.posix.normalize(path.posix.join(path.posix.dirname(page), target));
      if (file.startsWith("..") || !existing.has(file)) {
        violations.push({ file: page, rule: "broken-link", detail: link });
        continue;
      }
      if (fragment && file.endsWith(".html") && !pages.get(file)?.ids.has(decodeURIComponent(fragment)))
        violations.push({ file: page, rule: "broken-anchor", detail: link });
    }
  }
  return violations;
}

function splitLink(link: string): [string, string] {
  const noQuery = link.replace(/\?[^#]*/, "");
  const at = noQuery.indexOf("#");
  return at === -1 ? [decodeURI(noQuery), ""] : [decodeURI(noQuery.slice(0, at)), noQuery.slice(at + 1)];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const dist = path.resolve(process.argv[2] ?? outDir());
  const violations = checkDist(dist);
  for (const v of violations) console.error(`${v.file}: [${v.rule}] ${v.detail}`);
  if (violations.length) {
    console.error(`check:dist failed: ${violations.length} problem(s) in ${dist}`);
    process.exit(1);
  }
  console.log(`check:dist ok: ${listFiles(dist).length} files in ${dist}`);
}
