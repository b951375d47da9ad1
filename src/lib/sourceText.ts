// The disclosure's own text, read at build time from the sources directory and
// decoded exactly as the ingest decoded it, so line numbers agree.
import { readFileSync } from "node:fs";
import { decodeSource } from "../ingest/decode";
import { sourcePath } from "./paths";

export function readSourceText(file: string): string {
  return decodeSource(readFileSync(sourcePath(file))).text;
}

/** 1-based lines; a trailing newline does not make an extra empty line. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}
