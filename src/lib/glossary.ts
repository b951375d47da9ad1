// 名词解释: merges the editorial glossary (content/glossary.md) with the
// definitions the disclosures themselves give (record.glossary), so a reader
// sees each term once, with every department that defines it and a link to
// the defining line.
import { createHash } from "node:crypto";
import { pinyin } from "pinyin-pro";
import type { Root as MdRoot, RootContent as MdNode } from "mdast";
import type { Department } from "./schema";

export type EditorialEntry = { term: string; nodes: MdNode[] };

export type DocumentDefinition = {
  slug: string;
  department: string;
  year: number | null;
  term: string; // as the document writes it
  definition: string;
  line: number;
};

export type MergedTerm = {
  id: string; // anchor on glossary.html
  term: string;
  editorial: EditorialEntry | null;
  definitions: DocumentDefinition[];
};

/** Plain text of an mdast node (headings are short; no dependency needed). */
function mdToString(node: MdNode | MdRoot): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  return "children" in node ? (node.children as MdNode[]).map(mdToString).join("") : "";
}

/** Splits the editorial markdown into entries: each "## term" heading and what follows it. */
export function editorialEntries(root: MdRoot): { intro: MdNode[]; entries: EditorialEntry[] } {
  const intro: MdNode[] = [];
  const entries: EditorialEntry[] = [];
  for (const node of root.children) {
    if (node.type === "heading" && node.depth === 2) entries.push({ term: mdToString(node).trim(), nodes: [] });
    else if (node.type === "heading" && node.depth === 1) continue; // the page supplies its own <h1>
    else if (entries.length) entries[entries.length - 1].nodes.push(node);
    else intro.push(node);
  }
  return { intro, entries };
}

/** Key under which two spellings of a term are the same term: quotes, spaces and colons dropped. */
export function termKey(term: string): string {
  return term
    .replace(/[“”"‘’'「」『』\s:：]/g, "")
    .replace(/\(/g, "（")
    .replace(/\)/g, "）");
}

/**
 * A stable ASCII anchor for a term, from its pinyin. Long terms (budget
 * subject names run to 30+ characters) are cut and given a short hash of the
 * full term, so the anchor does not depend on which other terms exist.
 */
export function termSlug(term: string): string {
  const key = termKey(term);
  const syllables = pinyin(key, { toneType: "none", type: "array", nonZh: "consecutive" });
  const slug = syllables
    .join("-")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= 48) return `term-${slug || "x"}`;
  const hash = createHash("sha256").update(key).digest("hex").slice(0, 6);
  return `term-${slug.slice(0, 40).replace(/-+$/, "")}-${hash}`;
}

/** Budget-subject terms (功能分类科目 such as “…（类）…（款）…（项）”) as opposed to general terms. */
export function isSubjectTerm(term: string): boolean {
  return /（[类款项]）|\([类款项]\)/.test(term);
}

const collator = new Intl.Collator("zh-CN");

export function mergeGlossary(editorial: readonly EditorialEntry[], records: readonly Department[]): MergedTerm[] {
  const byKey = new Map<string, MergedTerm>();
  const entryFor = (term: string): MergedTerm => {
    const key = termKey(term);
    let merged = byKey.get(key);
    if (!merged) {
      merged = { id: "", term, editorial: null, definitions: [] };
      byKey.set(key, merged);
    }
    return merged;
  };
  for (const e of editorial) {
    const m = entryFor(e.term);
    m.term = e.term; // the editorial spelling wins
    m.editorial = e;
  }
  for (const r of records)
    for (const g of r.glossary)
      entryFor(g.term).definitions.push({
        slug: r.slug,
        department: r.department,
        year: r.year,
        term: g.term,
        definition: g.definition,
        line: g.line,
      });

  const terms = [...byKey.values()].sort((a, b) => collator.compare(termKey(a.term), termKey(b.term)) || (a.term < b.term ? -1 : 1));
  const used = new Set<string>();
  for (const t of terms) {
    let id = termSlug(t.term);
    for (let n = 2; used.has(id); n++) id = `${termSlug(t.term)}-${n}`;
    used.add(id);
    t.id = id;
    t.definitions.sort((a, b) => a.slug.localeCompare(b.slug) || a.line - b.line);
  }
  return terms;
}

/** Anchor of a term on the glossary page, found by any spelling; null when absent. */
export function glossaryIdFor(terms: readonly MergedTerm[], term: string): string | null {
  const key = termKey(term);
  return terms.find((t) => termKey(t.term) === key)?.id ?? null;
}
