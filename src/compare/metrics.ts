// Comparison figures computed from the records. Every ratio has a stated
// numerator and denominator; a missing one gives null (未披露), never a guess.
import type { Department } from "../lib/schema.ts";
import { fromNumber, toNumber, type Micro } from "../ingest/decimal.ts";
import { isQuantitative, level1Of, level2Of, operatorOf } from "../lib/taxonomy.ts";

/** An editor-supplied staff count, with its citation (content/headcounts.yaml). */
export interface HeadcountEntry {
  slug: string;
  value: number;
  source: { document: string; year: number; table: string };
}

export interface StaffCount {
  value: number;
  basis: string;
  origin: "document" | "editor";
  line: number | null;
}

export function staffCount(d: Department, editorial: readonly HeadcountEntry[]): StaffCount | null {
  if (d.headcount) return { value: d.headcount.value, basis: d.headcount.basis, origin: "document", line: d.headcount.line };
  const e = editorial.find((x) => x.slug === d.slug);
  if (!e) return null;
  return { value: e.value, basis: `编辑补充：${e.source.document}（${e.source.year}年，${e.source.table}）`, origin: "editor", line: null };
}

/** a ÷ b to 4 decimals, exact to the last digit shown; null if either is missing. */
export function ratio(a: number | null, b: number | null, scale = 1): number | null {
  if (a === null || b === null || b === 0) return null;
  const num = fromNumber(a) * BigInt(Math.round(scale * 1e6));
  const den = fromNumber(b);
  // Round half up at 1e-4 of the result, in integers.
  const q = (num * 10_000n * 2n + den * 1_000_000n) / (den * 1_000_000n * 2n);
  return Number(q) / 10_000;
}

const ITEMS = ["total", "overseas", "vehicleTotal", "reception"] as const;

export interface ThreePublicRow {
  slug: string;
  department: string;
  year: number | null;
  level: Department["level"];
  staff: StaffCount | null;
  total: number | null;
  /** 万元 per staff member, by item. */
  perStaff: Record<(typeof ITEMS)[number], number | null>;
  /** Proxies that need no staff count: 三公 ÷ 基本支出 (%), and per 100万元 of 人员经费. */
  shareOfBasic: number | null;
  per100Personnel: number | null;
}

export function threePublicRows(departments: readonly Department[], editorial: readonly HeadcountEntry[]): ThreePublicRow[] {
  return departments.map((d) => {
    const staff = staffCount(d, editorial);
    const perStaff = Object.fromEntries(ITEMS.map((k) => [k, ratio(d.threePublic[k], staff?.value ?? null)])) as ThreePublicRow["perStaff"];
    return {
      slug: d.slug,
      department: d.department,
      year: d.year,
      level: d.level,
      staff,
      total: d.threePublic.total,
      perStaff,
      shareOfBasic: ratio(d.threePublic.total, d.totals.basicExpenditure, 100),
      // 万元 of 三公 per 100万元 (= 100 万元) of 人员经费.
      per100Personnel: ratio(d.threePublic.total, d.totals.personnelExpenditure, 100),
    };
  });
}

export interface ProjectShareRow {
  slug: string;
  department: string;
  year: number | null;
  level: Department["level"];
  basic: number | null;
  project: number | null;
  total: number | null;
  /** 项目支出 ÷ 支出总计, in %. */
  projectShare: number | null;
  largest: { name: string; amount: number; line: number }[];
}

export function projectShareRows(departments: readonly Department[], top = 5): ProjectShareRow[] {
  return departments.map((d) => ({
    slug: d.slug,
    department: d.department,
    year: d.year,
    level: d.level,
    basic: d.totals.basicExpenditure,
    project: d.totals.projectExpenditure,
    total: d.totals.expenditureTotal,
    projectShare: ratio(d.totals.projectExpenditure, d.totals.expenditureTotal, 100),
    largest: d.projects
      .filter((p): p is typeof p & { amount: number } => p.amount !== null)
      .sort((a, b) => b.amount - a.amount || a.line - b.line)
      .slice(0, top)
      .map((p) => ({ name: p.name, amount: p.amount, line: p.line })),
  }));
}

export interface IndicatorMix {
  slug: string;
  department: string;
  year: number | null;
  level: Department["level"];
  count: number;
  level1: Record<string, number>;
  level2: Record<string, number>;
  /** Labels no rule maps, with how often each occurs. */
  unmapped: Record<string, number>;
  quantitative: number;
  qualitative: number;
  operators: Record<string, number>;
  /** Share of the stated weights by 一级 type, in % of the weights stated. */
  weightShare: Record<string, number | null>;
}

export function indicatorMix(departments: readonly Department[]): IndicatorMix[] {
  return departments.map((d) => {
    const all = d.indicators;
    const count = (keys: (string | null)[]) => keys.reduce<Record<string, number>>((m, k) => ((m[k ?? "未标明"] = (m[k ?? "未标明"] ?? 0) + 1), m), {});
    const l1 = all.map((i) => level1Of(i.level1));
    const l2 = all.map((i) => level2Of(i.level2));
    const unmapped = count([...l1.filter((c) => c.label && !c.type).map((c) => `一级：${c.label}`), ...l2.filter((c) => c.label && !c.type).map((c) => `二级：${c.label}`)]);
    const weights = new Map<string, Micro>();
    let stated = 0n;
    all.forEach((i, k) => {
      if (i.weight === null) return;
      const w = fromNumber(i.weight);
      stated += w;
      const key = l1[k].type ?? "未归类";
      weights.set(key, (weights.get(key) ?? 0n) + w);
    });
    const weightShare = Object.fromEntries([...weights].map(([k, w]) => [k, stated ? ratio(toNumber(w), toNumber(stated), 100) : null]));
    return {
      slug: d.slug,
      department: d.department,
      year: d.year,
      level: d.level,
      count: all.length,
      level1: count(l1.map((c) => c.type ?? (c.label ? "未归类" : null))),
      level2: count(l2.map((c) => c.type ?? (c.label ? "未归类" : null))),
      unmapped,
      quantitative: all.filter(isQuantitative).length,
      qualitative: all.filter((i) => !isQuantitative(i)).length,
      operators: count(all.map((i) => operatorOf(i.operator))),
      weightShare,
    };
  });
}
