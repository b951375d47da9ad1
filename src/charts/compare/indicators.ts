// 对比：绩效指标类型 — the mix of 一级/二级 types, 定量 vs 定性, operators and
// the share of stated weights, from compare/metrics.ts (indicatorMix) and the
// one taxonomy (lib/taxonomy.ts). Labels no rule maps stay visible.
import type { Department } from "../../lib/schema";
import { indicatorMix, ratio, type IndicatorMix } from "../../compare/metrics";
import { LEVEL1, LEVEL2, level1Of, level2Of } from "../../lib/taxonomy";
import { stackedBarsSvg } from "../stackedBars";
import { formatDecimal, formatPercent, NOT_DISCLOSED } from "../../lib/format";
import { byValueDesc, departmentLabel, facetsOf, filterVariants, type CompareFigure, type TableRow } from "./figure";
import { departmentCells, valueCell } from "./threePublic";
import type { CompareLinks } from "./links";

const OTHER = ["未归类", "未标明"] as const;
const GREY = "#9d9d9d";
const LIGHT_GREY = "#d0d0d0";

export const LEVEL1_COLORS: Record<string, string> = { 产出: "#2f6f9f", 效益: "#e69f00", 满意度: "#7b5ea7", 成本: "#cc79a7", 未归类: GREY, 未标明: LIGHT_GREY };
export const LEVEL2_COLORS: Record<string, string> = {
  数量: "#1f4e79",
  质量: "#4e79a7",
  时效: "#a0cbe8",
  成本: "#cc79a7",
  经济效益: "#e69f00",
  社会效益: "#f1ce63",
  生态效益: "#59a14f",
  可持续影响: "#8cd17d",
  服务对象满意度: "#7b5ea7",
  未归类: GREY,
  未标明: LIGHT_GREY,
};
export const KIND_COLORS: Record<string, string> = { 定量: "#2f6f9f", 定性: "#e69f00" };
export const OPERATOR_COLORS: Record<string, string> = { "≥": "#2f6f9f", "≤": "#e69f00", "＝": "#59a14f", ">": "#a0cbe8", "<": "#f1ce63", 定性: "#7b5ea7", 未标明: LIGHT_GREY };

const SOURCE = "来源：各部门预算公开文本中的项目绩效目标表（不含部门整体绩效指标）。类型按本站统一的指标分类归并，原文标签见“标签对照”。";

/** Keys of a breakdown in canonical order, keeping only those that occur somewhere. */
export function presentKeys(order: readonly string[], counts: readonly Record<string, number | null>[]): string[] {
  const seen = new Set(counts.flatMap((c) => Object.keys(c).filter((k) => c[k] != null)));
  return [...order.filter((k) => seen.has(k)), ...[...seen].filter((k) => !order.includes(k)).sort()];
}

/** Counts as % of the department's indicators (null when it lists none). */
export function countShares(counts: Record<string, number>, total: number): Record<string, number | null> {
  return Object.fromEntries(Object.entries(counts).map(([k, n]) => [k, ratio(n, total, 100)]));
}

type Breakdown = {
  id: string;
  title: string;
  order: readonly string[];
  colors: Record<string, string>;
  counts: (m: IndicatorMix) => Record<string, number>;
  note: string;
};

function breakdownFigure(mixes: IndicatorMix[], b: Breakdown, links: CompareLinks): CompareFigure {
  const { years, levels } = facetsOf(mixes);
  const keys = presentKeys(b.order, mixes.map(b.counts));
  const colors = keys.map((k) => b.colors[k] ?? GREY);
  // One row per department, one column per type: the table grows with departments, not departments × types.
  const rows: TableRow[] = mixes.map((m) => {
    const counts = b.counts(m);
    const shares = keys.map((k) => {
      const share = m.count === 0 || counts[k] == null ? (m.count === 0 ? null : 0) : ratio(counts[k], m.count, 100);
      return valueCell(share == null ? NOT_DISCLOSED : formatPercent(share), share);
    });
    return { facet: m, cells: [...departmentCells(m, links, "indicators"), valueCell(m.count === 0 ? NOT_DISCLOSED : String(m.count), m.count === 0 ? null : m.count), ...shares] };
  });
  return {
    id: b.id,
    title: b.title,
    unit: "%（占指标数）",
    years,
    levels,
    variants: filterVariants(mixes, (subset) =>
      stackedBarsSvg(
        subset.map((m) => ({
          label: departmentLabel(m),
          values: m.count ? countShares(b.counts(m), m.count) : {},
          valueText: `${m.count} 项`,
          href: links.department(m.slug, "indicators"),
        })),
        { ariaLabel: `${b.title}堆叠条形图（%）`, keys, colors, unit: "%", max: 100, format: (v) => `${formatDecimal(v, 0)}%` },
      ),
    ),
    legend: keys.map((k, i) => ({ label: k, color: colors[i] })),
    table: {
      columns: [{ label: "部门" }, { label: "年度" }, { label: "层级" }, { label: "指标数（项）", num: true }, ...keys.map((k) => ({ label: `${k}（%）`, num: true }))],
      rows,
    },
    source: SOURCE,
    note: b.note,
  };
}

function weightFigure(mixes: IndicatorMix[], links: CompareLinks): CompareFigure {
  const { years, levels } = facetsOf(mixes);
  const keys = presentKeys([...LEVEL1, ...OTHER], mixes.map((m) => m.weightShare));
  const colors = keys.map((k) => LEVEL1_COLORS[k] ?? GREY);
  const rows: TableRow[] = mixes.map((m) => ({
    facet: m,
    cells: [...departmentCells(m, links, "indicators"), ...keys.map((k) => valueCell(m.weightShare[k] == null ? NOT_DISCLOSED : formatPercent(m.weightShare[k]), m.weightShare[k] ?? null))],
  }));
  return {
    id: "chart-weights",
    title: "绩效指标权重按一级指标的分布",
    unit: "%（占已列权重）",
    years,
    levels,
    variants: filterVariants(mixes, (subset) =>
      stackedBarsSvg(
        subset.map((m) => ({ label: departmentLabel(m), values: m.weightShare, href: links.department(m.slug, "indicators") })),
        { ariaLabel: "绩效指标权重分布堆叠条形图（%）", keys, colors, unit: "%", max: 100, format: (v) => `${formatDecimal(v, 0)}%` },
      ),
    ),
    legend: keys.map((k, i) => ({ label: k, color: colors[i] })),
    table: { columns: [{ label: "部门" }, { label: "年度" }, { label: "层级" }, ...keys.map((k) => ({ label: `${k}权重（%）`, num: true }))], rows },
    source: SOURCE,
    note: "权重占比 = 该类指标的权重之和 ÷ 文件列出的全部权重之和。文件未列权重的部门标为“未披露”。",
  };
}

export function indicatorFigures(records: readonly Department[], links: CompareLinks): CompareFigure[] {
  // Ranked by how many indicators a department lists: the charts draw the first CHART_LIMIT.
  const mixes = indicatorMix(records).sort(byValueDesc((m) => m.count, (m) => m.department));
  return [
    breakdownFigure(
      mixes,
      {
        id: "chart-level1",
        title: "一级指标类型构成",
        order: [...LEVEL1, ...OTHER],
        colors: LEVEL1_COLORS,
        counts: (m) => m.level1,
        note: "占比 = 该类指标数 ÷ 项目绩效指标总数。“未归类”是原文有标签但不属于四类之一；“未标明”是原文没有一级指标标签。",
      },
      links,
    ),
    breakdownFigure(
      mixes,
      {
        id: "chart-level2",
        title: "二级指标类型构成",
        order: [...LEVEL2, ...OTHER],
        colors: LEVEL2_COLORS,
        counts: (m) => m.level2,
        note: "二级指标按统一分类归并（如“数量”“数量指标”合为“数量”）。未能归类的原文标签列在下方。",
      },
      links,
    ),
    breakdownFigure(
      mixes,
      {
        id: "chart-quantitative",
        title: "定量指标与定性指标",
        order: ["定量", "定性"],
        colors: KIND_COLORS,
        counts: (m) => ({ 定量: m.quantitative, 定性: m.qualitative }),
        note: "目标值是数字的为定量指标；运算符或目标值为“定性”、或目标值不是数字的为定性指标。",
      },
      links,
    ),
    breakdownFigure(
      mixes,
      {
        id: "chart-operators",
        title: "指标运算符",
        order: ["≥", "≤", "＝", ">", "<", "定性", "未标明"],
        colors: OPERATOR_COLORS,
        counts: (m) => m.operators,
        note: "全角、半角写法归并（如 ≧ 记为 ≥，= 记为 ＝）。“未标明”是原文没有运算符。",
      },
      links,
    ),
    weightFigure(mixes, links),
  ];
}

export type LabelUse = { level: "一级" | "二级"; label: string; type: string | null; count: number };

/** Each original 一级/二级 label of a department's indicators, with its normalized type and how often it occurs. */
export function labelUses(record: Department): LabelUse[] {
  const uses = new Map<string, LabelUse>();
  const add = (level: LabelUse["level"], label: string | null, type: string | null) => {
    if (label == null) return;
    const key = `${level}\u0000${label}`;
    const u = uses.get(key);
    if (u) u.count++;
    else uses.set(key, { level, label, type, count: 1 });
  };
  for (const i of record.indicators) {
    add("一级", i.level1, level1Of(i.level1).type);
    add("二级", i.level2, level2Of(i.level2).type);
  }
  return [...uses.values()].sort((a, b) => (a.level === b.level ? 0 : a.level === "一级" ? -1 : 1) || b.count - a.count || a.label.localeCompare(b.label, "zh-CN"));
}

export type LabelUseAcross = LabelUse & { departments: number };

/** labelUses over many departments: one row per original label, so the table grows with labels, not departments. */
export function labelUsesAcross(records: readonly Department[]): LabelUseAcross[] {
  const across = new Map<string, LabelUseAcross>();
  for (const r of records)
    for (const u of labelUses(r)) {
      const key = `${u.level}\u0000${u.label}`;
      const a = across.get(key);
      if (a) (a.count += u.count), a.departments++;
      else across.set(key, { ...u, departments: 1 });
    }
  return [...across.values()].sort((a, b) => (a.level === b.level ? 0 : a.level === "一级" ? -1 : 1) || b.count - a.count || a.label.localeCompare(b.label, "zh-CN"));
}
