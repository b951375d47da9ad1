// What an extractor saw: one figure, where it was stated, and in which table
// or statement. The record takes one observation per quantity; the checks
// compare all of them.
import type { Micro } from "../decimal.ts";

export type ValueState = "stated" | "statedZero" | "blank";

export type Source =
  | "incomeExpenditureSummary"
  | "incomeSummary"
  | "expenditureSummary"
  | "fiscalSummary"
  | "generalBudget"
  | "basicExpenditure"
  | "generalProjects"
  | "projectDetails"
  | "threePublic"
  | "governmentFundThreePublic"
  | "projectPerformance"
  | "departmentPerformance"
  | "fiscalEconomic"
  | "narrative";

export interface Observation {
  /** Quantity path, e.g. "totals.expenditureTotal" or "functionalClasses.208". */
  key: string;
  value: Micro;
  line: number;
  source: Source;
  /** How the figure was stated, for messages: the row label or sentence. */
  label: string;
  /**
   * How the value is stated: a number (default), a zero or nil in words
   * ("未安排", "无"), or a blank cell that the table's own total shows to be zero.
   */
  state?: ValueState;
}

export const SOURCE_NAMES: Readonly<Record<Source, string>> = {
  incomeExpenditureSummary: "部门收支总表",
  incomeSummary: "部门收入总表",
  expenditureSummary: "部门支出总表",
  fiscalSummary: "财政拨款收支总表",
  generalBudget: "一般公共预算支出表",
  basicExpenditure: "一般公共预算基本支出表",
  generalProjects: "一般公共预算项目支出表",
  projectDetails: "项目支出明细表",
  threePublic: "“三公”经费支出表",
  governmentFundThreePublic: "政府性基金“三公”经费支出表",
  projectPerformance: "项目绩效目标表",
  departmentPerformance: "部门整体绩效目标表",
  fiscalEconomic: "财政拨款支出表（经济分类）",
  narrative: "情况说明",
};
