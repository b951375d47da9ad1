// Text normalization shared by the search index (build time) and the query
// (in the browser), so both sides compare like with like:
// - NFKC folds full-width forms to half-width (ＡＢＣ１２３ → ABC123, （） → ()),
//   and compatibility ideographs / Kangxi radicals from PDF text to the
//   ordinary characters;
// - ASCII letters are lower-cased;
// - whitespace, quotation marks and book-title marks are dropped, so
//   三公经费 finds “三公”经费 and 四川省 大数据中心 finds 四川省大数据中心.
// Each character is normalized on its own, which keeps a map from every
// normalized position back to the original text (for highlighting).

const DROPPED = /^[\s"'“”‘’「」『』〝〞《》〈〉]+$/u;

export type Normalized = {
  text: string;
  /** map[j] = index in the original string of the character that produced text[j] (UTF-16 units). */
  map: number[];
};

export function normalizeWithMap(input: string): Normalized {
  let text = "";
  const map: number[] = [];
  let at = 0;
  for (const ch of input) {
    const folded = ch.normalize("NFKC").toLowerCase();
    if (!DROPPED.test(folded)) {
      for (let k = 0; k < folded.length; k++) {
        if (DROPPED.test(folded[k])) continue;
        text += folded[k];
        map.push(at);
      }
    }
    at += ch.length;
  }
  return { text, map };
}

export function normalize(input: string): string {
  return normalizeWithMap(input).text;
}

/** True when the text is plain ASCII: searched against pinyin and initials as well as the text. */
export function isAscii(text: string): boolean {
  return /^[\x00-\x7f]*$/.test(text);
}
