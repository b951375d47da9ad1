// Many disclosures at once. One bad file never stops the others: each input
// yields a record or a one-line `file:line: message`. Two files that describe
// the same department and year cannot both be published, so the first one (in
// the order given) is kept and the second is reported.
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

export type BatchResult =
  | { ok: true; file: string; path?: string; extraction: Extraction; encoding: Encoding }
  | { ok: false; file: string; path?: string; error: string };

export function ingestBatch(inputs: readonly SourceInput[]): BatchResult[] {
  const bySlug = new Map<string, { path: string; sha256: string }>();
  return inputs.map(({ file, path, bytes }): BatchResult => {
    try {
      const { encoding, ...extraction } = ingestBytes(file, bytes);
      const { slug, source, provenance } = extraction.record;
      const first = bySlug.get(slug);
      if (first) {
        const same = first.sha256 === source.sha256 ? "a byte-identical copy of" : "the same department and year as";
        throw new IngestError(`${same} ${first.path} (${slug}); the first file is kept`, provenance.department ?? 1);
      }
      bySlug.set(slug, { path: path ?? file, sha256: source.sha256 });
      return { ok: true, file, path, extraction, encoding };
    } catch (error) {
      return { ok: false, file, path, error: formatIngestError(path ?? file, error) };
    }
  });
}
