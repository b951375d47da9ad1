// Disclosure completeness: a public rubric, scored item by item. The rubric
// is data, so the methodology page publishes exactly what is scored.
import type { Department } from "../lib/schema.ts";
import type { Document, TableKind } from "../ingest/model.ts";
import { narrativeLine } from "../ingest/tables.ts";
import { isAmountText } from "../ingest/decimal.ts";

export interface RubricItem {
  id: string;
  group: "tables" | "emptyTables" | "threePublic" | "narrative" | "changes";
  label: string;
  rule: string;
}

const TABLES: [string, string, TableKind[]][] = [
  ["incomeExpenditureSummary", "部门收支总表", ["incomeExpenditureSummary"]],
  ["incomeSummary", "部门收入总表", ["incomeSummary"]],
  ["expenditureSummary", "部门支出总表", ["expenditureSummary"]],
  ["fiscalSummary", "财政拨款收支总表", ["fiscalSummary"]],
  ["generalBudget", "一般公共预算支出表", ["generalBudget"]],
  ["basicExpenditure", "一般公共预算基本支出表", ["basicExpenditure"]],
  ["threePublic", "一般公共预算“三公”经费支出表", ["threePublic"]],
  ["governmentFund", "政府性基金预算支出表", ["governmentFund"]],
  ["stateCapital", "国有资本经营预算支出表", ["stateCapital"]],
  ["projects", "项目支出表", ["generalProjects", "projectDetails"]],
  ["performance", "项目支出绩效目标表", ["projectPerformance"]],
];

const THREE_PUBLIC: [keyof Department["threePublic"], string][] = [
  ["overseas", "因公出国（境）费"],
  ["vehiclePurchase", "公务用车购置费"],
  ["vehicleOperation", "公务用车运行维护费"],
  ["reception", "公务接待费"],
];

const SECTIONS: [string, string, RegExp][] = [
  ["threePublic", "“三公”经费说明", /三公"?经费.{0,16}(说明|安排情况|预算数|预算\d)/],
  ["operatingExpenses", "机关运行经费说明", /运行经费/],
  ["procurement", "政府采购说明", /政府采购/],
  ["assets", "国有资产占有使用说明", /国有资产|共有车辆/],
  ["performance", "绩效目标说明", /绩效目标/],
  ["glossary", "名词解释", /名词解释/],
];

export const RUBRIC: RubricItem[] = [
  ...TABLES.map(([id, label]) => ({ id: `table.${id}`, group: "tables" as const, label, rule: `公开了${label}（各地模板名称不同，按标题关键词识别）。` })),
  { id: "emptyTables", group: "emptyTables", label: "空表说明", rule: "没有数字的表都附有明确的空表说明（如“此表无数据”）。" },
  ...THREE_PUBLIC.map(([id, label]) => ({ id: `threePublic.${id}`, group: "threePublic" as const, label, rule: `单独列明${label}；写明 0 或“未安排”也算公开。` })),
  ...SECTIONS.map(([id, label]) => ({ id: `narrative.${id}`, group: "narrative" as const, label, rule: `情况说明中有${label}。` })),
  { id: "changes", group: "changes", label: "增减有原因", rule: "说明文字每提到一处增加或减少，同一句中都给出原因。" },
];

export interface ScoredItem {
  id: string;
  passed: boolean;
  detail: string;
  line: number | null;
}

export function scoreCompleteness(record: Department, doc: Document): { score: number; max: number; items: ScoredItem[] } {
  const items: ScoredItem[] = [];
  for (const [id, label, kinds] of TABLES) {
    const t = doc.tables.find((x) => kinds.includes(x.kind));
    items.push({ id: `table.${id}`, passed: !!t, detail: t ? `见第${t.line}行：${t.title}` : `未找到${label}`, line: t?.line ?? null });
  }

  const empty = doc.tables.filter((t) => !t.rows.some((r) => r.cells.some((c) => isAmountText(c.text) && !/^20\d\d$/.test(c.text.trim()))) && isFinancial(t.kind));
  const unstated = empty.filter((t) => !t.emptyStatement);
  items.push({
    id: "emptyTables",
    passed: unstated.length === 0,
    detail: !empty.length ? "没有空表" : unstated.length ? `${unstated.map((t) => t.title).join("、")}没有数字，也没有空表说明` : `${empty.length}张空表都有说明`,
    line: unstated[0]?.line ?? empty[0]?.emptyStatement?.line ?? null,
  });

  for (const [key, label] of THREE_PUBLIC) {
    const v = record.threePublic[key];
    items.push({ id: `threePublic.${key}`, passed: v !== null, detail: v === null ? `${label}未披露` : `${label}：${v}万元`, line: record.provenance[`threePublic.${key}`] ?? null });
  }

  const text = doc.narrative.text.replace(/[“”]/g, '"');
  for (const [id, label, re] of SECTIONS) {
    const m = re.exec(text);
    const glossaryTable = id === "glossary" && record.glossary.length > 0;
    items.push({
      id: `narrative.${id}`,
      passed: !!m || glossaryTable,
      detail: m || glossaryTable ? `有${label}` : `情况说明中没有${label}`,
      line: m ? narrativeLine(doc.narrative, m.index) : null,
    });
  }

  const changes = changeSentences(doc);
  const unexplained = changes.filter((c) => !c.explained);
  items.push({
    id: "changes",
    passed: changes.length > 0 && unexplained.length === 0,
    detail: changes.length ? `${changes.length}处增减中${changes.length - unexplained.length}处说明了原因` : "说明文字没有提到增减",
    line: unexplained[0]?.line ?? null,
  });

  const score = items.filter((i) => i.passed).length;
  return { score, max: items.length, items };
}

const isFinancial = (kind: TableKind) => kind !== "projectPerformance" && kind !== "departmentPerformance" && kind !== "other";

/** Sentences that state an increase or decrease of an amount, and whether they give a reason. */
export function changeSentences(doc: Document): { line: number; explained: boolean }[] {
  const text = doc.narrative.text;
  const out: { line: number; explained: boolean }[] = [];
  let start = 0;
  for (const m of text.matchAll(/[。；;!！]/g)) {
    const sentence = text.slice(start, m.index! + 1);
    const change = /(增加|减少|增长|下降)\s*[\d.]+\s*(万元|%)/.exec(sentence);
    if (change && !/\(或增加\)\s*0|无增减/.test(sentence)) {
      out.push({ line: narrativeLine(doc.narrative, start + change.index), explained: /原因|由于|因为|主要是|主要用于|系/.test(sentence) });
    }
    start = m.index! + 1;
  }
  return out;
}
