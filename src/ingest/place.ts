// Placing the amounts of a row whose blank cells vanished. The amounts keep
// their order; which columns they fill is decided by the table's own
// arithmetic (a total equals the sum of its parts) and by figures other
// tables state — never by position alone.
import type { Micro } from "./decimal.ts";

export interface Identity {
  total: string;
  parts: string[];
}

export interface Placement {
  /** Column → amount; null where the row left the cell blank. */
  values: Record<string, Micro | null>;
  /** Index into the amounts for each placed column (provenance). */
  from: Record<string, number>;
  /** Columns the best placements disagree on: left null. */
  ambiguous: string[];
  /** Identities the chosen placement does not satisfy. */
  violated: Identity[];
}

export function place(
  amounts: readonly Micro[],
  columns: readonly string[],
  identities: readonly Identity[],
  hints: Readonly<Record<string, Micro>> = {},
): Placement | null {
  if (amounts.length > columns.length || !amounts.length) return null;
  let best: { score: number; picks: number[][] } = { score: -Infinity, picks: [] };
  for (const pick of combinations(columns.length, amounts.length)) {
    const score = scoreOf(pick, amounts, columns, identities, hints);
    if (score > best.score) best = { score, picks: [pick] };
    else if (score === best.score) best.picks.push(pick);
  }
  const [first] = best.picks;
  const values: Record<string, Micro | null> = {};
  const from: Record<string, number> = {};
  const ambiguous: string[] = [];
  columns.forEach((col, c) => {
    const seen = new Set(best.picks.map((p) => p.indexOf(c)).map((k) => (k < 0 ? "blank" : String(amounts[k]))));
    if (seen.size > 1) {
      values[col] = null;
      ambiguous.push(col);
      return;
    }
    const k = first.indexOf(c);
    values[col] = k < 0 ? null : amounts[k];
    if (k >= 0) from[col] = k;
  });
  const filled = withDerived(values, identities);
  const violated = identities.filter((id) => holds(filled, id) === false);
  return { values, from, ambiguous, violated };
}

function scoreOf(
  pick: number[],
  amounts: readonly Micro[],
  columns: readonly string[],
  identities: readonly Identity[],
  hints: Readonly<Record<string, Micro>>,
): number {
  const values: Record<string, Micro | null> = {};
  columns.forEach((col, c) => {
    const k = pick.indexOf(c);
    values[col] = k < 0 ? null : amounts[k];
  });
  const filled = withDerived(values, identities);
  let score = 0;
  for (const id of identities) {
    const h = holds(filled, id);
    if (h === true && values[id.total] !== null) score += 2;
    if (h === false) score -= 3;
  }
  for (const [col, hint] of Object.entries(hints)) {
    if (!(col in values)) continue;
    const v = filled[col] ?? 0n;
    score += v === hint ? 1 : -1;
  }
  return score;
}

/** Blank subtotals whose parts are stated take the sum of the parts. */
function withDerived(values: Record<string, Micro | null>, identities: readonly Identity[]): Record<string, Micro | null> {
  const filled = { ...values };
  for (const id of [...identities].reverse()) {
    if (filled[id.total] === null && id.parts.some((p) => filled[p] !== null)) {
      filled[id.total] = id.parts.reduce((s, p) => s + (filled[p] ?? 0n), 0n);
    }
  }
  return filled;
}

/** true/false when decidable; null when the parts are all blank (no breakdown given). */
function holds(values: Record<string, Micro | null>, id: Identity): boolean | null {
  const total = values[id.total];
  if (id.parts.every((p) => values[p] === null)) return null;
  const sum = id.parts.reduce((s, p) => s + (values[p] ?? 0n), 0n);
  return (total ?? 0n) === sum;
}

function* combinations(n: number, k: number): Generator<number[]> {
  const pick = Array.from({ length: k }, (_, i) => i);
  while (true) {
    yield [...pick];
    let i = k - 1;
    while (i >= 0 && pick[i] === n - k + i) i--;
    if (i < 0) return;
    pick[i]++;
    for (let j = i + 1; j < k; j++) pick[j] = pick[j - 1] + 1;
  }
}
