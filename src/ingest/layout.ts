// Which flattening a document went through. Decided from line shapes only, so a
// new template is read by whichever tokenizer its shapes match.
import type { Layout, Line } from "./model.ts";

export function detectLayout(lines: readonly Line[]): Layout {
  const nonBlank = lines.filter((l) => l.raw.trim() !== "");
  const n = Math.max(1, nonBlank.length);
  const share = (test: (l: Line) => boolean) => nonBlank.filter(test).length / n;

  const tabbed = share((l) => l.raw.includes("\t"));
  const piped = share((l) => /\|\s*$/.test(l.raw) || /^\s*\|/.test(l.raw));
  const markup = share((l) => /^\s*#{1,6}\s|<\/?(b|p|br|td|span)\b/i.test(l.raw));

  if (piped > 0.2) return "pipe-fragments";
  if (tabbed > 0.2) return markup > 0.01 ? "markdown-tsv" : "tsv";
  return "pdf-text";
}
