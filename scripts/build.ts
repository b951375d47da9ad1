// npm run build: ingest → Astro → postbuild (manifest and dist checks).
// A source file that cannot be read does not stop the build: the atlas is
// built from the files that can be, and the command still exits 1 at the end,
// after naming each failed file, so CI and users notice.
import { spawnSync } from "node:child_process";
import { join, relative } from "node:path";
import { outDir } from "../src/lib/paths.ts";

const bin = (name: string) => join("node_modules", ".bin", name);

function run(command: string, args: string[]): number {
  const { status, error } = spawnSync(command, args, { stdio: "inherit" });
  if (error) throw error;
  return status ?? 1;
}

const ingest = run(bin("tsx"), ["scripts/ingest.ts"]);
if (ingest > 1) process.exit(ingest);
for (const [command, args] of [[bin("astro"), ["build"]], [bin("tsx"), ["scripts/postbuild.ts"]]] as const) {
  const status = run(command, [...args]);
  if (status !== 0) process.exit(status);
}
if (ingest !== 0) {
  console.error(`build: ${relative(process.cwd(), outDir()) || "."}/ was built, but some source files could not be read (✗ above); exiting 1`);
  process.exit(1);
}
