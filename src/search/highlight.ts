// Highlighting: a hit is found in one of the search fields (t: normalized
// text, p: pinyin, i: initials); these functions carry its ranges back to the
// characters of the title as shown. Ranges are inclusive [start, end], as
// Fuse reports them, in UTF-16 units.
import { normalizeWithMap } from "./normalize";

export type Range = [number, number];
export type Field = "t" | "p" | "i";

/** Ranges in field p or i → ranges in the normalized text t, using sy (letters per unit of t). */
export function fieldToText(field: Field, ranges: readonly Range[], sy: string): Range[] {
  if (field === "t") return ranges.map(([a, b]) => [a, b]);
  // For each unit of t: where its letters start in the field, and how many.
  const starts: number[] = [];
  const sizes: number[] = [];
  let at = 0;
  for (let k = 0; k < sy.length; k++) {
    const letters = field === "p" ? Number(sy[k]) : sy[k] === "0" ? 0 : 1;
    starts.push(at);
    sizes.push(letters);
    at += letters;
  }
  const out: Range[] = [];
  for (const [a, b] of ranges) {
    let first = -1;
    let last = -1;
    for (let k = 0; k < sy.length; k++) {
      if (!sizes[k]) continue;
      const s = starts[k];
      const e = s + sizes[k] - 1;
      if (e >= a && s <= b) {
        if (first < 0) first = k;
        last = k;
      }
    }
    if (first >= 0) out.push([first, last]);
  }
  return out;
}

/** Ranges in the normalized text → ranges in the title as shown (undoing NFKC folding and dropped quotes). */
export function textToTitle(ranges: readonly Range[], title: string): Range[] {
  const { map } = normalizeWithMap(title);
  const out: Range[] = [];
  for (const [a, b] of ranges) {
    if (a >= map.length) continue;
    const start = map[a];
    const lastStart = map[Math.min(b, map.length - 1)];
    const end = lastStart + (title.codePointAt(lastStart)! > 0xffff ? 1 : 0);
    out.push([start, end]);
  }
  return mergeRanges(out);
}

export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: Range[] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

export type Segment = { text: string; hit: boolean };

/** The title cut into plain and highlighted pieces. */
export function segments(title: string, ranges: readonly Range[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const [a, b] of mergeRanges(ranges)) {
    if (a > at) out.push({ text: title.slice(at, a), hit: false });
    out.push({ text: title.slice(a, b + 1), hit: true });
    at = b + 1;
  }
  if (at < title.length) out.push({ text: title.slice(at), hit: false });
  return out;
}

/**
 * At most `max` characters of a long title (indicators can be paragraphs),
 * cut around the first highlight, with "…" where text was left out.
 */
export function clipSegments(parts: readonly Segment[], max: number): Segment[] {
  const chars = parts.flatMap((s) => [...s.text].map((c) => ({ c, hit: s.hit })));
  if (chars.length <= max) return [...parts];
  const firstHit = Math.max(0, chars.findIndex((x) => x.hit));
  const start = Math.max(0, Math.min(firstHit - Math.floor(max / 4), chars.length - max));
  const end = Math.min(chars.length, start + max);
  const kept = [
    ...(start > 0 ? [{ c: "…", hit: false }] : []),
    ...chars.slice(start, end),
    ...(end < chars.length ? [{ c: "…", hit: false }] : []),
  ];
  const out: Segment[] = [];
  for (const x of kept) {
    const last = out[out.length - 1];
    if (last && last.hit === x.hit) last.text += x.c;
    else out.push({ text: x.c, hit: x.hit });
  }
  return out;
}
