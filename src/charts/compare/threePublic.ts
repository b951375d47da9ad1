// 对比：“三公”经费人均, and two proxies every department has (share of 基本支出,
// per 100万元 of 人员经费). The figures come from compare/metrics.ts; this
// module only shapes them into charts and tables.
import type { Department } from "../../lib/schema";
import { threePublicRows, type HeadcountEntry, type ThreePublicRow } from "../../compare/metrics";
import { horizontalBarsSvg, type BarDatum } from "../bars";
import { lineOf } from "../../lib/budget";
import { formatAmount, formatDecimal, formatLevel, formatPercent, NOT_DISCLOSED } from "../../lib/format";
import {
  byValueDesc,
  departmentLabel,
  facetsOf,
  filterVariants,
  type CompareFigure,
  type TableCell,
  type TableRow,
} from "./figure";
import type { CompareLinks } from "./links";

export const PER_STAFF_SERIES = [
  { key: "total", label: "合计", color: "#1f4e79" },
  { key: "overseas", label: "因公出国（境）", color: "#e69f00" },
  { key: "vehicleTotal", label: "公务用车", color: "#59a14f" },
  { key: "reception", label: "公务接待", color: "#b07aa1" },
] as const;

const SOURCE = "来源：各部门预算公开文本中的“三公”经费预算表与部门收支总表；人数为文件所述在职人数或编辑补充的人数（见数据表“人数依据”）。";

const perStaffText = (v: number | null) => formatDecimal(v, 4);

/** The department cells every table starts with: name (linked), year, level. */
export function departmentCells(r: { slug: string; department: string; year: number | null; level: Department["level"] }, links: CompareLinks, anchor?: string): TableCell[] {
  return [
    { text: r.department, href: links.department(r.slug, anchor), rowHeader: true },
    { text: r.year == null ? NOT_DISCLOSED : String(r.year), nd: r.year == null },
    { text: formatLevel(r.level), nd: r.level == null },
  ];
}

/** A number cell: the formatted value, linked to its source line when known; 未披露 for null. */
export function valueCell(text: string, value: number | null, href?: string): TableCell {
  return { text, num: true, nd: value == null, href: value == null ? undefined : href };
}

export function threePublicFigures(records: readonly Department[], editorial: readonly HeadcountEntry[], links: CompareLinks): CompareFigure[] {
  const rows = threePublicRows(records, editorial);
  const recordOf = (slug: string) => records.find((r) => r.slug === slug)!;
  const { years, levels } = facetsOf(rows);
  const chartHref = (r: ThreePublicRow) => links.department(r.slug, "chart-three-public");
  const totalCell = (r: ThreePublicRow) => {
    const line = lineOf(recordOf(r.slug), "threePublic.total");
    return valueCell(formatAmount(r.total), r.total, line != null ? links.source(r.slug, line) : undefined);
  };
  const amountCell = (slug: string, path: string, value: number | null) => {
    const line = lineOf(recordOf(slug), path);
    return valueCell(formatAmount(value), value, line != null ? links.source(slug, line) : undefined);
  };

  // 1. Per staff member: only where a staff count is stated or cited.
  const perStaff = [...rows].sort(byValueDesc((r) => r.perStaff.total, (r) => r.department));
  const perStaffBars = (subset: ThreePublicRow[]) =>
    horizontalBarsSvg(
      subset.flatMap((r): BarDatum[] =>
        r.staff
          ? PER_STAFF_SERIES.map((s) => ({ label: departmentLabel(r), amount: r.perStaff[s.key], series: s.label, href: chartHref(r) }))
          : [{ label: departmentLabel(r), amount: null, href: chartHref(r) }],
      ),
      {
        ariaLabel: "“三公”经费人均条形图（万元/人）",
        unit: "万元/人",
        format: perStaffText,
        series: { domain: PER_STAFF_SERIES.map((s) => s.label), range: PER_STAFF_SERIES.map((s) => s.color) },
      },
    );
  const staffCells = (r: ThreePublicRow): TableCell[] => {
    if (!r.staff) return [{ text: NOT_DISCLOSED, num: true, nd: true }, { text: "文件未说明人数，也没有编辑补充的人数" }];
    const href = r.staff.origin === "document" && r.staff.line != null ? links.source(r.slug, r.staff.line) : undefined;
    return [{ text: String(r.staff.value), num: true, href }, { text: r.staff.basis }];
  };
  const perStaffRows: TableRow[] = perStaff.map((r) => ({
    facet: r,
    cells: [
      ...departmentCells(r, links, "chart-three-public"),
      ...staffCells(r),
      totalCell(r),
      ...PER_STAFF_SERIES.map((s) => valueCell(perStaffText(r.perStaff[s.key]), r.perStaff[s.key])),
    ],
  }));

  // 2. Proxy: 三公 as % of 基本支出.
  const ofBasic = [...rows].sort(byValueDesc((r) => r.shareOfBasic, (r) => r.department));
  // 3. Proxy: 三公 per 100万元 of 人员经费.
  const perPersonnel = [...rows].sort(byValueDesc((r) => r.per100Personnel, (r) => r.department));

  return [
    {
      id: "chart-per-staff",
      title: "“三公”经费人均",
      unit: "万元/人",
      years,
      levels,
      variants: filterVariants(perStaff, perStaffBars),
      legend: PER_STAFF_SERIES.map((s) => ({ label: s.label, color: s.color })),
      table: {
        columns: [
          { label: "部门" },
          { label: "年度" },
          { label: "层级" },
          { label: "人数（人）", num: true },
          { label: "人数依据" },
          { label: "“三公”经费合计（万元）", num: true },
          ...PER_STAFF_SERIES.map((s) => ({ label: `人均${s.label}（万元/人）`, num: true })),
        ],
        rows: perStaffRows,
      },
      source: SOURCE,
      note: "人均 = “三公”经费 ÷ 人数。人数只用文件明确说明的人数，或 content/headcounts.yaml 中注明出处的编辑补充人数；两者都没有的部门标为“未披露”，不估算、不记为 0。公务用车 = 购置费 + 运行维护费。",
    },
    {
      id: "chart-share-of-basic",
      title: "“三公”经费占基本支出的比例（代理指标）",
      unit: "%",
      proxy: true,
      years,
      levels,
      variants: filterVariants(ofBasic, (subset) =>
        horizontalBarsSvg(
          subset.map((r) => ({ label: departmentLabel(r), amount: r.shareOfBasic, href: chartHref(r) })),
          { ariaLabel: "“三公”经费占基本支出比例条形图（%）", unit: "%", format: (v) => formatPercent(v) },
        ),
      ),
      table: {
        columns: [{ label: "部门" }, { label: "年度" }, { label: "层级" }, { label: "“三公”经费合计（万元）", num: true }, { label: "基本支出（万元）", num: true }, { label: "“三公”经费占基本支出（%）", num: true }],
        rows: ofBasic.map((r) => ({
          facet: r,
          cells: [
            ...departmentCells(r, links, "chart-three-public"),
            totalCell(r),
            amountCell(r.slug, "totals.basicExpenditure", recordOf(r.slug).totals.basicExpenditure),
            valueCell(formatPercent(r.shareOfBasic), r.shareOfBasic),
          ],
        })),
      },
      source: SOURCE,
      note: "代理指标：不需要人数，每个部门都能计算。= “三公”经费合计 ÷ 基本支出 × 100%。基本支出规模大致随人员多少变化，但它不是人数。",
    },
    {
      id: "chart-per-personnel",
      title: "每 100 万元人员经费对应的“三公”经费（代理指标）",
      unit: "万元",
      proxy: true,
      years,
      levels,
      variants: filterVariants(perPersonnel, (subset) =>
        horizontalBarsSvg(
          subset.map((r) => ({ label: departmentLabel(r), amount: r.per100Personnel, href: chartHref(r) })),
          { ariaLabel: "每 100 万元人员经费对应的“三公”经费条形图（万元）", unit: "万元" },
        ),
      ),
      table: {
        columns: [{ label: "部门" }, { label: "年度" }, { label: "层级" }, { label: "“三公”经费合计（万元）", num: true }, { label: "人员经费（万元）", num: true }, { label: "每 100 万元人员经费的“三公”经费（万元）", num: true }],
        rows: perPersonnel.map((r) => ({
          facet: r,
          cells: [
            ...departmentCells(r, links, "chart-three-public"),
            totalCell(r),
            amountCell(r.slug, "totals.personnelExpenditure", recordOf(r.slug).totals.personnelExpenditure),
            valueCell(formatAmount(r.per100Personnel), r.per100Personnel),
          ],
        })),
      },
      source: SOURCE,
      note: "代理指标：= “三公”经费合计 ÷ 人员经费 × 100 万元。人员经费随在编人数变化，可近似代替人数作分母，但不等于人数。",
    },
  ];
}
