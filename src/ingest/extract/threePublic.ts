// The 三公 table: 合计 = 因公出国 + 公务用车购置及运行费 + 公务接待费, and
// 公务用车购置及运行费 = 购置 + 运行. Amounts are placed by these identities and
// by the figures the narrative and the economic classification state.
import { budgetRows, type BudgetRow } from "../cells.ts";
import { totalRow } from "./budgetTables.ts";
import { parseAmount, type Micro, type Unit } from "../decimal.ts";
import type { Row, Table } from "../model.ts";
import { place, type Identity, type Placement } from "../place.ts";
import type { ThreePublicItem } from "./narrative.ts";

export const ITEMS: ThreePublicItem[] = ["total", "overseas", "vehicleTotal", "vehiclePurchase", "vehicleOperation", "reception"];

export interface ThreePublicFigures {
  year: number | null;
  values: Record<ThreePublicItem, Micro | null>;
  lines: Record<ThreePublicItem, number>;
  ambiguous: ThreePublicItem[];
  violated: boolean;
  /** Items whose cell was blank and whose value the identities fix. */
  blank: ThreePublicItem[];
}

const identitiesFor = (g: string): Identity[] => [
  { total: `${g}.total`, parts: [`${g}.overseas`, `${g}.vehicleTotal`, `${g}.reception`] },
  { total: `${g}.vehicleTotal`, parts: [`${g}.vehiclePurchase`, `${g}.vehicleOperation`] },
];

/** Years named in the header when the table has one column group per year. */
function headerYears(rows: readonly Row[]): number[] {
  for (const r of rows) {
    const years = r.cells.map((c) => /^(20\d\d)年/.exec(c.text.trim())?.[1]).filter((y): y is string => !!y);
    if (years.length >= 2) return years.map(Number);
    if (r.cells.some((c) => /\d\.\d/.test(c.text))) break;
  }
  return [];
}

export function threePublicFigures(
  table: Table,
  hintsByYear: Record<number, Partial<Record<ThreePublicItem, Micro>>>,
  currentYear: number | null,
): ThreePublicFigures[] {
  const rows = budgetRows(table);
  const total = totalRow(rows);
  if (!total) return [];
  const years = headerYears(table.rows);
  const groups = years.length ? years.map(String) : [String(currentYear ?? "current")];
  const columns = groups.flatMap((g) => ITEMS.map((i) => `${g}.${i}`));
  const identities = groups.flatMap(identitiesFor);
  const hints: Record<string, Micro> = {};
  groups.forEach((g) => {
    for (const [item, v] of Object.entries(hintsByYear[Number(g)] ?? {})) {
      if (v !== undefined) hints[`${g}.${item}`] = v;
    }
  });
  const amounts = total.amounts.slice(0, columns.length);
  const placed = byPosition(total, columns, table.unit) ?? place(amounts.map((a) => a.value), columns, identities, hints);
  if (!placed) return [];
  return groups.map((g) => {
    const values = {} as Record<ThreePublicItem, Micro | null>;
    const lines = {} as Record<ThreePublicItem, number>;
    for (const item of ITEMS) {
      const col = `${g}.${item}`;
      values[item] = placed.values[col];
      const k = placed.from[col];
      lines[item] = k === undefined ? total.line : amounts[k].line;
    }
    const before = ITEMS.filter((i) => values[i] === null);
    reconcile(values, lines);
    return {
      blank: before.filter((i) => values[i] !== null),
      year: /^\d{4}$/.test(g) ? Number(g) : currentYear,
      values,
      lines,
      ambiguous: placed.ambiguous.filter((c) => c.startsWith(`${g}.`)).map((c) => c.slice(g.length + 1) as ThreePublicItem),
      violated: placed.violated.some((id) => id.total.startsWith(`${g}.`)),
    };
  });
}

/**
 * Layouts that keep blank cells (tab-separated, markdown) state each column's
 * cell: when the row has exactly one cell per column, position is read, not guessed.
 */
function byPosition(row: BudgetRow, columns: string[], unit: Unit | null): Placement | null {
  const cells = row.row.cells.map((c) => c.text.trim());
  const label = row.label.replace(/\s+/g, "");
  const labelAt = label ? cells.findIndex((t) => t && t.replace(/\s+/g, "") === label) : -1;
  const after = row.row.cells.slice(labelAt + 1);
  const trimmed = after.slice(0, after.map((c) => c.text.trim() !== "").lastIndexOf(true) + 1);
  if (trimmed.length !== columns.length || !trimmed.some((c) => !c.text.trim())) return null;
  const values: Placement["values"] = {};
  const from: Placement["from"] = {};
  let k = 0;
  for (const [i, col] of columns.entries()) {
    const text = trimmed[i].text.trim();
    if (!text) {
      values[col] = null;
      continue;
    }
    // A cell that is neither blank nor an amount: positions can't be trusted.
    const value = parseAmount(text, unit ?? "万元");
    if (value === null) return null;
    values[col] = value;
    from[col] = k++;
  }
  return { values, from, ambiguous: [], violated: [] };
}

/**
 * A blank cell is zero when a stated total reconciles without it; a blank
 * subtotal equals its one non-zero part. A blank subtotal is never filled
 * with the sum of two non-zero parts: that figure is not in the document.
 */
function reconcile(v: Record<ThreePublicItem, Micro | null>, lines: Record<ThreePublicItem, number>): void {
  const parts = (["vehiclePurchase", "vehicleOperation"] as const).filter((k) => v[k] !== null);
  const nonZero = parts.filter((k) => v[k] !== 0n);
  if (v.vehicleTotal === null && parts.length && nonZero.length <= 1) {
    v.vehicleTotal = nonZero.length ? v[nonZero[0]] : 0n;
    // Traced to the line that states the figure.
    if (nonZero.length) lines.vehicleTotal = lines[nonZero[0]];
  }
  if (v.vehicleTotal !== null) {
    if (v.vehiclePurchase === null && v.vehicleOperation !== null && v.vehicleOperation === v.vehicleTotal) v.vehiclePurchase = 0n;
    if (v.vehicleOperation === null && v.vehiclePurchase !== null && v.vehiclePurchase === v.vehicleTotal) v.vehicleOperation = 0n;
  }
  if (v.total !== null) {
    const known = (["overseas", "vehicleTotal", "reception"] as const).filter((k) => v[k] !== null);
    const sum = known.reduce((s, k) => s + v[k]!, 0n);
    if (sum === v.total) for (const k of ["overseas", "vehicleTotal", "reception"] as const) v[k] ??= 0n;
    if (v.vehicleTotal === 0n) {
      v.vehiclePurchase ??= 0n;
      v.vehicleOperation ??= 0n;
    }
  }
}
