import { describe, expect, it } from "vitest";
import { isAmountText, parseAmount, sumNumbers, toNumber } from "../../src/ingest/decimal.ts";

describe("exact amounts", () => {
  it("parses thousands separators and keeps the stated decimals", () => {
    expect(toNumber(parseAmount("1,207.84")!)).toBe(1207.84);
    expect(toNumber(parseAmount("20,049.18")!)).toBe(20049.18);
    expect(isAmountText("1,197.75")).toBe(true);
    expect(isAmountText("208 05")).toBe(false);
  });

  it("converts 元 to 万元 by moving the decimal point, exactly", () => {
    expect(toNumber(parseAmount("66,000.00", "元")!)).toBe(6.6);
    expect(toNumber(parseAmount("12,345.67", "元")!)).toBe(1.234567);
    expect(toNumber(parseAmount("2096600", "元")!)).toBe(209.66);
  });

  it("sums without floating-point drift", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumNumbers([0.1, 0.2])).toBe(0.3);
    expect(sumNumbers([404.32, 35.74])).toBe(440.06);
  });
});
