// The properties every mutated disclosure must keep:
//  (a) the ingest returns a record or throws an IngestError — nothing else;
//  (b) every figure of a returned record is found on its provenance line;
//  (c) the ingest finishes in bounded time.
import { ingestText } from "../ingest/ingest.ts";
import { IngestError } from "../ingest/errors.ts";
import type { Department } from "../lib/schema.ts";
import { untraced, type UntracedFigure } from "./trace.ts";

export type FailureKind = "exception" | "untraced" | "slow";

export interface CaseResult {
  outcome: "record" | "ingestError" | "failure";
  kind?: FailureKind;
  message?: string;
  /** Top of the stack for exceptions. */
  stack?: string;
  untraced?: UntracedFigure[];
  ms: number;
  record?: Department;
}

/** Per-case time above which a case fails (c). */
export const SLOW_MS = 2000;

/**
 * Untraced figures of an unmutated seed, keyed so that line shifts (and list
 * indices shifted by a deleted row) do not matter: path pattern, value, line text.
 */
export type Baseline = Set<string>;

export const baselineKey = (f: UntracedFigure) => `${f.path.replace(/\.\d+(?=\.|$)/g, ".N")}\u0000${f.value}\u0000${f.text}`;

/** The seed's own untraced figures: already reported, so not counted again for every mutation. */
export function baselineOf(file: string, text: string): { baseline: Baseline; figures: UntracedFigure[] } {
  const { record } = ingestText(file, text, "fuzz");
  const figures = untraced(record, text);
  return { baseline: new Set(figures.map(baselineKey)), figures };
}

export function runCase(file: string, text: string, baseline: Baseline = new Set(), slowMs = SLOW_MS): CaseResult {
  const t0 = performance.now();
  let record: Department;
  try {
    record = ingestText(file, text, "fuzz").record;
  } catch (error) {
    const ms = performance.now() - t0;
    if (error instanceof IngestError) return { outcome: "ingestError", message: error.message, ms };
    const e = error instanceof Error ? error : new Error(String(error));
    return { outcome: "failure", kind: "exception", message: `${e.name}: ${e.message}`, stack: stackTop(e), ms };
  }
  const ms = performance.now() - t0;
  const lost = untraced(record, text).filter((f) => !baseline.has(baselineKey(f)));
  if (lost.length) {
    const f = lost[0];
    return {
      outcome: "failure",
      kind: "untraced",
      message: `${f.path} = ${f.value} (${f.state ?? "no state"}) not on line ${f.line}${f.joinedWithNext ? " (only joined with the next line)" : ""}: ${JSON.stringify(f.text.slice(0, 120))}${lost.length > 1 ? ` (+${lost.length - 1} more)` : ""}`,
      untraced: lost,
      ms,
      record,
    };
  }
  if (ms > slowMs) return { outcome: "failure", kind: "slow", message: `ingest took ${Math.round(ms)} ms (limit ${slowMs} ms)`, ms, record };
  return { outcome: "record", ms, record };
}

/** The first stack frames inside the project, without absolute paths. */
export function stackTop(e: Error, frames = 4): string {
  const lines = (e.stack ?? "").split("\n").filter((l) => /^\s+at /.test(l));
  const own = lines.filter((l) => /\/src\//.test(l) && !/node_modules/.test(l));
  return (own.length ? own : lines)
    .slice(0, frames)
    .map((l) => l.trim().replace(/^at /, "").replace(/(file:\/\/)?\/[^\s()]*\/(src\/)/, "$2"))
    .join(" ← ");
}

/**
 * A failure's class: the same bug met through different mutations. Exceptions by
 * type and the innermost project frame; untraced figures by path pattern
 * (indices as N) and state; schema failures by the fields named.
 */
export function failureClass(seedFile: string, r: CaseResult): string {
  if (r.kind === "exception") {
    const frame = (r.stack ?? "").split(" ← ")[0].replace(/:\d+:\d+\)?$/, "").replace(/^.*\((?=src\/)/, "");
    const schema = /record fails the schema: (.*)/.exec(r.message ?? "");
    if (schema) return `exception:schema:${schema[1].replace(/\.\d+\./g, ".N.").replace(/: .*?(;|$)/g, "$1")}`;
    return `exception:${(r.message ?? "").replace(/\d+/g, "N").slice(0, 80)}@${frame}`;
  }
  if (r.kind === "untraced") {
    const f = r.untraced?.[0];
    const path = f ? `${f.path.replace(/\.\d+(?=\.|$)/g, ".N")}${f.state ? `(${f.state})` : ""}${f.joinedWithNext ? "(broken across lines)" : ""}${f.acrossMarkdown ? "(** inside number)" : ""}` : "?";
    return `untraced:${seedFile.slice(0, 3)}:${path}`;
  }
  return `${r.kind}`;
}
