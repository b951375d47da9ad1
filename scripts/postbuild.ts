// Post-build pass over dist/: writes the archive manifest (manifest.json) and
// runs the static dist checks. Output is reproducible: no timestamps, files
// listed in sorted order, so two builds of the same sources are identical.
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { checkDist, listFiles } from "./check-dist";
import { outDir, seedsDir, sourceName, sourcePath } from "../src/lib/paths";

const root = process.cwd();
const dist = outDir();
const MANIFEST = "manifest.json";

const sha256 = (bytes: Buffer | string) => createHash("sha256").update(bytes).digest("hex");

/** The commit being built, when git can tell; null outside a repository or before the first commit. */
function gitCommit(): string | null {
  if (process.env.GITHUB_SHA) return process.env.GITHUB_SHA;
  try {
    return execFileSync("git", ["rev-parse", "--verify", "--quiet", "HEAD"], { cwd: root, stdio: ["ignore", "pipe", "ignore"] })
      .toString()
      .trim() || null;
  } catch {
    return null;
  }
}

/** SHA256SUMS in the sources directory, verified against the files: the archive must hold the exact source bytes. */
function sources(recordsBySource: Map<string, string[]>) {
  const sumsFile = path.join(seedsDir(), "SHA256SUMS");
  const listed = existsSync(sumsFile)
    ? readFileSync(sumsFile, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((l) => {
          const [hash, name] = l.trim().split(/\s+\*?/);
          return { file: sourceName(name), expected: hash };
        })
    : [];
  const files = new Set([...listed.map((l) => l.file), ...recordsBySource.keys()]);
  return [...files].sort().map((file) => {
    const bytes = readFileSync(sourcePath(file));
    const actual = sha256(bytes);
    const expected = listed.find((l) => l.file === file)?.expected ?? null;
    if (expected && expected !== actual) throw new Error(`${file}: SHA-256 ${actual} does not match SHA256SUMS ${expected}`);
    return { file, sha256: actual, bytes: bytes.length, listedInSha256Sums: expected != null, records: recordsBySource.get(file) ?? [] };
  });
}

/**
 * With an outDir outside the project (ATLAS_OUT=/tmp/…), Astro 5 leaves its
 * .astro/ files in the output (withastro/astro#14903). They are build
 * internals, not part of the atlas.
 */
function removeAstroLeftovers(): void {
  if (!path.relative(root, dist).startsWith("..")) return;
  for (const f of ["content-assets.mjs", "content-modules.mjs", "collections", "settings.json", "data-store.json"]) {
    rmSync(path.join(dist, f), { recursive: true, force: true });
  }
}

function main(): void {
  removeAstroLeftovers();
  const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { name: string; version: string };
  const recordFiles = listFiles(dist).filter((f) => /^data\/departments\/[^/]+\.json$/.test(f));
  const recordsBySource = new Map<string, string[]>();
  const records = recordFiles.map((f) => {
    const text = readFileSync(path.join(dist, f), "utf8");
    const record = JSON.parse(text) as { slug: string; source: { file: string; sha256: string } };
    recordsBySource.set(record.source.file, [...(recordsBySource.get(record.source.file) ?? []), record.slug]);
    return { slug: record.slug, file: f, sha256: sha256(text), source: record.source.file };
  });
  const srcs = sources(recordsBySource);
  for (const r of records) {
    const declared = (JSON.parse(readFileSync(path.join(dist, r.file), "utf8")) as { source: { sha256: string } }).source.sha256;
    const actual = srcs.find((s) => s.file === r.source)?.sha256;
    if (declared !== actual) throw new Error(`${r.slug}: record says source sha256 ${declared}, file has ${actual}`);
  }

  const files = listFiles(dist)
    .filter((f) => f !== MANIFEST)
    .map((f) => {
      const bytes = readFileSync(path.join(dist, f));
      return { path: f, sha256: sha256(bytes), bytes: bytes.length };
    });
  const manifest = {
    name: pkg.name,
    title: "预算图谱 · Budget Atlas",
    version: pkg.version,
    commit: gitCommit(),
    sources: srcs,
    records,
    files,
  };
  writeFileSync(path.join(dist, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);

  // A page over its size budget is a warning here: a user's own disclosure with
  // many indicators must still build. `npm run check:dist` (CI, on seeds/) fails on it.
  const all = checkDist(dist);
  const overBudget = all.filter((v) => v.rule === "page-budget");
  const violations = all.filter((v) => v.rule !== "page-budget");
  for (const v of overBudget) console.warn(`warning: ${v.file}: [${v.rule}] ${v.detail}`);
  for (const v of violations) console.error(`${v.file}: [${v.rule}] ${v.detail}`);
  if (violations.length) {
    console.error(`postbuild: ${violations.length} problem(s) in ${path.relative(root, dist) || "."}/`);
    process.exit(1);
  }
  const warned = overBudget.length ? `; ${overBudget.length} page(s) over the size budget` : "";
  console.log(`postbuild: manifest.json written (${files.length} files, ${srcs.length} sources, ${records.length} records); dist checks passed${warned}`);
}

main();
