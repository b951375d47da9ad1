// The n-gram inverted index that narrows a query to candidate documents
// before anything is scored, so a query costs the size of a few posting
// lists rather than the whole index.
// Grams of a document: each non-ASCII character of its text (unigrams), and
// each adjacent ASCII pair (bigrams) of its text, pinyin and initials.
// A Chinese query is looked up by its characters (the intersection of their
// lists holds every document containing the query; each is then checked), an
// ASCII query by its bigrams, which cover pinyin, initials and ASCII text.
// Chinese bigrams would be more selective but mostly occur once, and their
// keys cost more bytes than the extra candidates cost time.

const isAsciiUnit = (c: string) => c.charCodeAt(0) < 0x80;

function addAsciiBigrams(out: Set<string>, s: string): void {
  for (let k = 0; k + 1 < s.length; k++) if (isAsciiUnit(s[k]) && isAsciiUnit(s[k + 1])) out.add(s.slice(k, k + 2));
}

export function documentGrams(t: string, p: string, i: string): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k < t.length; k++) if (!isAsciiUnit(t[k])) out.add(t[k]);
  addAsciiBigrams(out, t);
  addAsciiBigrams(out, p);
  addAsciiBigrams(out, i);
  return out;
}

const nonAsciiUnits = (q: string) => [...new Set(q.split("").filter((c) => !isAsciiUnit(c)))];

/**
 * Grams every exact (substring) match of q must contain; empty when the
 * query is too short to look up (a single ASCII letter).
 */
export function exactGrams(q: string): string[] {
  const chars = nonAsciiUnits(q);
  if (chars.length) return chars;
  const out = new Set<string>();
  addAsciiBigrams(out, q);
  return [...out];
}

/**
 * Grams for fuzzy candidates: a match with at most `errors` edits keeps at
 * least `minOverlap` of them. Chinese: distinct characters, each edit loses
 * at most one. ASCII: distinct bigrams, each edit breaks at most two.
 */
export function fuzzyGrams(q: string, ascii: boolean, errors: number): { grams: string[]; minOverlap: number } {
  const grams = exactGrams(q);
  return { grams, minOverlap: Math.max(1, grams.length - (ascii ? 2 : 1) * errors) };
}

/** Sorted document numbers → "first,delta,delta…" in base 36. */
export function encodePostings(ids: readonly number[]): string {
  let out = "";
  let previous = 0;
  for (let k = 0; k < ids.length; k++) {
    if (k) out += ",";
    out += (ids[k] - previous).toString(36);
    previous = ids[k];
  }
  return out;
}

export function decodePostings(encoded: string): Int32Array {
  if (!encoded) return new Int32Array(0);
  const parts = encoded.split(",");
  const ids = new Int32Array(parts.length);
  let previous = 0;
  for (let k = 0; k < parts.length; k++) {
    previous += parseInt(parts[k], 36);
    ids[k] = previous;
  }
  return ids;
}

/** Intersection of sorted lists, walking the shortest and galloping through the rest. */
export function intersectSorted(lists: readonly Int32Array[]): number[] {
  if (!lists.length) return [];
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  const [first, ...rest] = sorted;
  const cursors = rest.map(() => 0);
  const out: number[] = [];
  outer: for (let k = 0; k < first.length; k++) {
    const id = first[k];
    for (let r = 0; r < rest.length; r++) {
      const list = rest[r];
      let lo = cursors[r];
      // Gallop to a bound, then binary-search inside it.
      let step = 1;
      let hi = lo;
      while (hi < list.length && list[hi] < id) {
        lo = hi + 1;
        hi += step;
        step *= 2;
      }
      if (hi > list.length) hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (list[mid] < id) lo = mid + 1;
        else hi = mid;
      }
      cursors[r] = lo;
      if (lo >= list.length) break outer;
      if (list[lo] !== id) continue outer;
    }
    out.push(id);
  }
  return out;
}
