// Text width estimates for chart margins. Plot assumes Latin text; a CJK
// character is about 1em wide, a Latin digit/letter about 0.6em.

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Estimated rendered width of `text` in em. */
export function textWidthEm(text: string): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : 0.6;
  return em;
}

/** Pixels needed for the widest label at `fontSize`, plus padding. */
export function labelWidthPx(labels: readonly string[], fontSize: number, padding = 12): number {
  const widest = labels.reduce((max, l) => Math.max(max, textWidthEm(l)), 0);
  return Math.ceil(widest * fontSize + padding);
}

/** Shorten a label to at most `maxEm` em, ending with an ellipsis. */
export function truncateLabel(text: string, maxEm: number): string {
  if (textWidthEm(text) <= maxEm) return text;
  let out = "";
  let em = 0;
  for (const ch of text) {
    const w = WIDE.test(ch) ? 1 : 0.6;
    if (em + w > maxEm - 1) break;
    out += ch;
    em += w;
  }
  return `${out}…`;
}
