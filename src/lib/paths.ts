// Where a build reads and writes. Defaults build the committed atlas; the
// environment points a build at a user's own documents:
//   ATLAS_SEEDS=DIR    the disclosures to read (default seeds/)
//   ATLAS_RECORDS=DIR  where records are written and read (default content/departments/)
//   ATLAS_OUT=DIR      the built site (default dist/)
import path from "node:path";

export const seedsDir = () => path.resolve(process.env.ATLAS_SEEDS || "seeds");
export const recordsDir = () => path.resolve(process.env.ATLAS_RECORDS || "content/departments");
export const outDir = () => path.resolve(process.env.ATLAS_OUT || "dist");

/**
 * A record names its source as "seeds/<file name>": the file's place in the
 * atlas's sources directory, wherever that directory is on the building machine.
 */
export const sourceName = (fileName: string) => `seeds/${fileName}`;

/** The file behind a record's source name. Only names inside the sources directory resolve. */
export function sourcePath(file: string): string {
  const name = file.replace(/^seeds\//, "");
  if (!name || name.includes("/") || name.includes("\\") || name.startsWith(".")) throw new Error(`not a source name: ${file}`);
  return path.join(seedsDir(), name);
}
