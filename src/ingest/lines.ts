// Layer 1: source lines, with a cleaned text for matching. The raw text is kept
// for the source viewer.
import type { Line } from "./model.ts";

const TAG = /<\/?[a-zA-Z][^>]*>/g;

/** Text with all whitespace removed: PDF text spaces letters out at random. */
export const compact = (s: string) => s.replace(/\s+/g, "");

/**
 * Full-width digits (１，２３４．５６) come from Chinese input methods. They are
 * read as ASCII; a full-width comma is a thousands separator only between a
 * digit and exactly three digits, elsewhere it is punctuation.
 */
export function asciiDigits(s: string): string {
  if (!/[０-９]/.test(s)) return s;
  return s
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/(\d)．(?=\d)/g, "$1.")
    .replace(/(\d)，(?=\d{3}(?!\d))/g, "$1,")
    .replace(/－(?=\d)/g, "-");
}

/** Characters any of the clean-ups below act on; most lines have none. */
const NEEDS_CLEANING = /[<#*&\u00a0\u3000\u2002-\u200b\ufeff０-９]/;

export function cleanText(raw: string): string {
  if (!NEEDS_CLEANING.test(raw)) return raw.trimEnd();
  return asciiDigits(raw)
    .replace(TAG, "")
    .replace(/^\s*#{1,6}\s+/, "")
    .replace(/\*\*([^*]+)\*\*/g, "$1")
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
