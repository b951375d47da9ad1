// Source text → layout-neutral document model.
import { detectLayout } from "./layout.ts";
import { toLines } from "./lines.ts";
import type { Document } from "./model.ts";
import { toRows } from "./rows.ts";
import { toNarrative, toSections } from "./tables.ts";

export function parseDocument(file: string, text: string): Document {
  const lines = toLines(text);
  const layout = detectLayout(lines);
  const rows = toRows(lines, layout);
  const { tables, narrativeRows } = toSections(rows);
  return { file, layout, lines, rows, tables, narrative: toNarrative(narrativeRows) };
}
