// npm run ingest -- [PATH ...] [--out DIR]
// Reads disclosures, writes one validated JSON record each, prints a report.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { ingestText } from "../src/ingest/ingest.ts";

const args = process.argv.slice(2);
const outIndex = args.indexOf("--out");
const outDir = outIndex >= 0 ? args[outIndex + 1] : "content/departments";
const inputs = outIndex >= 0 ? [...args.slice(0, outIndex), ...args.slice(outIndex + 2)] : args;
const paths = (inputs.length ? inputs : ["seeds"]).flatMap(expand);

function expand(path: string): string[] {
  try {
    if (statSync(path).isDirectory()) {
      return readdirSync(path)
        .filter((f) => !f.startsWith(".") && !/^SHA256SUMS$|\.(md|json)$/i.test(f))
        .sort()
        .map((f) => join(path, f));
    }
  } catch {
    // Unreadable paths are reported per file below.
  }
  return [path];
}

mkdirSync(outDir, { recursive: true });
let failed = 0;
const slugs = new Map<string, string>();
for (const path of paths) {
  const file = relative(process.cwd(), path).split("\\").join("/");
  try {
    const bytes = readFileSync(path);
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const { record, missing, warnings } = ingestText(file, text, sha256);
    if (slugs.has(record.slug)) throw new Error(`slug ${record.slug} already used by ${slugs.get(record.slug)}`);
    slugs.set(record.slug, file);
    writeFileSync(join(outDir, `${record.slug}.json`), JSON.stringify(record, null, 2) + "\n");
    const figures = Object.keys(record.provenance).length;
    console.log(`✓ ${file} → ${record.slug}.json  [${record.source.layout}]`);
    console.log(`  ${record.department} · ${record.year ?? "年度未知"} · 数字 ${figures} 个 · 项目 ${record.projects.length} · 指标 ${record.indicators.length}+${record.departmentIndicators.length}`);
    console.log(`  missing: ${missing.length ? missing.join(", ") : "none"}`);
    for (const w of warnings) console.log(`  warning: ${w}`);
  } catch (error) {
    failed++;
    console.error(`✗ ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
process.exitCode = failed ? 1 : 0;
