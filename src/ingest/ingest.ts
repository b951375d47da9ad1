// Text of one disclosure → validated record. Pure: the CLI does the I/O.
import { departmentSchema } from "../lib/schema.ts";
import { parseDocument } from "./document.ts";
import { buildRecord, type Extraction } from "./record.ts";
import { runChecks } from "../checks/index.ts";
import { IngestError } from "./errors.ts";
import { decodeSource, type Encoding } from "./decode.ts";
import { createHash } from "node:crypto";
import type { Document, Table, TableKind } from "./model.ts";

/** Tables a disclosure states once: a second one means two disclosures in one file. */
const ONCE: ReadonlySet<TableKind> = new Set(["incomeExpenditureSummary", "incomeSummary", "expenditureSummary", "fiscalSummary"]);

function refuseConcatenation(doc: Document): void {
  const seen = new Map<TableKind, Table>();
  for (const table of doc.tables) {
    if (!ONCE.has(table.kind)) continue;
    const first = seen.get(table.kind);
    if (first) {
      throw new IngestError(`a second ${table.title} (the first is at line ${first.line}): the file seems to hold more than one disclosure; give each its own file`, table.line);
    }
    seen.set(table.kind, table);
  }
}

/** Bytes of one disclosure → validated record. The encoding is detected, not assumed. */
export function ingestBytes(file: string, bytes: Uint8Array): Extraction & { encoding: Encoding } {
  const { text, encoding } = decodeSource(bytes);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  return { ...ingestText(file, text, sha256), encoding };
}

export function ingestText(file: string, text: string, sha256: string): Extraction {
  if (!text.trim()) throw new IngestError("empty file: no text to read", 1);
  const doc = parseDocument(file, text);
  if (!doc.tables.length) throw new IngestError(`no budget table found in ${doc.lines.length} lines (layout ${doc.layout}): expected titles such as 部门收支总表`, 1);
  refuseConcatenation(doc);
  const extraction = buildRecord(doc, { file, sha256 });
  const { checks, completeness } = runChecks(extraction.record, extraction.observations, doc, extraction.reference);
  extraction.record.checks = checks;
  extraction.record.completeness = completeness;
  const parsed = departmentSchema.safeParse(extraction.record);
  if (!parsed.success) throw new Error(`record fails the schema: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return { ...extraction, record: parsed.data };
}
