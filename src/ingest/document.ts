// Source text → layout-neutral document model.
import { detectLayout } from "./layout.ts";
import { toLines } from "./lines.ts";
import type { Document } from "./model.ts";
import { toRows } from "./rows.ts";
import { mergeBrokenRows, toNarrative, toSections } from "./tables.ts";

export function parseDocument(file: string, text: string): Document {
  const lines = toLines(text);
  const layout = detectLayout(lines);
  const rows = toRows(lines, layout);
  const sections = toSections(rows);
  // Broken cells are a PDF-text trait; performance tables are read as a cell stream instead.
  const tables = layout === "pdf-text" ? sections.tables.map((t) => (t.kind.endsWith("Performance") ? t : mergeBrokenRows(t))) : sections.tables;
  return { file, layout, lines, rows, tables, narrative: toNarrative(sections.narrativeRows) };
}
