// 支出功能分类构成: spending by functional class (类), largest first.
import type { Department } from "../lib/schema";
import { classChart } from "./classChart";
import type { Chart, SourceHref } from "./types";

export function functionalClassChart(record: Department, href: SourceHref): Chart | null {
  const sorted = [...record.functionalClasses].sort((a, b) => (b.amount ?? -1) - (a.amount ?? -1) || a.code.localeCompare(b.code));
  return classChart(
    sorted,
    {
      id: "chart-functional",
      title: "支出功能分类构成",
      year: record.year,
      ariaLabel: "支出功能分类构成条形图（万元）",
      note: "占比以已披露的功能分类金额之和为分母；未披露的金额不计入。",
    },
    href,
  );
}
