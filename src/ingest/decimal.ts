// Exact decimal amounts. Sums and unit conversions run on scaled integers so
// that no floating-point drift reaches a published figure.

/** Fixed scale: 1e-6 万元 is 0.01 元, the smallest unit any template states. */
const SCALE = 6;
const FACTOR = 10n ** BigInt(SCALE);

export type Unit = "万元" | "元";

/** An amount held as an integer count of 1e-6 万元. */
export type Micro = bigint;

const NUMBER = /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** True when a cell's text is a plain amount such as "1,207.84" or "0". */
export function isAmountText(text: string): boolean {
  return NUMBER.test(text.trim());
}

/** Parse an amount stated in `unit` into micro-万元. Returns null for non-amounts. */
export function parseAmount(text: string, unit: Unit = "万元"): Micro | null {
  const t = text.trim().replace(/,/g, "").replace("−", "-");
  if (!/^-?\d+(?:\.\d+)?$/.test(t)) return null;
  const negative = t.startsWith("-");
  const [whole, frac = ""] = t.replace("-", "").split(".");
  // 元 → 万元 shifts the decimal point four places: exact in base 10.
  const shift = unit === "元" ? 4 : 0;
  const digits = frac.length + shift;
  if (digits > SCALE) return null; // finer than 0.01 元: not an amount we can hold exactly
  const value = BigInt(whole + frac) * 10n ** BigInt(SCALE - digits);
  return negative ? -value : value;
}

/** Convert micro-万元 to the JSON number with the shortest exact decimal form. */
export function toNumber(value: Micro): number {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const whole = abs / FACTOR;
  const frac = (abs % FACTOR).toString().padStart(SCALE, "0").replace(/0+$/, "");
  return Number(`${negative ? "-" : ""}${whole}${frac ? "." + frac : ""}`);
}

export function fromNumber(value: number): Micro {
  const parsed = parseAmount(String(value));
  if (parsed === null) throw new Error(`not an exact amount: ${value}`);
  return parsed;
}

export function sum(values: readonly Micro[]): Micro {
  let total = 0n;
  for (const v of values) total += v;
  return total;
}

/** Exact sum of JSON amounts, for checks and charts. */
export function sumNumbers(values: readonly number[]): number {
  return toNumber(sum(values.map(fromNumber)));
}
