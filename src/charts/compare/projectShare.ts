// 对比：项目支出占比, basic vs project spending, and each department's largest
// projects. Figures come from compare/metrics.ts (projectShareRows).
import type { Department } from "../../lib/schema";
import { projectShareRows, ratio, type ProjectShareRow } from "../../compare/metrics";
import { horizontalBarsSvg } from "../bars";
import { stackedBarsSvg } from "../stackedBars";
import { lineOf, projectAnchor } from "../../lib/budget";
import { formatAmount, formatPercent } from "../../lib/format";
import { byValueDesc, CHART_LIMIT, departmentLabel, facetsOf, filterVariants, type CompareFigure } from "./figure";
import { departmentCells, valueCell } from "./threePublic";
import type { CompareLinks } from "./links";

export const BASIC_COLOR = "#9bb7cc";
export const PROJECT_COLOR = "#1f4e79";
export const TOP_PROJECTS = 5;

const SOURCE = "来源：各部门预算公开文本中的部门收支总表、支出总表与项目支出表。";

export type LargestProject = { number: number; anchor: string; name: string; amount: number; line: number; share: number | null };

/**
 * The largest projects of one department, each with the 1-based number and
 * anchor its row has on the department page (#project-N), and its share of
 * 项目支出 in %.
 */
export function largestProjects(record: Department, row: ProjectShareRow): LargestProject[] {
  return row.largest.map((p) => {
    const index = record.projects.findIndex((q) => q.line === p.line && q.name === p.name);
    const number = index + 1;
    const amountLine = lineOf(record, `projects.${index}.amount`) ?? p.line;
    return { number, anchor: projectAnchor(number), name: p.name, amount: p.amount, line: amountLine, share: ratio(p.amount, row.project, 100) };
  });
}

export function projectShareFigures(records: readonly Department[], links: CompareLinks): CompareFigure[] {
  const rows = projectShareRows(records, TOP_PROJECTS);
  const recordOf = (slug: string) => records.find((r) => r.slug === slug)!;
  const { years, levels } = facetsOf(rows);
  const amountCell = (slug: string, path: string, value: number | null) => {
    const line = lineOf(recordOf(slug), path);
    return valueCell(formatAmount(value), value, line != null ? links.source(slug, line) : undefined);
  };

  const byShare = [...rows].sort(byValueDesc((r) => r.projectShare, (r) => r.department));
  const bySize = [...rows].sort(byValueDesc((r) => r.total, (r) => r.department));

  const share: CompareFigure = {
    id: "chart-project-share",
    title: "项目支出占支出总计的比例",
    unit: "%",
    years,
    levels,
    variants: filterVariants(byShare, (subset) =>
      horizontalBarsSvg(
        subset.map((r) => ({ label: departmentLabel(r), amount: r.projectShare, href: links.department(r.slug, "chart-basic-project") })),
        { ariaLabel: "项目支出占比条形图（%）", unit: "%", max: 100, format: (v) => formatPercent(v) },
      ),
    ),
    table: {
      columns: [{ label: "部门" }, { label: "年度" }, { label: "层级" }, { label: "项目支出（万元）", num: true }, { label: "支出总计（万元）", num: true }, { label: "项目支出占比（%）", num: true }],
      rows: byShare.map((r) => ({
        facet: r,
        cells: [
          ...departmentCells(r, links, "chart-basic-project"),
          amountCell(r.slug, "totals.projectExpenditure", r.project),
          amountCell(r.slug, "totals.expenditureTotal", r.total),
          valueCell(formatPercent(r.projectShare), r.projectShare),
        ],
      })),
    },
    source: SOURCE,
    note: "项目支出占比 = 项目支出 ÷ 支出总计 × 100%。任一项未披露时不计算，标为“未披露”。",
  };

  const stacked: CompareFigure = {
    id: "chart-basic-vs-project",
    title: "基本支出与项目支出",
    unit: "万元",
    years,
    levels,
    variants: filterVariants(bySize, (subset) =>
      stackedBarsSvg(
        subset.map((r) => ({
          label: departmentLabel(r),
          values: { 基本支出: r.basic, 项目支出: r.project },
          valueText: r.total != null ? formatAmount(r.total) : undefined,
          href: links.department(r.slug, "chart-basic-project"),
        })),
        { ariaLabel: "基本支出与项目支出堆叠条形图（万元）", keys: ["基本支出", "项目支出"], colors: [BASIC_COLOR, PROJECT_COLOR], unit: "万元", format: formatAmount },
      ),
    ),
    legend: [
      { label: "基本支出", color: BASIC_COLOR },
      { label: "项目支出", color: PROJECT_COLOR },
    ],
    table: {
      columns: [{ label: "部门" }, { label: "年度" }, { label: "层级" }, { label: "基本支出（万元）", num: true }, { label: "项目支出（万元）", num: true }, { label: "支出总计（万元）", num: true }],
      rows: bySize.map((r) => ({
        facet: r,
        cells: [
          ...departmentCells(r, links, "chart-basic-project"),
          amountCell(r.slug, "totals.basicExpenditure", r.basic),
          amountCell(r.slug, "totals.projectExpenditure", r.project),
          amountCell(r.slug, "totals.expenditureTotal", r.total),
        ],
      })),
    },
    source: SOURCE,
    note: "按支出总计从大到小排列；条形末端的数字为支出总计。各部门规模相差很大，比较结构请看上方的占比图。",
  };

  // One chart per department stops scaling past a few dozen: the largest
  // departments get one here, every department has its own on its page.
  const largest: CompareFigure[] = bySize.slice(0, CHART_LIMIT).map((r) => {
    const record = recordOf(r.slug);
    const top = largestProjects(record, r);
    return {
      id: `chart-top-projects-${r.slug}`,
      title: `${r.department}：金额最大的 ${top.length} 个项目`,
      unit: "万元",
      years: [r.year],
      levels: [r.level],
      facet: r,
      variants: top.length
        ? [
            {
              keys: [],
              svg: horizontalBarsSvg(
                top.map((p) => ({ label: `${p.number}. ${p.name}`, amount: p.amount, href: links.department(r.slug, p.anchor) })),
                { ariaLabel: `${r.department}金额最大的项目条形图（万元）` },
              ),
              shown: top.length,
              total: top.length,
            },
          ]
        : [],
      table: {
        columns: [{ label: "项目" }, { label: "年度" }, { label: "层级" }, { label: "金额（万元）", num: true }, { label: "占项目支出（%）", num: true }],
        rows: top.map((p) => ({
          facet: r,
          cells: [
            { text: `${p.number}. ${p.name}`, href: links.department(r.slug, p.anchor), rowHeader: true },
            ...departmentCells(r, links).slice(1),
            valueCell(formatAmount(p.amount), p.amount, links.source(r.slug, p.line)),
            valueCell(formatPercent(p.share), p.share),
          ],
        })),
      },
      source: `来源：${departmentLabel(r)}部门预算公开文本，项目支出表。`,
      note: `序号为项目在部门页“项目支出明细”中的序号，条形链接到该行。占项目支出 = 项目金额 ÷ 项目支出（${formatAmount(r.project)} 万元）。`,
    };
  });

  return [share, stacked, ...largest];
}
