// Horizontal stacked bars, one per category, laid out like bars.ts: the
// category label sits above its bar, so long Chinese names need no margin.
// Segments with a null value are not drawn; a row with no disclosed segment
// is labelled 未披露 instead of being drawn as an empty (zero) bar.
import * as Plot from "@observablehq/plot";
import { textWidthEm } from "./cjk";
import { fitLabel } from "./bars";
import { renderPlot } from "./svg";
import { NOT_DISCLOSED } from "../lib/format";

export type StackedDatum = {
  label: string;
  /** Values by segment key; a missing key or null is not drawn. */
  values: Record<string, number | null>;
  /** Text after the bar, e.g. the total; defaults to nothing. 未披露 when no segment is disclosed. */
  valueText?: string;
  href?: string;
};

export type StackedOptions = {
  ariaLabel: string;
  keys: readonly string[];
  colors: readonly string[];
  unit: string;
  /** Text of a segment value, e.g. "63.8%". */
  format: (value: number) => string;
  /** Fixed x maximum (100 for shares); default the largest stack. */
  max?: number;
  width?: number;
  fontSize?: number;
};

export type Segment = {
  key: string;
  label: string; // the row's label, for the tooltip
  value: number;
  x1: number; // in data units
  x2: number;
  y: number; // centre, in px
  fill: string;
  text: string;
  textFill: string;
};

/** Dark text on light fills, white on dark ones. */
export function textColorOn(fill: string): string {
  const m = /^#([0-9a-f]{6})$/i.exec(fill);
  if (!m) return "#fff";
  const n = parseInt(m[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return 0.299 * r + 0.587 * g + 0.114 * b > 150 ? "#1b1f24" : "#fff";
}

/** Pixel rows and data-unit segments. Pure. */
export function layoutStacks(rows: readonly StackedDatum[], opts: Pick<StackedOptions, "keys" | "colors" | "format"> & { fontSize: number; top: number }) {
  const f = opts.fontSize;
  const labelHeight = Math.round(f * 1.45);
  const barHeight = Math.round(f * 1.4);
  const groupGap = Math.round(f * 0.7);
  const labels: { label: string; y: number }[] = [];
  const segments: Segment[] = [];
  const ends: { label: string; x: number; y: number; text: string; missing: boolean }[] = [];
  let y = opts.top;
  rows.forEach((row, i) => {
    if (i > 0) y += groupGap;
    labels.push({ label: row.label, y: y + labelHeight * 0.5 });
    y += labelHeight;
    const centre = y + barHeight / 2;
    let x = 0;
    opts.keys.forEach((key, k) => {
      const value = row.values[key];
      if (value == null || value === 0) return;
      const fill = opts.colors[k % opts.colors.length];
      segments.push({ key, label: row.label, value, x1: x, x2: x + value, y: centre, fill, text: opts.format(value), textFill: textColorOn(fill) });
      x += value;
    });
    const missing = opts.keys.every((key) => row.values[key] == null);
    ends.push({ label: row.label, x, y: centre, text: missing ? NOT_DISCLOSED : (row.valueText ?? ""), missing });
    y += barHeight;
  });
  return { labels, segments, ends, bottom: y, barHeight };
}

export function stackedBarsSvg(rows: readonly StackedDatum[], opts: StackedOptions): string {
  const fontSize = opts.fontSize ?? 14;
  const width = opts.width ?? 400;
  const marginTop = 6;
  const marginBottom = 34;
  const { labels, segments, ends, bottom, barHeight } = layoutStacks(rows, { ...opts, fontSize, top: marginTop });
  const max = opts.max ?? Math.max(1, ...ends.map((e) => e.x));
  const valueEm = Math.max(textWidthEm(NOT_DISCLOSED), ...ends.map((e) => textWidthEm(e.text)));
  const marginRight = Math.ceil(valueEm * fontSize * 0.92 + 10);
  const pxPerUnit = (width - 4 - marginRight) / max;
  // A segment's own label is drawn only where it fits inside the segment.
  const inside = segments.filter((s) => (s.x2 - s.x1) * pxPerUnit > textWidthEm(s.text) * fontSize * 0.85 + 6);
  const title = (s: Segment) => `${s.label}：${s.key} ${s.text}`;
  const fitted = labels.map((l) => ({ ...l, label: fitLabel(l.label, width, fontSize) }));
  const hrefOf = new Map(rows.map((r) => [r.label, r.href ?? null]));

  return renderPlot({
    ariaLabel: opts.ariaLabel,
    width,
    height: Math.ceil(bottom + marginBottom),
    marginLeft: 4,
    marginRight,
    marginTop,
    marginBottom,
    style: { fontSize: `${fontSize}px`, fontFamily: "inherit", background: "transparent", overflow: "visible" },
    x: {
      domain: [0, max],
      label: opts.unit,
      labelAnchor: "right",
      labelArrow: "none",
      labelOffset: 30,
      grid: true,
      ticks: 4,
      tickFormat: (d: number) => new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 2 }).format(d),
    },
    y: { type: "identity", axis: null },
    marks: [
      Plot.text(fitted, { x: 0, y: "y", text: "label", textAnchor: "start", dx: 2, fontWeight: 500 }),
      Plot.rect(segments, {
        x1: "x1",
        x2: "x2",
        y1: (s: Segment) => s.y - barHeight / 2,
        y2: (s: Segment) => s.y + barHeight / 2,
        fill: "fill",
        stroke: "#fff",
        strokeWidth: 1,
        href: (s: Segment) => hrefOf.get(s.label) ?? null,
        title,
      }),
      Plot.text(inside, { x: (s: Segment) => (s.x1 + s.x2) / 2, y: "y", text: "text", fill: "textFill", fontSize: Math.round(fontSize * 0.86) }),
      Plot.text(
        ends.filter((e) => !e.missing && e.text),
        { x: "x", y: "y", text: "text", textAnchor: "start", dx: 4 },
      ),
      Plot.text(
        ends.filter((e) => e.missing),
        { x: 0, y: "y", text: "text", textAnchor: "start", dx: 4, fill: "#8a5a00" },
      ),
    ],
  });
}
