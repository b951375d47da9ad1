// assets/search/<part>.js: one part of the search index as a classic script
// that registers its data on window.BA_SEARCH_PARTS (no fetch: file:// works).
import type { APIRoute, GetStaticPaths } from "astro";
import { allDepartments } from "../../../lib/collection";
import { loadGlossary } from "../../../lib/glossaryData";
import { searchDocuments } from "../../../search/documents";
import { buildParts, partScript } from "../../../search/indexParts";
import { PART_NAMES, type PartData } from "../../../search/parts";

export const getStaticPaths = (async () => {
  const records = await allDepartments();
  const parts = buildParts(searchDocuments(records, loadGlossary(records).terms));
  return PART_NAMES.map((part) => ({ params: { part }, props: { data: parts[part] } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(partScript((props as { data: PartData }).data), { headers: { "Content-Type": "text/javascript; charset=utf-8" } });
