// What can be found: one search document per department (and per budget
// unit), project, performance indicator, budget line and glossary term, each
// with the page and anchor a result opens. Pure: records in, documents out.
import type { Department } from "../lib/schema";
import type { MergedTerm } from "../lib/glossary";
import type { RootContent as MdNode } from "mdast";
import { keyFigures } from "../lib/keyFigures";
import { indicatorAnchor, departmentIndicatorAnchor } from "./anchors";
import { projectAnchor } from "../lib/budget";
import { formatYear, NOT_DISCLOSED } from "../lib/format";
import { routes, type SitePath } from "../lib/urls";
import type { PartName } from "./parts";

export type SearchDocument = {
  part: PartName;
  title: string; // what is searched and shown
  context: string; // where it belongs: "四川省大数据中心 · 2023 年"
  note: string; // a short extra line, or ""
  page: SitePath; // the file a result opens
  anchor: string; // element id on that page, or ""
  amount?: number | null; // 万元, for kinds that carry one; null = 未披露
};

const NOTE_LENGTH = 60;

export function departmentLabel(r: Pick<Department, "department" | "year">): string {
  return `${r.department} · ${formatYear(r.year)}`;
}

/** Every search document of the site, grouped by part, in a stable order. */
export function searchDocuments(records: readonly Department[], terms: readonly MergedTerm[]): SearchDocument[] {
  return [
    ...records.flatMap(departmentDocuments),
    ...records.flatMap(projectDocuments),
    ...records.flatMap(indicatorDocuments),
    ...records.flatMap(lineDocuments),
    ...terms.map(termDocument),
  ];
}

export function departmentDocuments(r: Department): SearchDocument[] {
  const page = routes.department(r.slug);
  const own: SearchDocument = {
    part: "departments",
    title: r.department,
    context: [r.province, r.city, r.district].filter((p, i, all) => p && all.indexOf(p) === i).join(" · ") || "地区未披露",
    note: `${formatYear(r.year)} · 支出总计`,
    page,
    anchor: "",
    amount: r.totals.expenditureTotal,
  };
  // Budget units (预算单位) under the department are found too, by their own names.
  const units = r.units
    .filter((u, i, all) => u.name !== r.department && all.findIndex((v) => v.name === u.name) === i)
    .map<SearchDocument>((u) => ({
      part: "departments",
      title: u.name,
      context: `预算单位 · ${departmentLabel(r)}`,
      note: u.code ? `单位代码 ${u.code}` : "",
      page,
      anchor: "",
    }));
  return [own, ...units];
}

export function projectDocuments(r: Department): SearchDocument[] {
  const page = routes.department(r.slug);
  return r.projects.map((p, i) => ({
    part: "projects",
    title: p.name,
    context: departmentLabel(r),
    note: "",
    page,
    anchor: projectAnchor(i + 1),
    amount: p.amount,
  }));
}

export function indicatorTarget(d: Department["indicators"][number]): string {
  if (d.target == null) return `目标值${NOT_DISCLOSED}`;
  const operator = d.operator && d.operator !== "定性" ? d.operator : "";
  return `目标 ${operator}${d.target}${d.unit ?? ""}`;
}

export function indicatorDocuments(r: Department): SearchDocument[] {
  const page = routes.department(r.slug);
  const label = departmentLabel(r);
  const project = r.indicators.map((d, i) => ({
    part: "indicators" as const,
    title: d.name,
    context: `${d.project ?? "未对应到项目"} · ${label}`,
    note: indicatorTarget(d),
    page,
    anchor: indicatorAnchor(i + 1),
  }));
  const whole = r.departmentIndicators.map((d, i) => ({
    part: "indicators" as const,
    title: d.name,
    context: `部门整体绩效 · ${label}`,
    note: indicatorTarget(d),
    page,
    anchor: departmentIndicatorAnchor(i + 1),
  }));
  return [...project, ...whole];
}

/**
 * Budget lines: the department page's headline amounts (关键数据, anchored
 * there), then its functional and economic classification lines. Those lines
 * have no row of their own on the department page, so they open the source
 * text at the disclosed table row.
 */
export function lineDocuments(r: Department): SearchDocument[] {
  const label = departmentLabel(r);
  const figures = keyFigures(r)
    .filter((f) => f.unit === "万元")
    .map<SearchDocument>((f) => ({
      part: "lines",
      title: f.label,
      context: label,
      note: "关键数据",
      page: routes.department(r.slug),
      anchor: f.id,
      amount: f.value,
    }));
  const unitName = (code: string | null) => (r.units.length > 1 ? r.units.find((u) => u.code === code)?.name : undefined);
  const functional = r.functionalClasses.map<SearchDocument>((c) => ({
    part: "lines",
    title: c.name,
    context: label,
    note: `功能分类 ${c.code} · 原文第 ${c.line} 行`,
    page: routes.source(r.slug),
    anchor: `L${c.line}`,
    amount: c.amount,
  }));
  const economic = r.economicClasses.map<SearchDocument>((c) => ({
    part: "lines",
    title: c.name,
    context: label,
    note: [`经济分类 ${c.code}`, unitName(c.unitCode), `原文第 ${c.line} 行`].filter(Boolean).join(" · "),
    page: routes.source(r.slug),
    anchor: `L${c.line}`,
    amount: c.amount,
  }));
  return [...figures, ...functional, ...economic];
}

export function termDocument(t: MergedTerm): SearchDocument {
  const sources = [t.editorial ? "编者释义" : "", t.definitions.length ? `${t.definitions.length} 份文件释义` : ""].filter(Boolean);
  const definition = t.editorial ? plainText(t.editorial.nodes) : (t.definitions[0]?.definition ?? "");
  return {
    part: "terms",
    title: t.term,
    context: sources.join(" · "),
    note: excerpt(definition, NOTE_LENGTH),
    page: routes.glossary(),
    anchor: t.id,
  };
}

export function excerpt(text: string, length: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return [...flat].length <= length ? flat : `${[...flat].slice(0, length - 1).join("")}…`;
}

function plainText(nodes: readonly MdNode[]): string {
  const of = (node: MdNode): string => {
    if ("value" in node && typeof node.value === "string") return node.value;
    return "children" in node ? (node.children as MdNode[]).map(of).join("") : "";
  };
  return nodes.map(of).join(" ");
}
