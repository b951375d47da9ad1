// CSV exports. UTF-8 with a byte-order mark and CRLF line ends so that Excel
// opens Chinese text correctly. An undisclosed amount is an empty cell with
// 未披露 in the status column — never 0.
import type { Department } from "./schema";
import { projectRows, projectShareOfTotal } from "./budget";
import { formatLevel, formatRegion, NOT_DISCLOSED } from "./format";

const BOM = "\uFEFF";

type Cell = string | number | boolean | null | undefined;

export function csvCell(value: Cell): string {
  if (value == null) return "";
  const text = typeof value === "boolean" ? (value ? "是" : "否") : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return BOM + [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

const status = (v: number | null) => (v == null ? NOT_DISCLOSED : "已披露");
const ratio = (v: number | null) => (v == null ? null : Number(v.toFixed(6)));

export function projectsCsv(record: Department): string {
  return toCsv(
    ["序号", "项目名称", "金额（万元）", "金额状态", "占项目支出比例", "预算单位代码", "功能分类科目编码", "绩效指标数", "来源文件", "来源行"],
    projectRows(record).map((r) => [
      r.number,
      r.project.name,
      r.project.amount,
      status(r.project.amount),
      ratio(r.share),
      r.project.unitCode,
      r.project.functionCode,
      r.indicatorCount,
      record.source.file,
      r.amountLine,
    ]),
  );
}

export function indicatorsCsv(record: Department): string {
  const rows = [
    ...record.indicators.map((i) => ["项目", i] as const),
    ...record.departmentIndicators.map((i) => ["部门整体", i] as const),
  ];
  return toCsv(
    ["类别", "项目名称", "一级指标", "二级指标", "三级指标", "运算符", "指标值", "度量单位", "权重", "指标方向", "是否核心指标", "来源文件", "来源行"],
    rows.map(([kind, i]) => [
      kind,
      i.project,
      i.level1,
      i.level2,
      i.name,
      i.operator,
      i.target,
      i.unit,
      i.weight,
      i.direction,
      i.core,
      record.source.file,
      i.line,
    ]),
  );
}

export function departmentsCsv(records: readonly Department[]): string {
  return toCsv(
    ["标识", "部门", "地区", "层级", "年度", "收入总计（万元）", "支出总计（万元）", "基本支出（万元）", "项目支出（万元）", "项目支出占比", "“三公”经费合计（万元）", "项目数", "绩效指标数", "来源文件", "来源文件SHA-256"],
    records.map((r) => [
      r.slug,
      r.department,
      formatRegion(r),
      r.level == null ? null : formatLevel(r.level),
      r.year,
      r.totals.revenueTotal,
      r.totals.expenditureTotal,
      r.totals.basicExpenditure,
      r.totals.projectExpenditure,
      ratio(projectShareOfTotal(r)),
      r.threePublic.total,
      r.projects.length,
      r.indicators.length + r.departmentIndicators.length,
      r.source.file,
      r.source.sha256,
    ]),
  );
}
