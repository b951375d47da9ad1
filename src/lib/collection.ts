// Reads the departments collection once, in a stable order (by slug), so
// every page and data file lists departments identically across builds.
import { getCollection } from "astro:content";
import type { Department } from "./schema";

export async function allDepartments(): Promise<Department[]> {
  const entries = await getCollection("departments");
  return entries.map((e) => e.data).sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}
