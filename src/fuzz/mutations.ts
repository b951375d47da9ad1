// Random damage to a disclosure's text, as data: each mutation is a plain
// object, so a failing case prints (and shrinks) as a list of edits.
//
// Positions are drawn as naturals and taken modulo the document's current
// size, so any mutation applies to any document and shrinks towards its start.
// `focus` picks among lines that hold a digit instead: the tables and the
// sentences that state figures, where damage matters most.
import fc from "fast-check";

export type Mutation =
  | { kind: "deleteLines"; at: number; count: number; focus: boolean }
  | { kind: "splitLine"; at: number; pos: number; focus: boolean }
  | { kind: "joinLines"; at: number; sep: string; focus: boolean }
  | { kind: "swapCells"; at: number; i: number; j: number; focus: boolean }
  | { kind: "insertJunk"; at: number; pos: number; junk: string; focus: boolean }
  | { kind: "duplicateLine"; at: number; focus: boolean }
  | { kind: "truncate"; at: number; focus: boolean };

/** Lines of a text as the mutations see them: split on "\n" only, so joining back is exact. */
export const toMutableLines = (text: string): string[] => text.split("\n");
export const fromMutableLines = (lines: readonly string[]): string => lines.join("\n");

/** Index of the line a mutation targets, or -1 when the document has no such line. */
export function targetLine(lines: readonly string[], at: number, focus: boolean): number {
  if (!lines.length) return -1;
  if (!focus) return at % lines.length;
  const numeric: number[] = [];
  for (let i = 0; i < lines.length; i++) if (/[0-9]/.test(lines[i])) numeric.push(i);
  return numeric.length ? numeric[at % numeric.length] : at % lines.length;
}

/** Cells of a line with their separators kept: ["a", "\t", "b", " | ", "c"]. */
export function splitCells(line: string): string[] {
  return line.split(/(\t+|\s*\|\s*|\s{2,}|\u3000+)/);
}

/** Apply one mutation. Pure: returns new lines. */
export function applyMutation(lines: readonly string[], m: Mutation): string[] {
  const out = [...lines];
  const t = targetLine(out, m.at, m.focus);
  if (t < 0) return out;
  switch (m.kind) {
    case "deleteLines":
      out.splice(t, m.count);
      return out;
    case "splitLine": {
      const line = out[t];
      const p = m.pos % (line.length + 1);
      out.splice(t, 1, line.slice(0, p), line.slice(p));
      return out;
    }
    case "joinLines":
      if (t + 1 >= out.length) return out;
      out.splice(t, 2, out[t] + m.sep + out[t + 1]);
      return out;
    case "swapCells": {
      const parts = splitCells(out[t]);
      const cells = parts.length === 1 ? 1 : (parts.length + 1) / 2;
      if (cells < 2) return out;
      const a = 2 * (m.i % cells);
      const b = 2 * (m.j % cells);
      [parts[a], parts[b]] = [parts[b], parts[a]];
      out[t] = parts.join("");
      return out;
    }
    case "insertJunk": {
      const line = out[t];
      const p = m.pos % (line.length + 1);
      out[t] = line.slice(0, p) + m.junk + line.slice(p);
      return out;
    }
    case "duplicateLine":
      out.splice(t, 0, out[t]);
      return out;
    case "truncate":
      return out.slice(0, t);
  }
}

export function applyMutations(text: string, mutations: readonly Mutation[]): string {
  let lines = toMutableLines(text);
  for (const m of mutations) lines = applyMutation(lines, m);
  return fromMutableLines(lines);
}

/** One line per mutation, naming the concrete lines it touched in the document as it was then. */
export function describeMutations(text: string, mutations: readonly Mutation[]): string[] {
  let lines = toMutableLines(text);
  const out: string[] = [];
  for (const m of mutations) {
    const t = targetLine(lines, m.at, m.focus);
    const n = t + 1;
    const excerpt = (s: string | undefined) => JSON.stringify((s ?? "").length > 60 ? (s ?? "").slice(0, 60) + "…" : s ?? "");
    switch (m.kind) {
      case "deleteLines":
        out.push(`delete lines ${n}–${Math.min(lines.length, t + m.count)} (${m.count})`);
        break;
      case "splitLine":
        out.push(`split line ${n} at column ${m.pos % ((lines[t] ?? "").length + 1)}: ${excerpt(lines[t])}`);
        break;
      case "joinLines":
        out.push(`join lines ${n} and ${n + 1} with ${JSON.stringify(m.sep)}: ${excerpt(lines[t])} + ${excerpt(lines[t + 1])}`);
        break;
      case "swapCells":
        out.push(`swap cells ${m.i} and ${m.j} of line ${n}: ${excerpt(lines[t])}`);
        break;
      case "insertJunk":
        out.push(`insert ${escapeJunk(m.junk)} into line ${n} at column ${m.pos % ((lines[t] ?? "").length + 1)}: ${excerpt(lines[t])}`);
        break;
      case "duplicateLine":
        out.push(`duplicate line ${n}: ${excerpt(lines[t])}`);
        break;
      case "truncate":
        out.push(`truncate before line ${n} (keep ${Math.max(0, t)} of ${lines.length} lines)`);
        break;
    }
    lines = applyMutation(lines, m);
  }
  return out;
}

/** JSON-quoted, with lone surrogates and controls as \u escapes so the text prints safely. */
export function escapeJunk(s: string): string {
  return JSON.stringify(s).replace(/[\ud800-\udfff]|\p{Cc}/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

// ---- arbitraries -------------------------------------------------------------

const code = (from: number, to: number) => fc.integer({ min: from, max: to }).map((c) => String.fromCharCode(c));

/** One junk character: the ones that matter to the tokenizers, and random text. */
export const junkChar: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("|", "\t", "<", ">", "&", "\u0000", " ", "  ", "\r", ",", ".", "-", "−", "：", "（", "）", "年", "万元", "单位：元", "合计", "\u3000", "\u00a0", "<b>", "</b>", "&nbsp;", "**", "# ") },
  { weight: 3, arbitrary: code(0x30, 0x39) }, // ASCII digits
  { weight: 2, arbitrary: code(0xff10, 0xff19) }, // full-width digits
  { weight: 1, arbitrary: fc.constantFrom("，", "．", "－") },
  { weight: 3, arbitrary: code(0x4e00, 0x9fff) }, // CJK
  { weight: 1, arbitrary: code(0xd800, 0xdfff) }, // lone surrogates
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 2 }) }, // any code points
  { weight: 1, arbitrary: code(0x20, 0x7e) },
);

export const junk: fc.Arbitrary<string> = fc.array(junkChar, { minLength: 1, maxLength: 8 }).map((cs) => cs.join(""));

const at = fc.nat({ max: 100_000 });
const focus = fc.boolean();

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("deleteLines" as const), at, count: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 60 })), focus }),
  fc.record({ kind: fc.constant("splitLine" as const), at, pos: fc.nat({ max: 400 }), focus }),
  fc.record({ kind: fc.constant("joinLines" as const), at, sep: fc.constantFrom("", " ", "\t", " | "), focus }),
  fc.record({ kind: fc.constant("swapCells" as const), at, i: fc.nat({ max: 20 }), j: fc.nat({ max: 20 }), focus }),
  fc.record({ kind: fc.constant("insertJunk" as const), at, pos: fc.nat({ max: 400 }), junk, focus }),
  fc.record({ kind: fc.constant("duplicateLine" as const), at, focus }),
  fc.record({ kind: fc.constant("truncate" as const), at, focus }),
);

/** 1–5 mutations, applied in order. */
export const mutations: fc.Arbitrary<Mutation[]> = fc.array(mutation, { minLength: 1, maxLength: 5 });
