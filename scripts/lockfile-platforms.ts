// npm cannot record platform packages that the registry this project installs
// from does not carry (npm/cli#4828), and `npm ci` then refuses the lockfile.
// This adds the missing entries of rollup's native bindings with their os/cpu/
// libc, so `npm ci` validates and skips them on other platforms.
// Run after `npm install` changes rollup: `npx tsx scripts/lockfile-platforms.ts`.
import { readFileSync, writeFileSync } from "node:fs";

const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
const packages: Record<string, Record<string, unknown>> = lock.packages;
const OS: Record<string, string> = { android: "android", darwin: "darwin", freebsd: "freebsd", linux: "linux", openbsd: "openbsd", openharmony: "openharmony", win32: "win32" };
let added = 0;
for (const [path, pkg] of Object.entries(packages)) {
  if (!/(^|\/)node_modules\/rollup$/.test(path)) continue;
  const optional = (pkg.optionalDependencies ?? {}) as Record<string, string>;
  for (const [name, version] of Object.entries(optional)) {
    const at = `${path.replace(/rollup$/, "")}${name}`;
    const key = packages[at] ? at : `node_modules/${name}`;
    if (packages[key]) continue;
    const m = /^@rollup\/rollup-(android|darwin|freebsd|linux|openbsd|openharmony|win32)-([a-z0-9]+?)(?:-(gnu|musl|gnueabihf|musleabihf|msvc|eabi))?$/.exec(name);
    if (!m || !OS[m[1]]) throw new Error(`unknown platform package ${name}`);
    const entry: Record<string, unknown> = { version, cpu: [m[2]], dev: pkg.dev, license: "MIT", optional: true, os: [OS[m[1]]] };
    if (m[3] === "gnu" || m[3] === "gnueabihf") entry.libc = ["glibc"];
    if (m[3] === "musl" || m[3] === "musleabihf") entry.libc = ["musl"];
    if (!pkg.dev) delete entry.dev;
    packages[`node_modules/${name}`] = entry;
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
writeFileSync("package-lock.json", JSON.stringify(lock, null, 2) + "\n");
console.log(`added ${added} platform entries`);
