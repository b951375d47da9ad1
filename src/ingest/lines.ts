// Layer 1: source lines, with a cleaned text for matching. The raw text is kept
// for the source viewer.
import type { Line } from "./model.ts";

const TAG = /<\/?[a-zA-Z][^>]*>/g;

/** Text with all whitespace removed: PDF text spaces letters out at random. */
export const compact = (s: string) => s.replace(/\s+/g, "");

export function cleanText(raw: string): string {
  return raw
    .replace(TAG, "")
    .replace(/^\s*#{1,6}\s+/, "")
    .replace(/\*\*/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/[\u00a0\u3000\u2002-\u200b\ufeff]/g, " ")
    .replace(/&amp;/g, "&")
    .trimEnd();
}

export function toLines(text: string): Line[] {
  const raws = text.replace(/\r\n?/g, "\n").split("\n");
  if (raws.length > 1 && raws[raws.length - 1] === "") raws.pop();
  return raws.map((raw, i) => ({ n: i + 1, raw, text: cleanText(raw) }));
}
