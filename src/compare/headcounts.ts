// content/headcounts.yaml: editor-supplied staff counts, each with a citation.
import { load } from "js-yaml";
import { z } from "astro/zod";
import type { HeadcountEntry } from "./metrics.ts";

const entry = z.object({
  slug: z.string().min(1),
  value: z.number().int().positive(),
  source: z.object({
    document: z.string().min(2, "source.document names the document"),
    year: z.number().int().min(1990).max(2100),
    table: z.string().min(2, "source.table names the table or section"),
  }),
});

/** Parse the file; throws (and so fails the build) on any entry without a full citation. */
export function parseHeadcounts(text: string, knownSlugs: readonly string[]): HeadcountEntry[] {
  const data = load(text) ?? [];
  const parsed = z.array(entry).safeParse(data);
  if (!parsed.success) {
    throw new Error(`content/headcounts.yaml: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  for (const e of parsed.data) {
    if (!knownSlugs.includes(e.slug)) throw new Error(`content/headcounts.yaml: unknown department ${e.slug}`);
  }
  return parsed.data;
}
