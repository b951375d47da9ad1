// assets/fuse.js: Fuse as a classic script defining window.Fuse (see src/search/bundle.ts).
import type { APIRoute } from "astro";
import { fuseScript } from "../../search/bundle";

export const GET: APIRoute = () => new Response(fuseScript(), { headers: { "Content-Type": "text/javascript; charset=utf-8" } });
