// A few headline numbers of each comparison, for the home and overview pages,
// plus a sparkline-size bar strip. Pure: records in, numbers and SVG out.
import type { Department } from "../../lib/schema";
import { indicatorMix, projectShareRows, ratio, threePublicRows, type HeadcountEntry } from "../../compare/metrics";
import { LEVEL1 } from "../../lib/taxonomy";
import { byValueDesc } from "./figure";

type Named = { slug: string; department: string; year: number | null; level: Department["level"] };
export type Valued = Named & { value: number | null };

export type CompareSummary = {
  departments: number;
  threePublic: { withStaff: (Named & { staff: number; perStaff: number | null })[]; shareOfBasic: Valued[] };
  projectShare: Valued[];
  indicators: { total: number; level1: { type: string; share: number | null }[]; qualitativeShare: number | null; unmappedLabels: number };
};

export function compareSummary(records: readonly Department[], editorial: readonly HeadcountEntry[]): CompareSummary {
  const named = (r: Named): Named => ({ slug: r.slug, department: r.department, year: r.year, level: r.level });
  const sorted = (v: Valued[]) => v.sort(byValueDesc((x) => x.value, (x) => x.department));
  const tp = threePublicRows(records, editorial);
  const mixes = indicatorMix(records);
  const total = mixes.reduce((n, m) => n + m.count, 0);
  const sumOf = (f: (m: (typeof mixes)[number]) => number) => mixes.reduce((n, m) => n + f(m), 0);
  return {
    departments: records.length,
    threePublic: {
      withStaff: tp.filter((r) => r.staff).map((r) => ({ ...named(r), staff: r.staff!.value, perStaff: r.perStaff.total })),
      shareOfBasic: sorted(tp.map((r) => ({ ...named(r), value: r.shareOfBasic }))),
    },
    projectShare: sorted(projectShareRows(records).map((r) => ({ ...named(r), value: r.projectShare }))),
    indicators: {
      total,
      level1: LEVEL1.map((type) => ({ type, share: ratio(sumOf((m) => m.level1[type] ?? 0), total, 100) })),
      qualitativeShare: ratio(sumOf((m) => m.qualitative), total, 100),
      unmappedLabels: new Set(mixes.flatMap((m) => Object.keys(m.unmapped))).size,
    },
  };
}

/** Disclosed values only, smallest and largest. */
export function range(values: readonly Valued[]): { min: Valued; max: Valued } | null {
  const known = values.filter((v) => v.value != null);
  if (!known.length) return null;
  const bySize = [...known].sort((a, b) => a.value! - b.value!);
  return { min: bySize[0], max: bySize[bySize.length - 1] };
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/**
 * A tiny bar strip (one bar per value, 未披露 drawn as a short dotted stub,
 * never as zero), sized for a summary card. Decorative: the numbers are in
 * the card text, so it is aria-hidden.
 */
export function sparkBarsSvg(values: readonly { label: string; value: number | null }[], opts: { max?: number; width?: number; height?: number; color?: string } = {}): string {
  const width = opts.width ?? 160;
  const height = opts.height ?? 36;
  const max = opts.max ?? Math.max(1e-9, ...values.map((v) => v.value ?? 0));
  const gap = 3;
  const bw = values.length ? (width - gap * (values.length - 1)) / values.length : 0;
  const bars = values
    .map((v, i) => {
      const x = Math.round((i * (bw + gap)) * 10) / 10;
      if (v.value == null) return `<line x1="${x}" x2="${Math.round((x + bw) * 10) / 10}" y1="${height - 1}" y2="${height - 1}" stroke="#8a5a00" stroke-dasharray="2 2"><title>${esc(v.label)}：未披露</title></line>`;
      const h = Math.max(1, Math.round((v.value / max) * (height - 2) * 10) / 10);
      return `<rect x="${x}" y="${Math.round((height - h) * 10) / 10}" width="${Math.round(bw * 10) / 10}" height="${h}" fill="${opts.color ?? "#2f6f9f"}"><title>${esc(v.label)}</title></rect>`;
    })
    .join("");
  return `<svg class="spark" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" aria-hidden="true">${bars}</svg>`;
}

/** A one-line 100% bar of shares (e.g. 一级指标类型), for a summary card. */
export function sparkStackSvg(parts: readonly { label: string; share: number | null; color: string }[], opts: { width?: number; height?: number } = {}): string {
  const width = opts.width ?? 160;
  const height = opts.height ?? 14;
  let x = 0;
  const rects = parts
    .filter((p) => p.share != null && p.share > 0)
    .map((p) => {
      const w = Math.round(((p.share as number) / 100) * width * 10) / 10;
      const r = `<rect x="${Math.round(x * 10) / 10}" y="0" width="${w}" height="${height}" fill="${p.color}"><title>${esc(p.label)}</title></rect>`;
      x += w;
      return r;
    })
    .join("");
  return `<svg class="spark" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" aria-hidden="true">${rects}</svg>`;
}
