// Many disclosures at once. One bad file never stops the others: each input
// yields a record or a one-line `file:line: message`. Two files that describe
// the same department and year cannot both be published, so the first one (in
// the order given) is kept and the second is reported.
//
// Reading one file (ingestOne) is independent of every other file, so callers
// may run it in parallel; only the duplicate check (keepFirst) needs the order.
import { formatIngestError, IngestError } from "./errors.ts";
import { ingestBytes } from "./ingest.ts";
import type { Extraction } from "./record.ts";
import type { Encoding } from "./decode.ts";

export interface SourceInput {
  /** The name the record gives its source, e.g. "seeds/000_x.txt". */
  file: string;
  /** Where the user keeps it, for messages; defaults to `file`. */
  path?: string;
  bytes: Uint8Array;
}

/** What a caller keeps of an extraction: plain data, so it can cross a worker boundary. */
export type IngestedFile = Pick<Extraction, "record" | "missing" | "warnings">;

export type BatchResult =
  | { ok: true; file: string; path?: string; extraction: IngestedFile; encoding: Encoding }
  | { ok: false; file: string; path?: string; error: string };

export function ingestOne({ file, path, bytes }: SourceInput): BatchResult {
  try {
    const { encoding, record, missing, warnings } = ingestBytes(file, bytes);
    return { ok: true, file, path, extraction: { record, missing, warnings }, encoding };
  } catch (error) {
    return { ok: false, file, path, error: formatIngestError(path ?? file, error) };
  }
}

/** The second record of a department and year becomes an error naming the first file. */
export function keepFirst(results: readonly BatchResult[]): BatchResult[] {
  const bySlug = new Map<string, { path: string; sha256: string }>();
  return results.map((result): BatchResult => {
    if (!result.ok) return result;
    const { slug, source, provenance } = result.extraction.record;
    const first = bySlug.get(slug);
    if (!first) {
      bySlug.set(slug, { path: result.path ?? result.file, sha256: source.sha256 });
      return result;
    }
    const same = first.sha256 === source.sha256 ? "a byte-identical copy of" : "the same department and year as";
    const error = new IngestError(`${same} ${first.path} (${slug}); the first file is kept`, provenance.department ?? 1);
    return { ok: false, file: result.file, path: result.path, error: formatIngestError(result.path ?? result.file, error) };
  });
}

export function ingestBatch(inputs: readonly SourceInput[]): BatchResult[] {
  return keepFirst(inputs.map(ingestOne));
}
