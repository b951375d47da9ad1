// Pinyin search fields, made at build time only (pinyin-pro never reaches
// the browser). From a normalized text t:
// - p: full pinyin without tones or separators ("dazhoushi…"); ü is "v";
// - i: initials, one letter per Chinese character ("dzs…");
// - sy: one digit per UTF-16 unit of t giving how many letters that unit
//   contributes to p (0 for punctuation), which lets the browser map a hit in
//   p or i back to characters of t for highlighting.
// ASCII letters and digits in t are kept as they are in both p and i.
import { pinyin } from "pinyin-pro";

export type PinyinFields = { p: string; i: string; sy: string };

export function pinyinFields(t: string): PinyinFields {
  const chars = pinyin(t, { toneType: "none", type: "all", v: true });
  // type "all" gives one entry per character; fall back to one call per
  // character if a future version ever groups them differently.
  const entries =
    chars.map((c) => c.origin).join("") === t
      ? chars.map((c) => ({ origin: c.origin, syllable: c.isZh ? c.pinyin : "" }))
      : [...t].map((ch) => {
          const [c] = pinyin(ch, { toneType: "none", type: "all", v: true });
          return { origin: ch, syllable: c?.isZh ? c.pinyin : "" };
        });
  let p = "";
  let i = "";
  let sy = "";
  for (const { origin, syllable } of entries) {
    const letters = syllable.toLowerCase().replace(/[^a-z]/g, "");
    if (letters) {
      if (letters.length > 9) throw new Error(`unexpected pinyin "${syllable}" for ${origin}`);
      p += letters;
      i += letters[0];
      sy += String(letters.length) + "0".repeat(origin.length - 1);
    } else if (/^[a-z0-9]$/.test(origin)) {
      p += origin;
      i += origin;
      sy += "1";
    } else {
      sy += "0".repeat(origin.length);
    }
  }
  return { p, i, sy };
}
