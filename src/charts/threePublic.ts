// “三公”经费 breakdown, with the prior year side by side where disclosed.
import type { Department, ThreePublic } from "../lib/schema";
import { horizontalBarsSvg } from "./bars";
import type { Chart, ChartRow, SourceHref } from "./types";
import { lineOf } from "../lib/budget";

const PARTS: { key: keyof ThreePublic; label: string }[] = [
  { key: "overseas", label: "因公出国（境）费" },
  { key: "vehiclePurchase", label: "公务用车购置费" },
  { key: "vehicleOperation", label: "公务用车运行维护费" },
  { key: "reception", label: "公务接待费" },
  { key: "total", label: "合计" },
];

export const CURRENT_COLOR = "#2f6f9f";
export const PRIOR_COLOR = "#9bb7cc";

export function threePublicChart(record: Department, href: SourceHref): Chart {
  const prior = record.threePublicPriorYear;
  const current = record.year != null ? `${record.year} 年` : "本年";
  const previous = record.year != null ? `${record.year - 1} 年` : "上年";
  const rows: ChartRow[] = [];
  for (const part of PARTS) {
    rows.push({
      label: part.label,
      amount: record.threePublic[part.key],
      line: lineOf(record, `threePublic.${part.key}`),
      series: current,
    });
    if (prior)
      rows.push({
        label: part.label,
        amount: prior[part.key],
        line: lineOf(record, `threePublicPriorYear.${part.key}`),
        series: previous,
      });
  }
  const series = prior ? { domain: [current, previous], range: [CURRENT_COLOR, PRIOR_COLOR] } : undefined;
  return {
    id: "chart-three-public",
    title: prior ? "“三公”经费构成（含上年对比）" : "“三公”经费构成",
    year: record.year,
    rows,
    svg: horizontalBarsSvg(
      rows.map((r) => ({ label: r.label, amount: r.amount, series: r.series, href: r.line ? href(r.line) : undefined })),
      { ariaLabel: "“三公”经费构成条形图（万元）", series },
    ),
    legend: prior
      ? [
          { label: current, color: CURRENT_COLOR },
          { label: previous, color: PRIOR_COLOR },
        ]
      : undefined,
    note: "公务用车购置及运行费 = 购置费 + 运行维护费。",
  };
}
