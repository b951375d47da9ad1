// Reader-facing Chinese names of the quantities the checks compare.
import { FUNCTION_CLASSES } from "../ingest/classification.ts";

const NAMES: Record<string, string> = {
  "totals.revenueTotal": "收入总计",
  "totals.expenditureTotal": "支出总计",
  "totals.generalBudgetAppropriation": "一般公共预算拨款收入",
  "totals.carryOver": "上年结转",
  "totals.basicExpenditure": "基本支出",
  "totals.projectExpenditure": "项目支出",
  "totals.personnelExpenditure": "人员经费",
  "totals.publicExpenditure": "公用经费",
  "general.basic": "一般公共预算基本支出",
  "threePublic.total": "“三公”经费合计",
  operatingExpenses: "机关运行经费",
  vehicles: "公务用车数量",
};

export function quantityName(key: string): string {
  if (NAMES[key]) return NAMES[key];
  const fc = /functionalClasses\.(\d{3})$/.exec(key);
  if (fc) return `${key.startsWith("fiscal.") ? "财政拨款" : ""}${FUNCTION_CLASSES[fc[1]] ?? fc[1]}`;
  return key;
}
