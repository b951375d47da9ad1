// The query engine, shared by the browser and the benchmark. Pure apart from
// per-part caches; Fuse is passed in (window.Fuse in the browser, the
// package in Node), never imported here.
//
// A query runs in two tiers over each part:
// 1. exact: documents whose text, initials or pinyin contain the normalized
//    query. Candidates come from the n-gram index (intersection of the
//    query's bigram posting lists), then each is checked. Ranked: whole text
//    equal, text starts with it, text contains it, then initials and pinyin.
// 2. fuzzy, only when the exact hits do not fill the list: documents sharing
//    enough of the query's grams to possibly be within Fuse's threshold are
//    counted from the posting lists, the best few hundred are handed to Fuse
//    (a Fuse instance over just those records of the prebuilt index), and
//    Fuse's score orders them after every exact hit.
import type FuseLibrary from "fuse.js";
import { normalize, isAscii } from "./normalize";
import { decodePostings, exactGrams, fuzzyGrams, intersectSorted } from "./grams";
import { fieldToText, segments, textToTitle, type Field, type Range, type Segment } from "./highlight";
import { FUSE_KEYS, type PartData, type PartName } from "./parts";

export type FuseConstructor = typeof FuseLibrary;

/** Fuse's threshold, and so the share of a query that may be wrong in a fuzzy hit. */
export const THRESHOLD = 0.3;
/**
 * Stricter for ASCII queries, which are only fuzzy-matched against full
 * pinyin: letters are cheap to confuse (yitihua is two edits from yinshua),
 * and initials are too short to match loosely at all.
 */
export const ASCII_THRESHOLD = 0.15;
/** Fuzzy candidates handed to Fuse per part and query. */
export const FUZZY_CANDIDATES = 300;

const FUSE_OPTIONS = {
  keys: FUSE_KEYS.map((k) => ({ ...k })),
  // Chinese names are long and the match may be anywhere in them.
  ignoreLocation: true,
  threshold: THRESHOLD,
  includeMatches: true,
  includeScore: true,
};

export type LoadedPart = {
  name: PartName;
  data: PartData;
  t: string[];
  p: string[];
  i: string[];
  records: PartData["index"]["records"];
  postings: Map<string, Int32Array>;
  scratch: Uint8Array;
  Fuse: FuseConstructor;
};

export function loadPart(data: PartData, Fuse: FuseConstructor): LoadedPart {
  const n = data.docs.length;
  const slot = (id: string) => String(data.index.keys.findIndex((k) => k.id === id));
  const [ts, ps, is] = [slot("t"), slot("p"), slot("i")];
  const t: string[] = new Array(n).fill("");
  const p: string[] = new Array(n).fill("");
  const i: string[] = new Array(n).fill("");
  const records: PartData["index"]["records"] = new Array(n);
  for (const r of data.index.records) {
    records[r.i] = r;
    t[r.i] = r.$[ts]?.v ?? "";
    p[r.i] = r.$[ps]?.v ?? "";
    i[r.i] = r.$[is]?.v ?? "";
  }
  for (let k = 0; k < n; k++) if (!records[k]) records[k] = { i: k, $: {} };
  return { name: data.part, data, t, p, i, records, postings: new Map(), scratch: new Uint8Array(n), Fuse };
}

export type Query = { text: string; ascii: boolean };

/** The normalized query, or null when there is nothing to look up (empty, or one ASCII letter). */
export function parseQuery(raw: string): Query | null {
  const text = normalize(raw);
  const ascii = isAscii(text);
  if (!text || (ascii && text.length < 2)) return null;
  return { text, ascii };
}

export type Hit = {
  doc: number;
  exact: boolean;
  field: Field;
  ranges: Range[]; // in the field's coordinates
  score: number; // 0 best; exact hits rank before every fuzzy one
};

export type PartResult = { part: PartName; hits: Hit[]; total: number };

function postingsOf(part: LoadedPart, gram: string): Int32Array {
  let list = part.postings.get(gram);
  if (!list) {
    const encoded = Object.prototype.hasOwnProperty.call(part.data.grams, gram) ? part.data.grams[gram] : "";
    list = decodePostings(encoded);
    part.postings.set(gram, list);
  }
  return list;
}

/** Positions in p where a syllable starts (a pinyin hit must start on one). */
function syllableStarts(sy: string): Set<number> {
  const starts = new Set<number>();
  let at = 0;
  for (let k = 0; k < sy.length; k++) {
    const n = Number(sy[k]);
    if (n) starts.add(at);
    at += n;
  }
  return starts;
}

type ExactRank = { doc: number; tier: number; pos: number; len: number; field: Field };

/** How well document `doc` contains q, or null when it does not. Lower tiers rank first. */
export function exactRank(part: LoadedPart, doc: number, q: Query): ExactRank | null {
  const t = part.t[doc];
  const at = t.indexOf(q.text);
  if (at >= 0) return { doc, tier: t.length === q.text.length ? 0 : at === 0 ? 1 : 2, pos: at, len: t.length, field: "t" };
  if (!q.ascii) return null;
  const i = part.i[doc];
  const ai = i.indexOf(q.text);
  const p = part.p[doc];
  let ap = p.indexOf(q.text);
  if (ap > 0) {
    const starts = syllableStarts(part.data.docs[doc][1]);
    while (ap >= 0 && !starts.has(ap)) ap = p.indexOf(q.text, ap + 1);
  }
  if (ai === 0) return { doc, tier: 3, pos: 0, len: i.length, field: "i" };
  if (ap === 0) return { doc, tier: 4, pos: 0, len: p.length, field: "p" };
  if (ai > 0) return { doc, tier: 5, pos: ai, len: i.length, field: "i" };
  if (ap > 0) return { doc, tier: 6, pos: ap, len: p.length, field: "p" };
  return null;
}

const compareRank = (a: ExactRank, b: ExactRank) => a.tier - b.tier || a.pos - b.pos || a.len - b.len || a.doc - b.doc;

/** Keeps the best `limit` ranks seen, in order. */
function insertBounded(top: ExactRank[], r: ExactRank, limit: number): void {
  if (top.length >= limit && compareRank(r, top[top.length - 1]) >= 0) return;
  let lo = 0;
  let hi = top.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareRank(top[mid], r) <= 0) lo = mid + 1;
    else hi = mid;
  }
  top.splice(lo, 0, r);
  if (top.length > limit) top.pop();
}

function exactTier(part: LoadedPart, q: Query, limit: number): { top: ExactRank[]; total: number } {
  const grams = exactGrams(q.text);
  if (!grams.length) return { top: [], total: 0 };
  const lists = grams.map((g) => postingsOf(part, g));
  if (lists.some((l) => l.length === 0)) return { top: [], total: 0 };
  const top: ExactRank[] = [];
  let total = 0;
  for (const doc of intersectSorted(lists)) {
    const r = exactRank(part, doc, q);
    if (!r) continue;
    total++;
    insertBounded(top, r, limit);
  }
  return { top, total };
}

/** Documents that share enough grams with q to be within Fuse's threshold, best overlap first. */
export function fuzzyCandidates(part: LoadedPart, q: Query, exclude: ReadonlySet<number>): number[] {
  const errors = Math.floor(q.text.length * (q.ascii ? ASCII_THRESHOLD : THRESHOLD));
  if (errors < 1) return []; // Fuse would only accept exact hits, found already
  const { grams, minOverlap } = fuzzyGrams(q.text, q.ascii, errors);
  const used = grams.slice(0, 255);
  if (!used.length) return [];
  const counts = part.scratch;
  const touched: number[] = [];
  for (const g of used) {
    const list = postingsOf(part, g);
    for (let k = 0; k < list.length; k++) if (counts[list[k]]++ === 0) touched.push(list[k]);
  }
  const buckets: number[][] = [];
  for (const doc of touched) {
    const c = counts[doc];
    counts[doc] = 0;
    if (c >= minOverlap && !exclude.has(doc)) (buckets[c] ??= []).push(doc);
  }
  const out: number[] = [];
  for (let c = buckets.length - 1; c >= minOverlap && out.length < FUZZY_CANDIDATES; c--) {
    const bucket = buckets[c];
    if (!bucket) continue;
    bucket.sort((a, b) => a - b);
    for (const doc of bucket) {
      if (out.length >= FUZZY_CANDIDATES) break;
      out.push(doc);
    }
  }
  return out.sort((a, b) => a - b);
}

const FIELD_PREFERENCE: Field[] = ["t", "i", "p"];

function fuzzyTier(part: LoadedPart, q: Query, candidates: readonly number[]): Hit[] {
  if (!candidates.length) return [];
  const { Fuse } = part;
  // Fuse searches the keys of the index it is given: an ASCII query sees
  // only the pinyin slot of each record.
  const pinyinSlot = String(part.data.index.keys.findIndex((k) => k.id === "p"));
  const records = candidates.map((doc, j) => {
    const $ = part.records[doc].$;
    return { i: j, $: q.ascii ? (pinyinSlot in $ ? { [pinyinSlot]: $[pinyinSlot] } : {}) : $ };
  });
  const index = Fuse.parseIndex<number>({ keys: part.data.index.keys, records } as unknown as Parameters<typeof Fuse.parseIndex>[0]);
  const options = q.ascii ? { ...FUSE_OPTIONS, threshold: ASCII_THRESHOLD } : FUSE_OPTIONS;
  const fuse = new Fuse<number>(candidates as number[], options, index);
  return fuse.search(q.text).map((r) => {
    const match = FIELD_PREFERENCE.map((f) => r.matches?.find((m) => m.key === f)).find((m) => m != null);
    return {
      doc: r.item,
      exact: false,
      field: (match?.key as Field | undefined) ?? "t",
      ranges: (match?.indices ?? []).map(([a, b]) => [a, b] as Range),
      score: 1 + (r.score ?? 1),
    };
  });
}

/** The best `limit` hits of one part for q, and how many there are in all. */
export function searchPart(part: LoadedPart, q: Query, limit: number): PartResult {
  const exact = exactTier(part, q, limit);
  const hits: Hit[] = exact.top.map((r) => ({
    doc: r.doc,
    exact: true,
    field: r.field,
    ranges: [[r.pos, r.pos + q.text.length - 1]],
    score: r.tier / 10,
  }));
  let total = exact.total;
  if (exact.total < limit) {
    const fuzzy = fuzzyTier(part, q, fuzzyCandidates(part, q, new Set(hits.map((h) => h.doc))));
    total += fuzzy.length;
    hits.push(...fuzzy.slice(0, limit - hits.length));
  }
  return { part: part.name, hits, total };
}

export type ResultView = {
  part: PartName;
  title: string;
  segments: Segment[];
  context: string;
  note: string;
  href: string; // dist path, with #anchor
  hasAmount: boolean;
  amount: number | null;
};

export function resultView(part: LoadedPart, hit: Hit): ResultView {
  const [title0, sy, context, page, anchor, note, amount] = part.data.docs[hit.doc];
  const title = title0 === 0 ? part.t[hit.doc] : title0;
  const ranges = textToTitle(fieldToText(hit.field, hit.ranges, sy), title);
  return {
    part: part.name,
    title,
    segments: segments(title, ranges),
    context: part.data.strings[context],
    note,
    href: part.data.strings[page] + (anchor ? `#${anchor}` : ""),
    hasAmount: amount !== undefined,
    amount: amount ?? null,
  };
}
