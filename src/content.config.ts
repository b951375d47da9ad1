// Content collections: one validated record per disclosure, written by the
// ingest to content/departments/<slug>.json (or $ATLAS_RECORDS).
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { departmentSchema } from "./lib/schema";
import { recordsDir } from "./lib/paths";

const departments = defineCollection({
  loader: glob({ pattern: "*.json", base: recordsDir() }),
  schema: departmentSchema,
});

export const collections = { departments };
