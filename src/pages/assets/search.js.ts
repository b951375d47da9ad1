// assets/search.js: the search box and search page script (see src/search/bundle.ts).
import type { APIRoute } from "astro";
import { searchScript } from "../../search/bundle";

export const GET: APIRoute = async () =>
  new Response(await searchScript(), { headers: { "Content-Type": "text/javascript; charset=utf-8" } });
