// npx tsx scripts/synth.ts --n 1000 --out /tmp/synth-1000
// N synthetic disclosures for scale benchmarks, round-robin over seeds/:
// new department names, every money figure × an integer k (src/synth/).
// --scale-rounding also scales seeds whose findings include a 0.01 rounding
// difference (by default they are copied at k = 1 to keep their findings).
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { SEEDS_DIR, writeSynth } from "../src/synth/write.ts";

export { writeSynth } from "../src/synth/write.ts";

const USAGE = "usage: npx tsx scripts/synth.ts --n 1000 [--out /tmp/synth-1000] [--seeds seeds] [--scale-rounding]";

function main(argv: string[]): number {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--scale-rounding") {
      args.set("scale-rounding", "1");
      continue;
    }
    const m = /^--(n|out|seeds)(?:=(.*))?$/.exec(argv[i]);
    if (!m) {
      console.error(`unknown argument ${argv[i]}\n${USAGE}`);
      return 2;
    }
    args.set(m[1], m[2] ?? argv[++i] ?? "");
  }
  const n = Number(args.get("n"));
  if (!/^\d+$/.test(args.get("n") ?? "")) {
    console.error(USAGE);
    return 2;
  }
  const out = args.get("out") || `/tmp/synth-${n}`;
  const r = writeSynth(n, out, { seedsDir: args.get("seeds") ? resolve(args.get("seeds")!) : SEEDS_DIR, scaleRounding: args.has("scale-rounding") });
  console.log(`synth: ${r.files} files, ${r.bytes} bytes (${(r.bytes / 1024 / 1024).toFixed(1)} MB) in ${r.ms.toFixed(0)} ms → ${r.outDir}`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
