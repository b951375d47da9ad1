import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { ingestText } from "../../src/ingest/ingest.ts";

/** Ingest one seed the way the CLI does. */
export function loadSeed(file: string) {
  const path = `seeds/${file}`;
  const bytes = readFileSync(path);
  return ingestText(path, bytes.toString("utf8"), createHash("sha256").update(bytes).digest("hex"));
}

/** The text of a source line, for asserting that provenance points at the figure. */
export function sourceLine(file: string, line: number): string {
  return readFileSync(`seeds/${file}`, "utf8").split("\n")[line - 1] ?? "";
}
