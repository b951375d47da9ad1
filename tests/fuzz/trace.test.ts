// The tracing rule and the mutations themselves, on small hand-made inputs.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyMutation, applyMutations, mutations, splitCells, type Mutation } from "../../src/fuzz/mutations.ts";
import { canonical, isTraced, numberTokens, plainDecimal } from "../../src/fuzz/trace.ts";

describe("numberTokens", () => {
  it("reads whole tokens, thousands groups and full-width digits", () => {
    expect([...numberTokens("合计\t1,207.84\t<b>352.16</b>\t２０２６年 １，２０７．８４")].sort()).toEqual(["1207.84", "2026", "352.16"]);
  });
  it("never reads part of a number", () => {
    const t = numberTokens("2026年 5.5 1,207.84");
    for (const part of ["20", "26", "5", "207.84", "1"]) expect(t.has(part)).toBe(false);
  });
  it("reads no number from malformed groups", () => {
    expect([...numberTokens("1,23")]).toEqual([]);
  });
  it("reads a dash glued to a word as a dash", () => {
    expect([...numberTokens("7141001-大数据 -5.00")].sort()).toEqual(["-5", "7141001"]);
  });
  it("keeps only integers for counts", () => {
    expect([...numberTokens("共有车辆 1.00 辆 2 辆", true)]).toEqual(["2"]);
  });
});

describe("isTraced", () => {
  const lines = ["合计 6.60 4.00", "单位：元", "合计 12,345.00", "共有车辆 1 辆", "支出 1,207.8", "4 万元"];
  it("finds amounts in 万元 and in 元", () => {
    expect(isTraced({ path: "threePublic.total", value: 6.6, line: 1 }, lines, "stated")).toBe(true);
    expect(isTraced({ path: "totals.revenueTotal", value: 1.2345, line: 3 }, lines, "stated")).toBe(true);
    expect(isTraced({ path: "threePublic.total", value: 6.61, line: 1 }, lines, "stated")).toBe(false);
  });
  it("accepts a zero only when stated in words or blank", () => {
    expect(isTraced({ path: "threePublic.overseas", value: 0, line: 2 }, lines, "blank")).toBe(true);
    expect(isTraced({ path: "threePublic.overseas", value: 0, line: 2 }, lines, "stated")).toBe(false);
  });
  it("reads counts as integers", () => {
    expect(isTraced({ path: "vehicles", value: 1, line: 4 }, lines, "stated")).toBe(true);
    expect(isTraced({ path: "vehicles", value: 1, line: 1 }, lines, "stated")).toBe(false);
  });
  it("joins a number broken over two lines only when asked", () => {
    expect(isTraced({ path: "totals.revenueTotal", value: 1207.84, line: 5 }, lines, "stated")).toBe(false);
    expect(isTraced({ path: "totals.revenueTotal", value: 1207.84, line: 5 }, lines, "stated", { joinNext: true })).toBe(true);
  });
  it("writes numbers in plain decimals", () => {
    expect(plainDecimal(1e-7)).toBe("0.0000001");
    expect(plainDecimal(1e21)).toBe("1000000000000000000000");
    expect(canonical("-0,001.2300")).toBe("-1.23");
  });
});

describe("mutations", () => {
  const doc = ["a", "b\tc\td", "e | f | g", "h  i"];
  const m = (x: Partial<Mutation> & Pick<Mutation, "kind">) => ({ at: 0, focus: false, ...x }) as Mutation;
  it("apply as described", () => {
    expect(applyMutation(doc, m({ kind: "deleteLines", at: 1, count: 2 }))).toEqual(["a", "h  i"]);
    expect(applyMutation(doc, m({ kind: "splitLine", at: 1, pos: 2 }))).toEqual(["a", "b\t", "c\td", "e | f | g", "h  i"]);
    expect(applyMutation(doc, m({ kind: "joinLines", at: 0, sep: "" }))).toEqual(["ab\tc\td", "e | f | g", "h  i"]);
    expect(applyMutation(doc, m({ kind: "swapCells", at: 1, i: 0, j: 2 }))).toEqual(["a", "d\tc\tb", "e | f | g", "h  i"]);
    expect(applyMutation(doc, m({ kind: "swapCells", at: 2, i: 0, j: 1 }))[2]).toBe("f | e | g");
    expect(applyMutation(doc, m({ kind: "swapCells", at: 3, i: 0, j: 1 }))[3]).toBe("i  h");
    expect(applyMutation(doc, m({ kind: "insertJunk", at: 0, pos: 1, junk: "\ud800|" }))[0]).toBe("a\ud800|");
    expect(applyMutation(doc, m({ kind: "duplicateLine", at: 3 }))).toEqual([...doc, "h  i"]);
    expect(applyMutation(doc, m({ kind: "truncate", at: 2 }))).toEqual(["a", "b\tc\td"]);
  });
  it("target lines with digits when focused", () => {
    expect(applyMutation(["x", "1", "y", "2"], m({ kind: "deleteLines", at: 1, count: 1, focus: true }))).toEqual(["x", "1", "y"]);
  });
  it("keep separators when splitting cells", () => {
    expect(splitCells("a\tb | c  d")).toEqual(["a", "\t", "b", " | ", "c", "  ", "d"]);
  });
  it("never throw, on any document", () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), mutations, (text, ms) => typeof applyMutations(text, ms) === "string"), { seed: 1, numRuns: 300 });
  });
});
