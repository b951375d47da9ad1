// Horizontal bar chart (万元) laid out for CJK labels: each category's label
// sits above its bar(s), so long Chinese names need no left margin and are
// never truncated, and the chart stays legible when scaled down on a phone.
// Undisclosed values are labelled 未披露 instead of drawn as zero bars.
import * as Plot from "@observablehq/plot";
import { textWidthEm, truncateLabel } from "./cjk";
import { renderPlot } from "./svg";
import { formatAmount, NOT_DISCLOSED } from "../lib/format";

export type BarDatum = {
  label: string; // category; rows with the same label are drawn as one group
  amount: number | null; // 万元; null = not disclosed
  href?: string; // link to the source line, already relative to the page
  series?: string; // e.g. "2023 年" vs "2022 年"; coloured per the series option
};

export type BarOptions = {
  ariaLabel: string;
  width?: number;
  fontSize?: number;
  series?: { domain: string[]; range: string[] };
  /** Value text (default: 万元 with two decimals, null → 未披露). */
  format?: (value: number | null) => string;
  /** x-axis label and tooltip unit (default 万元). */
  unit?: string;
  /** Fixed x maximum, e.g. 100 for percentages (default: the largest value). */
  max?: number;
};

export const BAR_COLOR = "#2f6f9f";
export const CHART_WIDTH = 400; // narrow on purpose: scaled to a phone the text stays ≥12px

const tickFormat = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 2 });

type Placed = BarDatum & { y: number; text: string; fill: string };

/** Pixel layout: label line, then one bar per series, then a gap. Pure. */
export function layoutBars(
  rows: readonly BarDatum[],
  opts: { fontSize: number; top: number; series?: BarOptions["series"]; format?: BarOptions["format"] },
) {
  const f = opts.fontSize;
  const format = opts.format ?? formatAmount;
  const labelHeight = Math.round(f * 1.45);
  const barHeight = Math.round(f * 1.25);
  const barGap = 3;
  const groupGap = Math.round(f * 0.7);
  const colorOf = (s?: string) => {
    const i = s && opts.series ? opts.series.domain.indexOf(s) : -1;
    return i >= 0 ? opts.series!.range[i] : BAR_COLOR;
  };
  const labels: { label: string; y: number }[] = [];
  const bars: Placed[] = [];
  let y = opts.top;
  let previous: string | undefined;
  for (const row of rows) {
    if (row.label !== previous) {
      if (previous !== undefined) y += groupGap;
      labels.push({ label: row.label, y: y + labelHeight * 0.5 });
      y += labelHeight;
      previous = row.label;
    } else y += barGap;
    // A zero or missing bar has no colour to tell its series: name it in the text.
    const bare = row.amount == null || row.amount === 0;
    const text = format(row.amount);
    bars.push({ ...row, y: y + barHeight / 2, text: opts.series && row.series && bare ? `${row.series}：${text}` : text, fill: colorOf(row.series) });
    y += barHeight;
  }
  return { labels, bars, bottom: y, barHeight };
}

export function horizontalBarsSvg(rows: readonly BarDatum[], opts: BarOptions): string {
  const fontSize = opts.fontSize ?? 14;
  const width = opts.width ?? CHART_WIDTH;
  const marginTop = 6;
  const marginBottom = 34;
  const unit = opts.unit ?? "万元";
  const laid = layoutBars(rows, { fontSize, top: marginTop, series: opts.series, format: opts.format });
  const { bars, bottom, barHeight } = laid;
  // A label wider than the chart is shortened; the full text is in the data table.
  const labels = laid.labels.map((l) => ({ ...l, label: fitLabel(l.label, width, fontSize) }));
  const disclosed = bars.filter((b) => b.amount != null);
  const missing = bars.filter((b) => b.amount == null);
  const max = opts.max ?? Math.max(0, ...disclosed.map((d) => d.amount as number));
  const valueEm = Math.max(textWidthEm(NOT_DISCLOSED), ...bars.map((b) => textWidthEm(b.text)));
  // Series names are announced in the bar's tooltip/title so colour is not the only cue.
  const title = (d: Placed) => `${d.label}${d.series ? `（${d.series}）` : ""}：${d.text}${d.amount != null ? ` ${unit}` : ""}`;

  return renderPlot({
    ariaLabel: opts.ariaLabel,
    width,
    height: Math.ceil(bottom + marginBottom),
    marginLeft: 4,
    marginRight: Math.ceil(valueEm * fontSize * 0.92 + 10),
    marginTop,
    marginBottom,
    style: { fontSize: `${fontSize}px`, fontFamily: "inherit", background: "transparent", overflow: "visible" },
    x: {
      domain: [0, max > 0 ? max : 1],
      label: unit,
      labelAnchor: "right",
      labelArrow: "none",
      labelOffset: 30,
      grid: true,
      ticks: 4,
      tickFormat: (d: number) => tickFormat.format(d),
    },
    y: { type: "identity", axis: null },
    marks: [
      Plot.text(labels, { x: 0, y: "y", text: "label", textAnchor: "start", dx: 2, fontWeight: 500 }),
      Plot.rect(disclosed, {
        x1: 0,
        x2: "amount",
        y1: (d: Placed) => d.y - barHeight / 2,
        y2: (d: Placed) => d.y + barHeight / 2,
        fill: "fill",
        href: (d: Placed) => d.href ?? null,
        title,
      }),
      Plot.text(disclosed, { x: "amount", y: "y", text: "text", textAnchor: "start", dx: 4 }),
      Plot.text(missing, { x: 0, y: "y", text: "text", textAnchor: "start", dx: 4, fill: "#8a5a00", title }),
    ],
  });
}

/** The label, shortened with an ellipsis when it would not fit on one line of the chart. */
export function fitLabel(label: string, width: number, fontSize: number): string {
  return truncateLabel(label, Math.floor((width - 8) / (fontSize * 1.02)));
}

/** Category labels that are unique: the name, or name（code） where names repeat. */
export function uniqueLabels(items: readonly { name: string; code: string }[]): string[] {
  const counts = new Map<string, number>();
  for (const i of items) counts.set(i.name, (counts.get(i.name) ?? 0) + 1);
  return items.map((i) => ((counts.get(i.name) ?? 0) > 1 ? `${i.name}（${i.code}）` : i.name));
}
