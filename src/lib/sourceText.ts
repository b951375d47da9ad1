// The disclosure's own text, read at build time from seeds/. Only files under
// seeds/ may be read: record.source.file comes from data, not from code.
import { readFileSync } from "node:fs";
import path from "node:path";

const SEEDS_DIR = path.resolve(process.cwd(), "seeds");

export function readSourceText(file: string): string {
  const full = path.resolve(process.cwd(), file);
  if (!full.startsWith(SEEDS_DIR + path.sep)) throw new Error(`source outside seeds/: ${file}`);
  return readFileSync(full, "utf8");
}

/** 1-based lines; a trailing newline does not make an extra empty line. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}
