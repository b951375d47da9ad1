// data/projects/<slug>.csv: 项目明细, UTF-8 with BOM for Excel.
import type { APIRoute } from "astro";
import { allDepartments } from "../../../lib/collection";
import { projectsCsv } from "../../../lib/csv";
import type { Department } from "../../../lib/schema";

export async function getStaticPaths() {
  return (await allDepartments()).map((record) => ({ params: { slug: record.slug }, props: { record } }));
}

export const GET: APIRoute<{ record: Department }> = ({ props }) =>
  new Response(projectsCsv(props.record), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
