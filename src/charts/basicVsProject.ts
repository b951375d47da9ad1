// 基本支出 vs 项目支出, with 人员经费 / 公用经费 as the parts of basic spending.
import type { Department } from "../lib/schema";
import { horizontalBarsSvg } from "./bars";
import type { Chart, ChartRow, SourceHref } from "./types";
import { lineOf, share } from "../lib/budget";

export function basicVsProjectChart(record: Department, href: SourceHref): Chart {
  const t = record.totals;
  const whole = t.expenditureTotal ?? (t.basicExpenditure != null && t.projectExpenditure != null ? t.basicExpenditure + t.projectExpenditure : null);
  const rows: ChartRow[] = [
    { label: "基本支出", amount: t.basicExpenditure, line: lineOf(record, "totals.basicExpenditure"), share: share(t.basicExpenditure, whole) },
    { label: "项目支出", amount: t.projectExpenditure, line: lineOf(record, "totals.projectExpenditure"), share: share(t.projectExpenditure, whole) },
    { label: "其中：人员经费", amount: t.personnelExpenditure, line: lineOf(record, "totals.personnelExpenditure"), share: share(t.personnelExpenditure, whole) },
    { label: "其中：公用经费", amount: t.publicExpenditure, line: lineOf(record, "totals.publicExpenditure"), share: share(t.publicExpenditure, whole) },
  ];
  return {
    id: "chart-basic-project",
    title: "基本支出与项目支出",
    year: record.year,
    rows,
    svg: horizontalBarsSvg(
      rows.map((r) => ({ label: r.label, amount: r.amount, href: r.line ? href(r.line) : undefined })),
      { ariaLabel: "基本支出与项目支出条形图（万元）" },
    ),
    note: "人员经费与公用经费是基本支出的组成部分。占比以支出总计为分母。",
  };
}
