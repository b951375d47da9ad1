// A comparison chart as its page needs it: the static SVG once per filter
// choice (year × level), and the same numbers as a table whose rows carry
// their year and level so the client can hide the rows a filter excludes.
// Everything here is data → data; the page renders it.
import type { Department } from "../../lib/schema";
import { formatLevel, NOT_DISCLOSED } from "../../lib/format";

export type Facet = { year: number | null; level: Department["level"] };

/** "2023", "na" for a year the document does not state, "*" for any. */
export const yearKey = (year: number | null): string => (year == null ? "na" : String(year));
export const levelKey = (level: Department["level"]): string => level ?? "na";
/** The filter key of one record, e.g. "2023/district". */
export const facetKey = (f: Facet): string => `${yearKey(f.year)}/${levelKey(f.level)}`;

export type TableCell = {
  text: string;
  /** Link, already relative to the page. */
  href?: string;
  num?: boolean;
  /** The value is 未披露 (styled apart from numbers, never 0). */
  nd?: boolean;
  /** Header cell of the row. */
  rowHeader?: boolean;
};

export type TableRow = { facet: Facet; cells: TableCell[] };

export type FigureTable = { columns: { label: string; num?: boolean }[]; rows: TableRow[] };

export type Variant = {
  /** Filter keys this SVG answers, e.g. ["*\/*"] or ["2023/*", "2023/district"]. */
  keys: string[];
  svg: string;
  /** Departments drawn, and selected: a chart draws at most CHART_LIMIT. */
  shown: number;
  total: number;
};

/**
 * Bars a comparison chart draws. Past a few dozen, bars stop being readable
 * on a projector and the page grows with every department; the data table
 * below the chart and the CSV keep every department.
 */
export const CHART_LIMIT = 40;

export type CompareFigure = {
  id: string; // anchor id on the page
  title: string;
  unit: string; // 万元, %, 万元/人 …
  /** Marks a proxy measure (代理指标) in the title line. */
  proxy?: boolean;
  years: (number | null)[];
  levels: Department["level"][];
  variants: Variant[];
  /** For a chart about one department: the figure as a whole is shown or hidden by the filter. */
  facet?: Facet;
  legend?: { label: string; color: string }[];
  table: FigureTable;
  source: string;
  note?: string;
};

/** Distinct years and levels of the items, in a stable order (years ascending, levels province → district). */
export function facetsOf(items: readonly Facet[]): { years: (number | null)[]; levels: Department["level"][] } {
  const years = [...new Set(items.map((i) => i.year))].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
  const order = ["province", "city", "district", null];
  const levels = [...new Set(items.map((i) => i.level))].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return { years, levels };
}

/** Does the filter key ("2023/*", "*\/city" …) admit this facet? */
export function admits(key: string, f: Facet): boolean {
  const [y, l] = key.split("/");
  return (y === "*" || y === yearKey(f.year)) && (l === "*" || l === levelKey(f.level));
}

/**
 * One SVG per distinct set of items a filter can select. Every filter key
 * (any/each year × any/each level) that selects at least one item maps to
 * exactly one variant; keys selecting the same items share it. A key that
 * selects nothing has no variant (the page says so instead). Items come
 * sorted as the chart ranks them; a variant draws the first CHART_LIMIT.
 */
export function filterVariants<T extends Facet>(items: readonly T[], render: (subset: T[]) => string): Variant[] {
  const { years, levels } = facetsOf(items);
  const yearKeys = ["*", ...years.map(yearKey)];
  const levelKeys = ["*", ...levels.map(levelKey)];
  const groups = new Map<string, { keys: string[]; subset: T[] }>();
  for (const y of yearKeys)
    for (const l of levelKeys) {
      const key = `${y}/${l}`;
      const subset = items.filter((i) => admits(key, i));
      if (!subset.length) continue;
      const id = subset.map((s) => items.indexOf(s)).join(",");
      const g = groups.get(id);
      if (g) g.keys.push(key);
      else groups.set(id, { keys: [key], subset });
    }
  return [...groups.values()].map((g) => {
    const shown = g.subset.slice(0, CHART_LIMIT);
    return { keys: g.keys, svg: render(shown), shown: shown.length, total: g.subset.length };
  });
}

/** "2023、2025 年" or 年度未披露 parts, for a chart's meta line. */
export function yearsText(years: readonly (number | null)[]): string {
  const known = years.filter((y): y is number => y != null);
  const parts = known.length ? [`${known.join("、")} 年`] : [];
  if (years.includes(null)) parts.push("年度未披露");
  return parts.join("、") || NOT_DISCLOSED;
}

export function levelsText(levels: readonly Department["level"][]): string {
  return levels.map(formatLevel).join("、") || NOT_DISCLOSED;
}

/** A department's name with its year and level, as chart labels show it. */
export function departmentLabel(d: { department: string; year: number | null; level: Department["level"] }): string {
  return `${d.department}（${d.year ?? "年度未披露"} · ${formatLevel(d.level)}）`;
}

/** Sort by a value, largest first; null (未披露) last; ties by name. */
export function byValueDesc<T>(value: (t: T) => number | null, name: (t: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const va = value(a);
    const vb = value(b);
    if ((va == null) !== (vb == null)) return va == null ? 1 : -1;
    return (vb ?? 0) - (va ?? 0) || name(a).localeCompare(name(b), "zh-CN");
  };
}
