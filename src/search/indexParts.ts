// Build time: search documents → index parts (PartData), and a part → the
// classic script that ships it. Uses pinyin-pro and Fuse's index builder;
// neither runs in the browser for indexing.
import Fuse from "fuse.js";
import { normalize } from "./normalize";
import { pinyinFields } from "./pinyin";
import { documentGrams, encodePostings } from "./grams";
import { FUSE_KEYS, PART_NAMES, PARTS_GLOBAL, type DocRow, type FuseIndexJson, type PartData, type PartName } from "./parts";
import type { SearchDocument } from "./documents";

export type SearchFields = { t: string; p: string; i: string; sy: string };

export function searchFields(title: string): SearchFields {
  const t = normalize(title);
  return { t, ...pinyinFields(t) };
}

export function buildPart(part: PartName, docs: readonly SearchDocument[]): PartData {
  const strings: string[] = [];
  const interned = new Map<string, number>();
  const intern = (s: string) => {
    let at = interned.get(s);
    if (at === undefined) {
      at = strings.push(s) - 1;
      interned.set(s, at);
    }
    return at;
  };

  // Titles repeat (the same indicator under many projects): compute each once.
  const cache = new Map<string, SearchFields>();
  const fields = docs.map((d) => {
    let f = cache.get(d.title);
    if (!f) cache.set(d.title, (f = searchFields(d.title)));
    return f;
  });
  const rows = docs.map((d, k): DocRow => {
    const row: DocRow = [d.title === fields[k].t ? 0 : d.title, fields[k].sy, intern(d.context), intern(d.page), d.anchor, d.note];
    if (d.amount !== undefined) row.push(d.amount);
    return row;
  });

  const keys = FUSE_KEYS.map((k) => ({ ...k }));
  const index = Fuse.createIndex(keys, fields.map(({ t, i, p }) => ({ t, i, p }))).toJSON() as unknown as FuseIndexJson;

  const postings = new Map<string, number[]>();
  fields.forEach(({ t, p, i }, k) => {
    for (const gram of documentGrams(t, p, i)) {
      const list = postings.get(gram);
      if (list) list.push(k);
      else postings.set(gram, [k]);
    }
  });
  const grams: Record<string, string> = {};
  for (const [gram, ids] of postings) grams[gram] = encodePostings(ids);

  return { v: 1, part, strings, docs: rows, index, grams };
}

export function buildParts(docs: readonly SearchDocument[]): Record<PartName, PartData> {
  return Object.fromEntries(PART_NAMES.map((name) => [name, buildPart(name, docs.filter((d) => d.part === name))])) as Record<
    PartName,
    PartData
  >;
}

/** The classic script for one part: it registers the part's data on a global, no fetch needed (file:// blocks fetch). */
export function partScript(data: PartData): string {
  const g = `window.${PARTS_GLOBAL}`;
  return `${g}=${g}||{};${g}[${JSON.stringify(data.part)}]=${JSON.stringify(data)};\n`;
}
