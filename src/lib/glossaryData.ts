// Loads the editorial glossary (content/glossary.md) and merges it with the
// records' own 名词解释. I/O edge for the glossary; the merge itself is pure.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseMarkdown } from "./markdown";
import { editorialEntries, mergeGlossary, type MergedTerm } from "./glossary";
import type { Department } from "./schema";
import type { RootContent } from "mdast";

export function readContentMarkdown(name: "glossary.md" | "methodology.md"): string {
  return readFileSync(path.resolve(process.cwd(), "content", name), "utf8");
}

type Glossary = { intro: RootContent[]; terms: MergedTerm[] };

// Every department page asks with the same records array: merge once per
// build, not once per page (that would grow with the square of departments).
const merged = new WeakMap<readonly Department[], Glossary>();

export function loadGlossary(records: readonly Department[]): Glossary {
  let glossary = merged.get(records);
  if (!glossary) {
    const { intro, entries } = editorialEntries(parseMarkdown(readContentMarkdown("glossary.md")));
    glossary = { intro, terms: mergeGlossary(entries, records) };
    merged.set(records, glossary);
  }
  return glossary;
}
