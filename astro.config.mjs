// Static build that works from file:// and under a GitHub Pages sub-path.
// - build.format "file": every page is a named .html file, so links never
//   point at a bare directory (file:// cannot resolve "dir/" to index.html).
// - No `site`/`base`: every URL is computed relative to the current page by
//   src/lib/urls.ts, so the same dist/ works at any mount point.
// - inlineStylesheets "always": a component <style> (if any is ever added) is
//   inlined instead of linked from an absolute "/_astro/…" URL. Site-wide CSS
//   and JS live in public/assets/ and are linked relatively.
import { defineConfig } from "astro/config";

export default defineConfig({
  output: "static",
  // ATLAS_OUT builds elsewhere than dist/ (src/lib/paths.ts), e.g. for benchmarks.
  outDir: process.env.ATLAS_OUT || "./dist",
  trailingSlash: "never",
  build: {
    format: "file",
    inlineStylesheets: "always",
  },
  devToolbar: { enabled: false },
  // Keep the build hermetic: no prefetch script, no telemetry-dependent output.
  prefetch: false,
});
