// data/departments/<slug>.json: the validated record, as the ingest wrote it.
import type { APIRoute } from "astro";
import { allDepartments } from "../../../lib/collection";
import type { Department } from "../../../lib/schema";

export async function getStaticPaths() {
  return (await allDepartments()).map((record) => ({ params: { slug: record.slug }, props: { record } }));
}

export const GET: APIRoute<{ record: Department }> = ({ props }) =>
  new Response(`${JSON.stringify(props.record, null, 2)}\n`, { headers: { "Content-Type": "application/json; charset=utf-8" } });
