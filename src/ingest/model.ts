// The layout-neutral document model: lines → rows of cells → tables and narrative.
// Every cell keeps the 1-based source line it came from.
import type { Unit } from "./decimal.ts";

export type Layout = "pdf-text" | "pipe-fragments" | "tsv" | "markdown-tsv";

export interface Line {
  /** 1-based line number in the source file. */
  n: number;
  raw: string;
  /** Text with HTML tags, markdown markers and odd spaces removed. */
  text: string;
}

export interface Cell {
  text: string;
  line: number;
}

export interface Row {
  cells: Cell[];
  /** Line of the first cell. */
  line: number;
}

export interface Table {
  kind: TableKind;
  title: string;
  line: number;
  unit: Unit | null;
  /** Rows after the title and unit line, header rows included. */
  rows: Row[];
  emptyStatement: Cell | null;
  /** Pages after the first: continuation titles merged into this table. */
  continuations: number[];
}

export type TableKind =
  | "incomeExpenditureSummary" // 部门收支总表
  | "incomeSummary" // 部门收入总表
  | "expenditureSummary" // 部门支出总表
  | "fiscalSummary" // 财政拨款收支总表
  | "fiscalEconomic" // 财政拨款支出预算表（部门经济分类科目）
  | "generalBudget" // 一般公共预算支出表
  | "basicExpenditure" // 一般公共预算基本支出表
  | "generalProjects" // 一般公共预算项目支出表
  | "threePublic" // 一般公共预算“三公”经费支出表
  | "governmentFund" // 政府性基金预算支出表
  | "governmentFundThreePublic" // 政府性基金预算“三公”经费支出表
  | "stateCapital" // 国有资本经营预算支出表
  | "procurement" // 政府采购预算表
  | "projectDetails" // 项目支出明细表
  | "projectPerformance" // 项目支出绩效目标表
  | "departmentPerformance" // 部门整体支出绩效目标表
  | "other";

export interface NarrativeText {
  /** All narrative lines joined without separators: PDF text wraps mid-word. */
  text: string;
  /** offsets[i] is where lines[i] starts in `text`. */
  offsets: number[];
  lines: number[];
}

export interface Document {
  file: string;
  layout: Layout;
  lines: Line[];
  rows: Row[];
  tables: Table[];
  narrative: NarrativeText;
}
