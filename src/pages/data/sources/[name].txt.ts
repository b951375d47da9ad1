// data/sources/<name>.txt: the original disclosure text, byte for byte, so
// the archive carries its own evidence (hashes in manifest.json).
import type { APIRoute } from "astro";
import { readFileSync } from "node:fs";
import path from "node:path";
import { sourcePath } from "../../../lib/paths";
import { allDepartments } from "../../../lib/collection";
import { routes } from "../../../lib/urls";

export async function getStaticPaths() {
  const files = [...new Set((await allDepartments()).map((r) => r.source.file))].sort();
  return files.map((file) => ({ params: { name: path.basename(routes.rawSource(file), ".txt") }, props: { file } }));
}

export const GET: APIRoute<{ file: string }> = ({ props }) => {
  return new Response(readFileSync(sourcePath(props.file)), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
};
