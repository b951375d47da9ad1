// 基本支出经济分类: basic spending by economic classification.
import type { Department } from "../lib/schema";
import { horizontalBarsSvg, uniqueLabels } from "./bars";
import type { Chart, ChartRow, SourceHref } from "./types";
import { economicRows, share, sumDisclosed } from "../lib/budget";

export function economicClassChart(record: Department, href: SourceHref): Chart | null {
  const { level, rows: classes } = economicRows(record);
  if (!classes.length) return null;
  const total = sumDisclosed(classes.map((c) => c.amount));
  const labels = uniqueLabels(classes);
  const rows: ChartRow[] = classes.map((c, i) => ({
    label: labels[i],
    code: c.code,
    amount: c.amount,
    line: c.line,
    share: share(c.amount, total),
  }));
  return {
    id: "chart-economic",
    title: "基本支出经济分类",
    year: record.year,
    rows,
    svg: horizontalBarsSvg(
      rows.map((r) => ({ label: r.label, amount: r.amount, href: r.line ? href(r.line) : undefined })),
      { ariaLabel: `基本支出经济分类（${level}级）条形图（万元）` },
    ),
    note: `按经济分类${level}级科目列示；同一科目在多个预算单位出现时合并。`,
  };
}
