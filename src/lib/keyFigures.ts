// The headline figures of a department page (关键数据), each with the
// provenance path that locates it in the source text.
import type { Department } from "./schema";
import { lineOf } from "./budget";

export type KeyFigure = {
  id: string; // anchor id on the page, e.g. "fig-expenditureTotal"
  label: string;
  value: number | null; // null = 未披露
  unit: "万元" | "辆" | "人";
  line: number | null;
  term?: string; // glossary term to link
  note?: string;
  group: "totals" | "basic" | "threePublic" | "other";
};

export function keyFigures(r: Department): KeyFigure[] {
  const t = r.totals;
  const tp = r.threePublic;
  const money = (
    group: KeyFigure["group"],
    path: string,
    label: string,
    value: number | null,
    term?: string,
  ): KeyFigure => ({ id: `fig-${path.replace(/\./g, "-")}`, label, value, unit: "万元", line: lineOf(r, path), term, group, note: stateNote(r, path) });

  const figures: KeyFigure[] = [
    money("totals", "totals.revenueTotal", "收入总计", t.revenueTotal),
    money("totals", "totals.expenditureTotal", "支出总计", t.expenditureTotal),
    money("totals", "totals.generalBudgetAppropriation", "一般公共预算拨款收入", t.generalBudgetAppropriation, "一般公共预算拨款收入"),
    money("totals", "totals.carryOver", "上年结转", t.carryOver, "上年结转"),
    money("basic", "totals.basicExpenditure", "基本支出", t.basicExpenditure, "基本支出"),
    money("basic", "totals.projectExpenditure", "项目支出", t.projectExpenditure, "项目支出"),
    money("basic", "totals.personnelExpenditure", "人员经费", t.personnelExpenditure, "人员经费"),
    money("basic", "totals.publicExpenditure", "公用经费", t.publicExpenditure, "公用经费"),
    money("threePublic", "threePublic.total", "“三公”经费合计", tp.total, "“三公”经费"),
    money("threePublic", "threePublic.overseas", "因公出国（境）费", tp.overseas),
    money("threePublic", "threePublic.vehicleTotal", "公务用车购置及运行费", tp.vehicleTotal),
    money("threePublic", "threePublic.reception", "公务接待费", tp.reception),
    money("other", "operatingExpenses", "机关运行经费", r.operatingExpenses, "机关运行经费"),
    money("other", "procurementTotal", "政府采购预算总额", r.procurementTotal, "政府采购"),
    { id: "fig-vehicles", label: "实有公务用车", value: r.vehicles, unit: "辆", line: lineOf(r, "vehicles"), group: "other" },
    {
      id: "fig-headcount",
      label: "人员编制 / 实有人数",
      value: r.headcount?.value ?? null,
      unit: "人",
      line: r.headcount?.line ?? lineOf(r, "headcount"),
      note: r.headcount?.basis,
      group: "other",
    },
  ];
  return figures;
}

export const figureGroups: { key: KeyFigure["group"]; title: string }[] = [
  { key: "totals", title: "收支总额" },
  { key: "basic", title: "基本支出与项目支出" },
  { key: "threePublic", title: "“三公”经费" },
  { key: "other", title: "运行、采购与资产" },
];

/** The four states of a value stay apart on the page: say how a zero was stated. */
export function stateNote(r: Department, path: string): string | undefined {
  switch (r.states[path]) {
    case "blank":
      return "原表此格空白，合计表明其为 0";
    case "statedZero":
      return "原文写明为 0 或未安排";
    default:
      return undefined;
  }
}
