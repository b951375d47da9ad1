// The one error the ingest throws on purpose: it names the line it stopped at,
// so a user can open the file there. Anything else escaping the ingest is a bug.
export class IngestError extends Error {
  constructor(
    message: string,
    /** 1-based source line the problem is on; 1 when it concerns the whole file. */
    readonly line: number,
  ) {
    super(message);
    this.name = "IngestError";
  }
}

/** `file:line: message`, the form editors and terminals link to. */
export function formatIngestError(file: string, error: unknown): string {
  if (error instanceof IngestError) return `${file}:${error.line}: ${error.message}`;
  const message = error instanceof Error ? error.message : String(error);
  return `${file}:1: internal error: ${message}`;
}
