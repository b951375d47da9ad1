// 基本支出经济分类: basic spending by economic classification.
import type { Department } from "../lib/schema";
import { classChart } from "./classChart";
import type { Chart, SourceHref } from "./types";
import { economicRows } from "../lib/budget";

export function economicClassChart(record: Department, href: SourceHref): Chart | null {
  const { level, rows } = economicRows(record);
  return classChart(
    rows,
    {
      id: "chart-economic",
      title: "基本支出经济分类",
      year: record.year,
      ariaLabel: `基本支出经济分类（${level}级）条形图（万元）`,
      note: `按经济分类${level}级科目列示；同一科目在多个预算单位出现时合并。`,
    },
    href,
  );
}
