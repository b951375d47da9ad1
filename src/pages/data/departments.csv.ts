// data/departments.csv: one row per department, UTF-8 with BOM.
import type { APIRoute } from "astro";
import { allDepartments } from "../../lib/collection";
import { departmentsCsv } from "../../lib/csv";

export const GET: APIRoute = async () =>
  new Response(departmentsCsv(await allDepartments()), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
