// A document cut off mid-table: the file ends inside a money table. The figures
// read before the cut are kept; this finding says why the rest is missing.
// Performance tables legitimately close a disclosure, so they are not suspect.
import type { Check } from "../lib/schema.ts";
import type { Document } from "../ingest/model.ts";

export function truncationChecks(doc: Document): Check[] {
  const lastLine = doc.lines.findLast((l) => l.text.trim() !== "");
  const last = doc.tables.at(-1);
  if (!lastLine || !last || last.kind.endsWith("Performance")) return [];
  const endsInTable = last.rows.at(-1)?.cells.some((c) => c.line === lastLine.n) ?? false;
  if (!endsInTable) return [];
  return [
    {
      id: "document.truncated",
      severity: "warning",
      message: `文件在「${last.title}」（第 ${last.line} 行起）的表格中途结束，可能被截断：此后的表格与说明未能读取`,
      figures: [],
      lines: [last.line, lastLine.n],
    },
  ];
}
