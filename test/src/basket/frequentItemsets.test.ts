import { describe, expect, it } from "vitest";
import { frequentItemsets, minimumCount } from "../../../src/basket/index.ts";

const summary = (transactions: string[][], options: Parameters<typeof frequentItemsets>[1]) =>
  frequentItemsets(transactions, options).itemsets.map((s) => `${s.items.join("+")}:${s.count}`);

describe("frequentItemsets", () => {
  it("returns an empty result, not an error, for an empty transaction list", () => {
    expect(frequentItemsets([], { minSupport: 0.1 })).toEqual({ transactions: 0, itemsets: [] });
  });

  it("counts an item repeated inside one transaction once", () => {
    const result = frequentItemsets([["a", "a", "a", "b"], ["b", "b"], ["c"]], { minSupport: 0.1 });
    expect(result.itemsets.map((s) => [s.items, s.count])).toEqual([
      [["b"], 2],
      [["a"], 1],
      [["c"], 1],
      [["a", "b"], 1]
    ]);
  });

  it("counts transactions with no items in the support denominator", () => {
    const result = frequentItemsets([["a"], [], [], ["a", "b"]], { minSupport: 0.5 });
    expect(result.transactions).toBe(4);
    expect(result.itemsets).toEqual([{ items: ["a"], count: 2, support: 0.5 }]);
  });

  it("keeps an itemset whose support is exactly minSupport (3/5 at 0.6)", () => {
    const transactions = [["x", "y"], ["x", "y"], ["x", "y"], ["x"], ["z"]];
    expect(summary(transactions, { minSupport: 0.6 })).toEqual(["x:4", "y:3", "x+y:3"]);
    expect(summary(transactions, { minSupport: 0.6000001 })).toEqual(["x:4"]);
  });

  it("keeps it even when minSupport · n rounds above the count (7/25 at 0.28, 0.28 · 25 > 7)", () => {
    expect(0.28 * 25).toBeGreaterThan(7);
    const transactions = [...Array(7).fill(["x", "y"]), ...Array(3).fill(["x"]), ...Array(15).fill(["z"])];
    expect(summary(transactions, { minSupport: 0.28 })).toEqual(["z:15", "x:10", "y:7", "x+y:7"]);
    expect(minimumCount(0.28, 25)).toBe(7);
    expect(minimumCount(0.07, 100)).toBe(7);
    expect(minimumCount(0.56, 100)).toBe(56);
    expect(minimumCount(0.1, 3)).toBe(1);
    expect(minimumCount(0.001, 300_000)).toBe(300);
    expect(minimumCount(1, 0)).toBe(1);
  });

  it("applies minCount on top of minSupport, whichever is stricter", () => {
    const transactions = [["a", "b"], ["a", "b"], ["a"], ["c"]];
    expect(summary(transactions, { minSupport: 0.25, minCount: 2 })).toEqual(["a:3", "b:2", "a+b:2"]);
    expect(summary(transactions, { minSupport: 0.75, minCount: 1 })).toEqual(["a:3"]);
  });

  it("stops at maxLength, and mines every length with Infinity", () => {
    const transactions = [["a", "b", "c", "d"], ["a", "b", "c", "d"], ["a", "b", "c"]];
    const lengths = (maxLength: number) =>
      frequentItemsets(transactions, { minSupport: 0.5, maxLength }).itemsets.reduce((max, s) => Math.max(max, s.items.length), 0);
    expect(lengths(1)).toBe(1);
    expect(lengths(2)).toBe(2);
    expect(lengths(3)).toBe(3);
    expect(lengths(Number.POSITIVE_INFINITY)).toBe(4);
    expect(frequentItemsets(transactions, { minSupport: 0.5, maxLength: Number.POSITIVE_INFINITY }).itemsets).toHaveLength(15);
  });

  it("defaults maxLength to 3", () => {
    const result = frequentItemsets([["a", "b", "c", "d"]], { minSupport: 1 });
    expect(result.itemsets).toHaveLength(4 + 6 + 4);
  });

  it("sorts labels by code units, the same in every locale", () => {
    const result = frequentItemsets([["b", "B", "ä", "a", "10", "9"]], { minSupport: 1, maxLength: 6 });
    expect(result.itemsets.at(-1)?.items).toEqual(["10", "9", "B", "a", "b", "ä"]);
  });

  it("handles labels containing separators, quotes and empty strings", () => {
    const result = frequentItemsets([["a,b", "", "\"q\""], ["a,b", ""]], { minSupport: 1 });
    expect(result.itemsets.map((s) => s.items)).toEqual([[""], ["a,b"], ["", "a,b"]]);
  });

  it("rejects minSupport outside (0, 1] with a clear error", () => {
    for (const minSupport of [0, -0.1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => frequentItemsets([["a"]], { minSupport })).toThrow(`minSupport must be in (0, 1], got ${minSupport}`);
    }
    expect(() => frequentItemsets([["a"]], {} as never)).toThrow("minSupport must be in (0, 1], got undefined");
    expect(() => frequentItemsets([["a"]], { minSupport: "0.5" as never })).toThrow("minSupport must be in (0, 1]");
  });

  it("rejects invalid maxLength, minCount and transactions", () => {
    expect(() => frequentItemsets([["a"]], { minSupport: 0.5, maxLength: 0 })).toThrow("maxLength must be a whole number ≥ 1 or Infinity, got 0");
    expect(() => frequentItemsets([["a"]], { minSupport: 0.5, maxLength: 2.5 })).toThrow("maxLength");
    expect(() => frequentItemsets([["a"]], { minSupport: 0.5, minCount: 0 })).toThrow("minCount must be a whole number ≥ 1, got 0");
    expect(() => frequentItemsets("ab" as never, { minSupport: 0.5 })).toThrow("transactions must be an array");
    expect(() => frequentItemsets([["a"], "b"] as never, { minSupport: 0.5 })).toThrow("transactions[1] must be an array of item labels, got string");
    expect(() => frequentItemsets([["a", 3]] as never, { minSupport: 0.5 })).toThrow("transactions[0][1] must be a string item label, got number");
    expect(() => frequentItemsets([["a"]], null as never)).toThrow("options object with minSupport");
  });

  it("does not modify its input", () => {
    const transactions = [["b", "a", "a"], ["c"]];
    const copy = structuredClone(transactions);
    frequentItemsets(transactions, { minSupport: 0.1 });
    expect(transactions).toEqual(copy);
  });
});
