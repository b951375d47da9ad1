import { readFileSync } from "node:fs";
import { ingestBytes } from "../../src/ingest/ingest.ts";

/** Ingest one seed the way the CLI does: bytes in, encoding detected, hash taken. */
export function loadSeed(file: string) {
  const path = `seeds/${file}`;
  return ingestBytes(path, readFileSync(path));
}

/** The text of a source line, for asserting that provenance points at the figure. */
export function sourceLine(file: string, line: number): string {
  return readFileSync(`seeds/${file}`, "utf8").split("\n")[line - 1] ?? "";
}
