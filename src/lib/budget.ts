// Pure derivations from a department record (部门预算) for display.
// Rule everywhere: a null amount is "not disclosed" — it is never treated as 0
// and never enters a share's denominator.
import { sumNumbers } from "../ingest/decimal";
import type { Department, Indicator, Project } from "./schema";

/** part / whole, or null when either is missing or the whole is not positive. */
export function share(part: number | null, whole: number | null): number | null {
  if (part == null || whole == null || !(whole > 0)) return null;
  return part / whole;
}

/** Exact sum of the disclosed values (no floating-point drift), or null when none is disclosed. */
export function sumDisclosed(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v != null);
  return known.length ? sumNumbers(known) : null;
}

/** The source line of a figure, from the record's provenance map (figure path → 1-based line). */
export function lineOf(record: Pick<Department, "provenance">, path: string): number | null {
  return record.provenance[path] ?? null;
}

/** 项目支出占比: project spending as a share of 支出总计 (falls back to basic+project). */
export function projectShareOfTotal(record: Department): number | null {
  const { projectExpenditure, basicExpenditure, expenditureTotal } = record.totals;
  const whole =
    expenditureTotal ?? (basicExpenditure != null && projectExpenditure != null ? basicExpenditure + projectExpenditure : null);
  return share(projectExpenditure, whole);
}

export type ProjectDenominator = { value: number | null; basis: "stated" | "sum-of-disclosed" };

/**
 * Denominator for "share of 项目支出": the stated project total when the
 * document gives one, otherwise the sum of the disclosed project amounts.
 */
export function projectDenominator(record: Department): ProjectDenominator {
  const stated = record.totals.projectExpenditure;
  if (stated != null && stated > 0) return { value: stated, basis: "stated" };
  return { value: sumDisclosed(record.projects.map((p) => p.amount)), basis: "sum-of-disclosed" };
}

export type ProjectRow = {
  number: number; // 1-based, as shown and as used in the #project-N anchor
  anchor: string;
  project: Project;
  share: number | null;
  indicatorCount: number;
  amountLine: number;
};

export function projectAnchor(number: number): string {
  return `project-${number}`;
}

export function projectRows(record: Department): ProjectRow[] {
  const denominator = projectDenominator(record).value;
  const counts = indicatorCountsByProject(record.indicators);
  return record.projects.map((project, i) => ({
    number: i + 1,
    anchor: projectAnchor(i + 1),
    project,
    share: share(project.amount, denominator),
    indicatorCount: counts.get(project.name) ?? 0,
    amountLine: lineOf(record, `projects.${i}.amount`) ?? project.line,
  }));
}

function indicatorCountsByProject(indicators: readonly Indicator[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ind of indicators) if (ind.project) counts.set(ind.project, (counts.get(ind.project) ?? 0) + 1);
  return counts;
}

export type IndicatorGroup = {
  anchor: string;
  projectName: string | null; // null: indicators not matched to a listed project
  projectNumber: number | null;
  indicators: { number: number; anchor: string; indicator: Indicator }[];
};

/** 绩效指标 grouped by project, in project order; unmatched indicators last. */
export function indicatorGroups(record: Department): IndicatorGroup[] {
  const numbered = record.indicators.map((indicator, i) => ({ number: i + 1, anchor: `indicator-${i + 1}`, indicator }));
  const projectNumbers = new Map<string, number>();
  record.projects.forEach((p, i) => {
    if (!projectNumbers.has(p.name)) projectNumbers.set(p.name, i + 1);
  });
  const groups = new Map<string, IndicatorGroup>();
  const orphans: IndicatorGroup["indicators"] = [];
  for (const item of numbered) {
    const name = item.indicator.project;
    if (name == null) {
      orphans.push(item);
      continue;
    }
    // Indicators naming a project absent from the project list still group by name.
    const number = projectNumbers.get(name) ?? null;
    let group = groups.get(name);
    if (!group) {
      group = {
        anchor: number != null ? `indicators-${projectAnchor(number)}` : `indicators-other-${groups.size + 1}`,
        projectName: name,
        projectNumber: number,
        indicators: [],
      };
      groups.set(name, group);
    }
    group.indicators.push(item);
  }
  for (const g of groups.values()) g.indicators = byLevel(g.indicators);
  const ordered = [...groups.values()].sort(
    (a, b) => (a.projectNumber ?? Number.MAX_SAFE_INTEGER) - (b.projectNumber ?? Number.MAX_SAFE_INTEGER),
  );
  if (orphans.length)
    ordered.push({ anchor: "indicators-unassigned", projectName: null, projectNumber: null, indicators: byLevel(orphans) });
  return ordered;
}

export type EconomicRow = { code: string; name: string; amount: number | null; line: number };

/**
 * Economic classification (经济分类) of basic spending at one level: the 类
 * level (3-digit codes, e.g. 301 工资福利支出) when disclosed, else the 款 level.
 * Rows repeated per budget unit are merged by code; a merged amount is null
 * only when no unit disclosed it.
 */
export function economicRows(record: Department): { level: "类" | "款"; rows: EconomicRow[] } {
  const top = record.economicClasses.filter((c) => c.code.length === 3);
  const level = top.length ? "类" : "款";
  // 款 codes are 5 digits; 7-digit sub-items would double-count their 款.
  const chosen = top.length ? top : record.economicClasses.filter((c) => c.code.length === 5);
  const merged = new Map<string, { code: string; name: string; amounts: (number | null)[]; line: number }>();
  for (const c of chosen) {
    const m = merged.get(c.code);
    if (m) m.amounts.push(c.amount);
    else merged.set(c.code, { code: c.code, name: c.name, amounts: [c.amount], line: c.line });
  }
  const rows = [...merged.values()].map((m) => ({ code: m.code, name: m.name, amount: sumDisclosed(m.amounts), line: m.line }));
  rows.sort((a, b) => a.code.localeCompare(b.code));
  return { level, rows };
}

/**
 * Row spans for 一级/二级指标 cells: a level is printed once per run of equal
 * values (rowspan = run length) and omitted (0) on the rows it spans, as the
 * source tables merge those cells. A 二级 run never crosses a 一级 boundary.
 */
export function levelSpans(indicators: readonly Pick<Indicator, "level1" | "level2">[]): { level1: number; level2: number }[] {
  const spans = indicators.map(() => ({ level1: 0, level2: 0 }));
  let start1 = 0;
  let start2 = 0;
  indicators.forEach((ind, i) => {
    const prev = indicators[i - 1];
    const new1 = !prev || prev.level1 !== ind.level1;
    if (new1) start1 = i;
    if (new1 || prev.level2 !== ind.level2) start2 = i;
    spans[start1].level1 = i - start1 + 1;
    spans[start2].level2 = i - start2 + 1;
  });
  return spans;
}

/** The usual order of 一级指标 in 绩效目标表. */
const LEVEL1_ORDER = ["产出指标", "效益指标", "满意度指标", "成本指标"];

/**
 * Stable order by 一级指标 (canonical order, unknown ones after, by first
 * appearance) then 二级指标 (by first appearance), so each level forms one
 * block even when the source lists a project's indicators interleaved.
 */
export function byLevel<T extends { indicator: Pick<Indicator, "level1" | "level2"> }>(items: readonly T[]): T[] {
  const firstSeen = new Map<string, number>();
  items.forEach((item, i) => {
    for (const key of [`1:${item.indicator.level1}`, `2:${item.indicator.level1}/${item.indicator.level2}`])
      if (!firstSeen.has(key)) firstSeen.set(key, i);
  });
  const rank1 = (l: string | null) => {
    const known = l == null ? -1 : LEVEL1_ORDER.indexOf(l);
    return known >= 0 ? known : LEVEL1_ORDER.length + (firstSeen.get(`1:${l}`) ?? 0);
  };
  return items
    .map((item, i) => ({ item, i }))
    .sort(
      (a, b) =>
        rank1(a.item.indicator.level1) - rank1(b.item.indicator.level1) ||
        firstSeen.get(`2:${a.item.indicator.level1}/${a.item.indicator.level2}`)! -
          firstSeen.get(`2:${b.item.indicator.level1}/${b.item.indicator.level2}`)! ||
        a.i - b.i,
    )
    .map((x) => x.item);
}
