// data/indicators/<slug>.csv: 绩效指标 (project and department-wide), UTF-8 with BOM.
import type { APIRoute } from "astro";
import { allDepartments } from "../../../lib/collection";
import { indicatorsCsv } from "../../../lib/csv";
import type { Department } from "../../../lib/schema";

export async function getStaticPaths() {
  return (await allDepartments()).map((record) => ({ params: { slug: record.slug }, props: { record } }));
}

export const GET: APIRoute<{ record: Department }> = ({ props }) =>
  new Response(indicatorsCsv(props.record), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
