// The one place that turns a target page into a URL.
// Every page of the site is addressed by its path inside dist/ (e.g.
// "departments/x.html"), and every link is made relative to the page that
// contains it. That is what lets dist/ work opened from disk (file://) and
// under any sub-path (https://user.github.io/repo/) without a `base` setting.

/** A page or file path inside dist/, without a leading slash, e.g. "source/x.html". */
export type SitePath = string;

/** Where each kind of page lives inside dist/. */
export const routes = {
  home: (): SitePath => "index.html",
  compare: (): SitePath => "compare.html", // 对比
  compareThreePublic: (anchor?: string): SitePath => withHash("compare/three-public.html", anchor), // “三公”经费人均
  compareProjectShare: (anchor?: string): SitePath => withHash("compare/project-share.html", anchor), // 项目支出占比
  compareIndicators: (anchor?: string): SitePath => withHash("compare/indicators.html", anchor), // 绩效指标类型
  search: (): SitePath => "search.html", // 搜索
  methodology: (): SitePath => "methodology.html", // 方法说明
  glossary: (termId?: string): SitePath => withHash("glossary.html", termId),
  downloads: (): SitePath => "downloads.html", // 数据下载
  department: (slug: string, anchor?: string): SitePath => withHash(`departments/${slug}.html`, anchor),
  source: (slug: string, line?: number | null): SitePath =>
    withHash(`source/${slug}.html`, line == null ? undefined : `L${line}`),
  recordJson: (slug: string): SitePath => `data/departments/${slug}.json`,
  projectsCsv: (slug: string): SitePath => `data/projects/${slug}.csv`,
  indicatorsCsv: (slug: string): SitePath => `data/indicators/${slug}.csv`,
  allDepartmentsCsv: (): SitePath => "data/departments.csv",
  /** The original text file, e.g. "seeds/000_x.txt" → "data/sources/000_x.txt". */
  rawSource: (file: string): SitePath => `data/sources/${file.split("/").pop()!.replace(/\.[^.]*$/, "")}.txt`,
  asset: (name: string): SitePath => `assets/${name}`,
  manifest: (): SitePath => "manifest.json",
} as const;

function withHash(path: SitePath, hash: string | undefined): SitePath {
  return hash ? `${path}#${hash}` : path;
}

/**
 * Relative URL from the page `from` to the target `to` (both dist paths).
 * relativeUrl("departments/a.html", "source/a.html#L3") === "../source/a.html#L3"
 * relativeUrl("departments/a.html", "departments/a.html#p-1") === "#p-1"
 */
export function relativeUrl(from: SitePath, to: SitePath): string {
  assertSitePath(from);
  assertSitePath(to);
  const hashAt = to.indexOf("#");
  const target = hashAt === -1 ? to : to.slice(0, hashAt);
  const hash = hashAt === -1 ? "" : to.slice(hashAt);
  if (target === from && hash) return hash;

  const fromDirs = from.split("/").slice(0, -1);
  const toParts = target.split("/");
  let common = 0;
  while (common < fromDirs.length && common < toParts.length - 1 && fromDirs[common] === toParts[common]) common++;
  const ups = fromDirs.length - common;
  const rest = toParts.slice(common);
  return "../".repeat(ups) + rest.join("/") + hash;
}

/** A link function bound to the current page: `const url = linkerFor(here)`. */
export function linkerFor(here: SitePath): (to: SitePath) => string {
  return (to) => relativeUrl(here, to);
}

function assertSitePath(path: SitePath): void {
  if (path.startsWith("/") || /^[a-z]+:/i.test(path)) throw new Error(`not a dist path: ${path}`);
  const file = path.split("#")[0];
  if (file === "" || file.endsWith("/")) throw new Error(`site paths must name a file: ${path}`);
}
