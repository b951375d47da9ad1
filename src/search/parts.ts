// The search index is split into parts, one per kind of result, each shipped
// as its own classic script (assets/search/<part>.js), so a page loads only
// what it searches: the small parts when the box gets focus, the large ones
// on the first keystroke. Shared by the build and the browser.

export const PART_NAMES = ["departments", "projects", "indicators", "lines", "terms"] as const;
export type PartName = (typeof PART_NAMES)[number];

/** Group heading shown above each kind of result, in display order. */
export const PART_LABELS: Record<PartName, string> = {
  departments: "部门",
  projects: "项目",
  indicators: "绩效指标",
  lines: "支出科目",
  terms: "名词",
};

/** Loaded when the box gets focus; the rest on the first keystroke. */
export const EAGER_PARTS: readonly PartName[] = ["departments", "terms"];

/** Results per group in the header dropdown: few indicators, which are many and alike. */
export const DROPDOWN_LIMITS: Record<PartName, number> = {
  departments: 6,
  projects: 4,
  indicators: 3,
  lines: 3,
  terms: 3,
};

/** The global the part scripts fill in: window.BA_SEARCH_PARTS[part] = {...}. */
export const PARTS_GLOBAL = "BA_SEARCH_PARTS";

/** Dist path of a part script, and of the Fuse library script. */
export const partPath = (part: PartName) => `assets/search/${part}.js`;
export const FUSE_PATH = "assets/fuse.js";

/**
 * A search result as shipped, one compact array per document:
 * [title, sy, context, page, anchor, note, amount?]
 * - title: text as shown, or 0 when it equals the normalized search text
 * - sy: pinyin syllable lengths per character of the search text (see pinyin.ts)
 * - context, page: indexes into PartData.strings ("四川省大数据中心 · 2023 年", "departments/x.html")
 * - anchor: element id on that page, or "" for the page itself
 * - note: a short extra line (indicator target, definition excerpt, subject code), or ""
 * - amount: present only for kinds that carry one; null = 未披露
 */
export type DocRow = [title: string | 0, sy: string, context: number, page: number, anchor: string, note: string, amount?: number | null];

/** Fuse's index as JSON (Fuse.createIndex(...).toJSON()). */
export type FuseIndexJson = {
  keys: { path: string[]; id: string; weight: number; src: string | string[] }[];
  records: { i: number; $: Record<string, { v: string; n: number }> }[];
};

export type PartData = {
  v: 1;
  part: PartName;
  strings: string[];
  docs: DocRow[];
  /** Fuse index over the search fields t (text), i (initials), p (pinyin). */
  index: FuseIndexJson;
  /** n-gram → sorted document numbers, delta-encoded in base 36, comma-separated. */
  grams: Record<string, string>;
};

/** The Fuse keys, in index order. Text outweighs pinyin and initials. */
export const FUSE_KEYS = [
  { name: "t", weight: 2 },
  { name: "i", weight: 1 },
  { name: "p", weight: 1 },
] as const;
