// Reading one source file for scripts/ingest.ts, in the main thread or in a
// worker. Records are plain data, so results cross the worker boundary as is.
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { readFileSync } from "node:fs";
import { ingestOne, type BatchResult } from "../src/ingest/batch.ts";

export interface Job {
  /** The record's name for the source ("seeds/x.txt"). */
  file: string;
  /** As the user wrote it, for messages. */
  path: string;
  fullPath: string;
}

export function readAndIngest({ file, path, fullPath }: Job): BatchResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(fullPath);
  } catch (error) {
    return { ok: false, file, path, error: `${path}:1: cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
  return ingestOne({ file, path, bytes });
}

if (!isMainThread && parentPort) parentPort.postMessage((workerData as Job[]).map(readAndIngest));
