// Content collections: one validated record per disclosure, written by the
// ingest to content/departments/<slug>.json.
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { departmentSchema } from "./lib/schema";

const departments = defineCollection({
  loader: glob({ pattern: "*.json", base: "./content/departments" }),
  schema: departmentSchema,
});

export const collections = { departments };
