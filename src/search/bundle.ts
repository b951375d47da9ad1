// Build time: the two scripts the browser runs for search, as classic
// scripts (never modules, so file:// works).
// - assets/search.js: src/search/browser/main.ts and what it imports, bundled
//   by esbuild (Astro's own bundler dependency) into one IIFE. It contains no
//   pinyin-pro: pinyin is computed into the index at build time.
// - assets/fuse.js: Fuse's published minified build. fuse.js 7.5 ships no
//   UMD file; its CommonJS build has no import/export syntax, so it runs as
//   a classic script given a `module` object, and is exposed as window.Fuse.
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const root = process.cwd();

export async function searchScript(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(root, "src/search/browser/main.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2019",
    minify: true,
    charset: "utf8",
    legalComments: "none",
    write: false,
    logLevel: "silent",
    banner: { js: "/* 预算图谱 · Budget Atlas search. Source: src/search/ (bundled at build time). */" },
  });
  const text = result.outputFiles[0].text;
  if (/pinyin-pro|\bimport\s*\(|\bexport\s*\{/.test(text)) throw new Error("search.js must be a classic script without pinyin-pro");
  return text;
}

export function fuseScript(): string {
  const file = createRequire(path.join(root, "package.json")).resolve("fuse.js/min"); // dist/fuse.min.cjs
  const source = readFileSync(file, "utf8");
  if (/^\s*(import|export)\s/m.test(source)) throw new Error(`${file} is not a classic-script build`);
  return `(function(){var module={exports:{}},exports=module.exports;\n${source}\n;window.Fuse=module.exports;})();\n`;
}
