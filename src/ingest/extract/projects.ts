// The project list: 一般公共预算项目支出表 or 项目支出明细表. A project row is
// one that names a budget unit and a project and states an amount; subtotal
// rows (a function class, a unit) carry no unit code.
import { budgetRows, functionCode, unitCode } from "../cells.ts";
import type { Micro } from "../decimal.ts";
import type { Table } from "../model.ts";

export interface ProjectRow {
  name: string;
  amount: Micro;
  unitCode: string | null;
  functionCode: string | null;
  line: number;
}

const UNIT_REF = /^(\d{3,8})[-—–](.+)$/;

export function projectRows(table: Table): ProjectRow[] {
  const out: ProjectRow[] = [];
  for (const r of budgetRows(table)) {
    if (!r.amounts.length || !r.label) continue;
    const fn = functionCode(r.codes);
    const unitFromCodes = unitCode(r.codes);
    // 项目支出明细表: "序号 | 7141001-单位 | 项目名称 | 金额"; the unit may be its own cell.
    const texts = r.row.cells.map((c) => c.text.trim()).filter((t) => t && !/^\d+(\.\d+)?$/.test(t) && !/^\d{1,3}$/.test(t));
    const unitRef = texts.map((t) => UNIT_REF.exec(t)).find(Boolean);
    const nameCells = texts.filter((t) => !UNIT_REF.test(t) && !/^[\d,]+\.\d+$/.test(t));
    const name = (table.kind === "projectDetails" ? nameCells.join("") : r.label).trim();
    const unit = unitFromCodes ?? unitRef?.[1] ?? null;
    const isProject = table.kind === "projectDetails" ? !/^(合计|总计)$/.test(name) && !/^\d+$/.test(name) : !!(fn && unit);
    if (!isProject || !name) continue;
    out.push({ name, amount: r.amounts[0].value, unitCode: unit, functionCode: fn, line: r.amounts[0].line });
  }
  return out;
}
