// 支出功能分类构成: spending by functional class (类), largest first.
import type { Department } from "../lib/schema";
import { horizontalBarsSvg, uniqueLabels } from "./bars";
import type { Chart, ChartRow, SourceHref } from "./types";
import { share, sumDisclosed } from "../lib/budget";

export function functionalClassChart(record: Department, href: SourceHref): Chart | null {
  if (!record.functionalClasses.length) return null;
  const total = sumDisclosed(record.functionalClasses.map((c) => c.amount));
  const sorted = [...record.functionalClasses].sort(
    (a, b) => (b.amount ?? -1) - (a.amount ?? -1) || a.code.localeCompare(b.code),
  );
  const labels = uniqueLabels(sorted);
  const rows: ChartRow[] = sorted.map((c, i) => ({
    label: labels[i],
    code: c.code,
    amount: c.amount,
    line: c.line,
    share: share(c.amount, total),
  }));
  return {
    id: "chart-functional",
    title: "支出功能分类构成",
    year: record.year,
    rows,
    svg: horizontalBarsSvg(
      rows.map((r) => ({ label: r.label, amount: r.amount, href: r.line ? href(r.line) : undefined })),
      { ariaLabel: "支出功能分类构成条形图（万元）" },
    ),
    note: "占比以已披露的功能分类金额之和为分母；未披露的金额不计入。",
  };
}
