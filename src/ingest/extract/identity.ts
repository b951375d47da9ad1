// Who published the disclosure, for which year, and its budget units.
import { budgetRows } from "../cells.ts";
import type { Document } from "../model.ts";
import { regionOf, type Region } from "../regions.ts";
import { rowText } from "../rows.ts";
import { compact } from "../lines.ts";

export interface Identity extends Region {
  department: string | null;
  departmentLine: number;
  year: number | null;
  yearLine: number;
  units: { code: string | null; name: string; line: number }[];
}

const TABLE_NAME =
  /(（汇总）|\(汇总\))?\s*(部门收支|部门收入|部门支出|财政拨款|一般公共预算|政府性基金|国有资本|政府采购|项目支出|整体绩效|部门整体|部门预算|20\d\d年)/;
const ORG_END = /(局|中心|办公室|委员会|委|院|厅|所|站|队|会|馆|部|处|室|办)$/;

export function identify(doc: Document): Identity {
  const votes = new Map<string, { count: number; line: number }>();
  const vote = (name: string, line: number, weight = 1) => {
    const n = compact(name).replace(/[（(](汇总|本级)[)）]$/, "");
    if (n.length < 4 || !ORG_END.test(n)) return;
    const v = votes.get(n) ?? { count: 0, line };
    v.count += weight;
    votes.set(n, v);
  };
  for (const r of doc.rows) {
    const text = compact(rowText(r));
    const dept = /^部门(?:名称)?[:：]?(?:\d+[-—])?(.+?)(?:金额单位|单位[:：]|部门支出|$)/.exec(text);
    if (dept && /^部门(名称|[:：])/.test(text)) vote(dept[1], r.line, 2);
  }
  for (const t of doc.tables) {
    const m = TABLE_NAME.exec(t.title);
    if (m && m.index > 0) vote(t.title.slice(0, m.index).replace(/^附件\d+(-\d+)?/, ""), t.line);
  }
  const opening = doc.lines.find((l) => l.text.trim());
  const lead = opening && /^(?:第一部分)?\s*(.+?)\s*(?:20\d\d\s*年\s*)?部门预算/.exec(compact(opening.text));
  if (lead) vote(lead[1], opening!.n, 2);
  const narrativeLead = /^(?:第一部分)?(.+?)概况/.exec(doc.narrative.text);
  if (narrativeLead) vote(narrativeLead[1], doc.narrative.lines[0] ?? 1);

  const ranked = [...votes.entries()].sort((a, b) => b[1].count - a[1].count || a[1].line - b[1].line);
  const department = ranked[0]?.[0] ?? null;
  return {
    department,
    departmentLine: ranked[0]?.[1].line ?? 0,
    ...(department ? regionOf(department) : { province: null, city: null, district: null, level: null }),
    ...yearOf(doc),
    units: unitsOf(doc),
  };
}

const YEAR = /(?<!\d)(20\d\d)年(?:度)?(?:部门预算|预算数|基本支出|项目支出|区级预算|年初预算|部门整体|一般公共|“三公”|"三公"|收入预算|支出预算|收支预算|\)|）)/g;

/** The budget year: the year the tables and titles name most often, and where it is first named. */
function yearOf(doc: Document): { year: number | null; yearLine: number } {
  const counts = new Map<number, { count: number; line: number }>();
  const see = (year: number, line: number) => {
    const c = counts.get(year) ?? { count: 0, line };
    c.count++;
    counts.set(year, c);
  };
  for (const r of doc.rows) {
    // A row may span lines: the year is traced to the cell that names it.
    if (!r.cells.some((c) => c.text.includes("年"))) continue;
    const inCells = r.cells.flatMap((cell) => (cell.text.includes("年") ? [...compact(cell.text).matchAll(YEAR)].map((m) => ({ year: Number(m[1]), line: cell.line })) : []));
    const inRow = [...compact(rowText(r)).matchAll(YEAR)].map((m) => Number(m[1]));
    if (inCells.length === inRow.length) for (const c of inCells) see(c.year, c.line);
    else for (const year of inRow) see(year, r.line);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1].count - a[1].count || b[0] - a[0]);
  return { year: ranked[0]?.[0] ?? null, yearLine: ranked[0]?.[1].line ?? 0 };
}

const UNIT_REF = /(?:^|[：:\s])(\d{3,8})[-—–]([\u4e00-\u9fff][^\s]*)/;

/** Budget units with codes: rows of the 收入/基本支出 tables, or "code-name" cells. */
function unitsOf(doc: Document): Identity["units"] {
  const units = new Map<string, { code: string | null; name: string; line: number }>();
  const add = (code: string, name: string, line: number) => {
    const n = compact(name);
    if (!units.has(code) && /[\u4e00-\u9fff]{3}/.test(n) && ORG_END.test(n.replace(/[（(]本级[)）]$/, ""))) units.set(code, { code, name: n, line });
  };
  for (const t of doc.tables) {
    if (!["incomeSummary", "basicExpenditure", "expenditureSummary", "threePublic"].includes(t.kind)) continue;
    for (const r of budgetRows(t)) {
      const code = r.codes.find((c) => /^\d{6,7}$/.test(c));
      if (code && r.codes.length === 1 && r.label) add(code, r.label, r.line);
    }
  }
  for (const r of doc.rows) {
    for (const c of r.cells) {
      const m = UNIT_REF.exec(c.text.trim());
      if (m) add(m[1], m[2], c.line);
    }
  }
  return [...units.values()].sort((a, b) => (a.code ?? "").localeCompare(b.code ?? ""));
}
