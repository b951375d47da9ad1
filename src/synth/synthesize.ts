// Synthetic disclosures for scale benchmarks: a seed disclosure under a new
// department name, every money figure multiplied by one integer k. Totals
// still equal the sums of their parts, exactly, so a synthetic document has
// the findings of its seed and no others. Pure: the I/O is in ./write.ts.
import { parseDocument } from "../ingest/document.ts";
import type { Department } from "../lib/schema.ts";
import { departmentName, parseName, type DepartmentName, type NameStyle, type Place } from "./names.ts";
import { findAmounts, scaleAmountText, type AmountSpan } from "./scale.ts";

type Role = "department" | "districtType" | "levelType" | "place" | "province" | "city" | "district";

/** An occurrence of the seed's name or place, possibly spaced out or wrapped over lines. */
interface NameSpan {
  start: number;
  end: number;
  role: Role;
  /** The non-blank runs of the occurrence and the blanks between them. */
  runs: string[];
  gaps: string[];
}

export interface PreparedSeed {
  /** File name of the seed, e.g. "003_287d70c37cde1d0b.txt". */
  file: string;
  /** Its numeric prefix ("003") and extension (".txt"). */
  prefix: string;
  ext: string;
  text: string;
  record: Department;
  style: NameStyle;
  place: Place;
  type: string;
  withProvince: boolean;
  amounts: AmountSpan[];
  names: NameSpan[];
  /**
   * Findings of the seed that are rounding differences (0.01 万元, severity
   * info). Multiplying by k > 1 widens the gap to k × 0.01, which the checks
   * read as a real contradiction (or, for a 类 against its 项, as a table not
   * worth checking): such a seed is copied at k = 1 unless asked otherwise.
   */
  rounding: string[];
}

/** "省" of 四川省, "自治区" of 广西壮族自治区, "市" of 北京市. */
const levelWord = (p: Place) => /(自治区|省|市|区|县)$/.exec(p.prefix)?.[1] ?? "";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Analyse a seed once: where its money figures and its name occur. */
export function prepareSeed(file: string, text: string, record: Department): PreparedSeed {
  const base = file.replace(/^.*\//, "");
  const parsed = parseName(record.department);
  if (!parsed) throw new Error(`synth: cannot tell the place and type of ${record.department} (${base})`);
  const doc = parseDocument(file, text);
  const { style, place, type, withProvince } = parsed;

  // What to replace, longest first: the name, its short forms, then the places.
  const literals: [Role, string][] = [["department", record.department.replace(/\s+/g, "")]];
  if (place.district) literals.push(["districtType", place.district + type]);
  if (style === "province") literals.push(["levelType", levelWord(place) + type]); // 省大数据中心
  literals.push(["place", place.prefix]);
  if (place.province && place.province !== place.city) literals.push(["province", place.province]);
  if (place.city && place.city !== place.prefix) literals.push(["city", place.city]);
  if (place.district && place.district !== place.prefix) literals.push(["district", place.district]);
  const unique = [...new Map(literals.map(([role, s]) => [s, role])).entries()].sort((a, b) => b[0].length - a[0].length);
  const pattern = new RegExp(unique.map(([s]) => [...s].map(escape).join("[\\s\\u3000]*")).join("|"), "g");
  const roleOf = new Map(unique);

  const names: NameSpan[] = [];
  for (const m of text.matchAll(pattern)) {
    const role = roleOf.get(m[0].replace(/[\s\u3000]+/g, ""))!;
    names.push({ start: m.index!, end: m.index! + m[0].length, role, runs: m[0].split(/[\s\u3000]+/), gaps: m[0].match(/[\s\u3000]+/g) ?? [] });
  }
  const ext = /\.[^.]*$/.exec(base)?.[0] ?? "";
  const prefix = /^(\d+)_/.exec(base)?.[1] ?? base.slice(0, base.length - ext.length);
  return { file: base, prefix, ext, text, record, style, place, type, withProvince, amounts: findAmounts(text, doc, [...record.indicators, ...record.departmentIndicators].map((i) => i.name)), names, rounding: record.checks.filter((c) => c.severity === "info").map((c) => c.id) };
}

/** New text for each role, from the new name. */
function replacements(seed: PreparedSeed, to: DepartmentName): Record<Role, string> {
  const p = to.place;
  return {
    department: to.name,
    districtType: (p.district ?? p.prefix) + to.type,
    levelType: levelWord(p) + to.type,
    place: p.prefix,
    province: p.province ?? p.prefix,
    city: p.city ?? p.prefix,
    district: p.district ?? p.prefix,
  };
}

/**
 * Lay `text` over the runs of an occurrence, keeping its blanks and line
 * breaks where they were: the line structure, and so every line number the
 * ingest reports, stays that of the seed.
 */
function spread(text: string, runs: readonly string[], gaps: readonly string[]): string {
  if (runs.length === 1) return text;
  const chars = [...text];
  const total = runs.reduce((s, r) => s + [...r].length, 0);
  let out = "";
  let used = 0;
  let seen = 0;
  runs.forEach((r, i) => {
    seen += [...r].length;
    const left = runs.length - 1 - i; // runs still to fill, one letter each at least
    let upto = i === runs.length - 1 ? chars.length : Math.round((seen / total) * chars.length);
    upto = Math.min(Math.max(upto, used + 1), chars.length - left);
    out += chars.slice(used, Math.max(used, upto)).join("");
    used = Math.max(used, upto);
    if (i < gaps.length) out += gaps[i];
  });
  return out;
}

/** The seed's figures × k: the same for every document of that seed and k. */
const scaledCache = new WeakMap<PreparedSeed, Map<number, string[]>>();
function scaledAmounts(seed: PreparedSeed, k: number): string[] {
  let byK = scaledCache.get(seed);
  if (!byK) scaledCache.set(seed, (byK = new Map()));
  let out = byK.get(k);
  if (!out) byK.set(k, (out = seed.amounts.map((a) => scaleAmountText(seed.text.slice(a.start, a.end), k, a.commas))));
  return out;
}

export interface SynthDoc {
  fileName: string;
  text: string;
  department: string;
  k: number;
  /** The seed it was made from. */
  seed: string;
}

/** A seed's text under another name, with every money figure × k. */
export function synthesize(seed: PreparedSeed, index: number, name: DepartmentName, k: number): SynthDoc {
  const to = replacements(seed, name);
  const scaled = scaledAmounts(seed, k);
  const edits: { start: number; end: number; text: string }[] = [
    ...seed.amounts.map((a, j) => ({ start: a.start, end: a.end, text: scaled[j] })),
    ...seed.names.map((n) => ({ start: n.start, end: n.end, text: spread(to[n.role], n.runs, n.gaps) })),
  ].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const e of edits) {
    if (e.start < at) throw new Error(`synth: overlapping edits at ${e.start} in ${seed.file}`);
    parts.push(seed.text.slice(at, e.start), e.text);
    at = e.end;
  }
  parts.push(seed.text.slice(at));
  return { fileName: synthFileName(seed, index), text: parts.join(""), department: name.name, k, seed: seed.file };
}

export function synthFileName(seed: PreparedSeed, index: number): string {
  return `synth-${String(index + 1).padStart(4, "0")}_${seed.prefix}${seed.ext}`;
}

/** Scale factor by round over the seeds: 2, 3, 4, 5, 1, 2, … */
export function scaleFactor(round: number): number {
  return 1 + ((round + 1) % 5);
}

export interface PlanOptions {
  /** Scale seeds with rounding findings too (their 0.01 gaps become k × 0.01). */
  scaleRounding?: boolean;
}

/**
 * The i-th synthetic document of a set: seeds round-robin (i mod seeds), a
 * name of the seed's level that no other document of the set has, and k.
 */
export function planDoc(seeds: readonly PreparedSeed[], i: number, options: PlanOptions = {}): { seed: PreparedSeed; name: DepartmentName; k: number } {
  const s = i % seeds.length;
  const round = Math.floor(i / seeds.length);
  const seed = seeds[s];
  const same = seeds.filter((x) => x.style === seed.style && x.withProvince === seed.withProvince);
  const n = round * same.length + same.indexOf(seed);
  const reserved = seeds.map((x) => x.record.department);
  const k = seed.rounding.length && !options.scaleRounding ? 1 : scaleFactor(round);
  return { seed, name: departmentName(seed.style, n, { withProvince: seed.withProvince, reserved }), k };
}

export function synthesizeAt(seeds: readonly PreparedSeed[], i: number, options: PlanOptions = {}): SynthDoc {
  const { seed, name, k } = planDoc(seeds, i, options);
  return synthesize(seed, i, name, k);
}
