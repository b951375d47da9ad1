// A classification (功能分类 or 经济分类) as labelled bars with shares of the
// disclosed total: the shape both class charts share.
import { horizontalBarsSvg, uniqueLabels } from "./bars";
import type { Chart, ChartRow, SourceHref } from "./types";
import { share, sumDisclosed } from "../lib/budget";

export interface ClassItem {
  code: string;
  name: string;
  amount: number | null;
  line: number;
}

export function classChart(
  items: readonly ClassItem[],
  meta: { id: string; title: string; year: number | null; ariaLabel: string; note: string },
  href: SourceHref,
): Chart | null {
  if (!items.length) return null;
  const total = sumDisclosed(items.map((c) => c.amount));
  const labels = uniqueLabels([...items]);
  const rows: ChartRow[] = items.map((c, i) => ({ label: labels[i], code: c.code, amount: c.amount, line: c.line, share: share(c.amount, total) }));
  return {
    id: meta.id,
    title: meta.title,
    year: meta.year,
    rows,
    svg: horizontalBarsSvg(
      rows.map((r) => ({ label: r.label, amount: r.amount, href: r.line ? href(r.line) : undefined })),
      { ariaLabel: meta.ariaLabel },
    ),
    note: meta.note,
  };
}
