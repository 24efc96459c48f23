import { describe, expect, it } from "vitest";
import { associationRules, frequentItemsets, type FrequentItemsetsResult } from "../../../src/basket/index.ts";

const transactions = [["a", "b", "c"], ["a", "b", "c"], ["a", "b"], ["a", "c"], ["b"], ["d"]];
const names = (rules: ReturnType<typeof associationRules>) => rules.map((r) => `${r.antecedent.join("+")}→${r.consequent.join("+")}`);

describe("associationRules", () => {
  it("gives no rules when maxLength is 1", () => {
    expect(associationRules(frequentItemsets(transactions, { minSupport: 0.1, maxLength: 1 }))).toEqual([]);
  });

  it("gives no rules for an empty transaction list", () => {
    expect(associationRules(frequentItemsets([], { minSupport: 0.5 }))).toEqual([]);
  });

  it("limits consequents with maxConsequentLength", () => {
    const result = frequentItemsets(transactions, { minSupport: 0.3 });
    // Frequent: a, b, c, ab, ac, bc, abc → 3 pairs × 2 + 6 splits of abc.
    expect(associationRules(result)).toHaveLength(12);
    const single = associationRules(result, { maxConsequentLength: 1 });
    expect(single).toHaveLength(9);
    expect(single.every((r) => r.consequent.length === 1)).toBe(true);
  });

  it("keeps a rule whose confidence equals minConfidence exactly (3/5 at 0.6)", () => {
    const result = frequentItemsets([["x", "y"], ["x", "y"], ["x", "y"], ["x"], ["x"], ["y"]], { minSupport: 0.1 });
    // Same lift both ways; y → x (3/4) outranks x → y (3/5) on confidence.
    expect(names(associationRules(result, { minConfidence: 0.6 }))).toEqual(["y→x", "x→y"]);
    expect(names(associationRules(result, { minConfidence: 0.61 }))).toEqual(["y→x"]);
  });

  it("filters by minLift, keeping lift exactly at the threshold", () => {
    const result = frequentItemsets(transactions, { minSupport: 0.3 });
    const rules = associationRules(result, { minLift: 1 });
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.every((r) => r.lift >= 1)).toBe(true);
    const lifts = associationRules(result).map((r) => r.lift);
    expect(rules).toHaveLength(lifts.filter((l) => l >= 1).length);
    const top = Math.max(...lifts);
    expect(associationRules(result, { minLift: top }).every((r) => r.lift === top)).toBe(true);
  });

  it("breaks ties on equal metrics by antecedent then consequent labels", () => {
    // Symmetric data: every pair rule has the same lift, confidence and support.
    const result = frequentItemsets([["p", "q", "r"], ["p"], ["q"], ["r"]], { minSupport: 0.25, maxLength: 2 });
    expect(names(associationRules(result))).toEqual(["p→q", "p→r", "q→p", "q→r", "r→p", "r→q"]);
  });

  it("accepts a result whose itemsets list labels unsorted", () => {
    const result: FrequentItemsetsResult = {
      transactions: 4,
      itemsets: [
        { items: ["b"], count: 2, support: 0.5 },
        { items: ["a"], count: 2, support: 0.5 },
        { items: ["b", "a"], count: 2, support: 0.5 }
      ]
    };
    expect(names(associationRules(result))).toEqual(["a→b", "b→a"]);
  });

  it("rejects invalid options and results with clear errors", () => {
    const result = frequentItemsets(transactions, { minSupport: 0.3 });
    expect(() => associationRules(result, { minConfidence: 1.2 })).toThrow("minConfidence must be in [0, 1], got 1.2");
    expect(() => associationRules(result, { minConfidence: Number.NaN })).toThrow("minConfidence must be in [0, 1], got NaN");
    expect(() => associationRules(result, { minLift: -1 })).toThrow("minLift must be a finite number ≥ 0, got -1");
    expect(() => associationRules(result, { maxConsequentLength: 0 })).toThrow("maxConsequentLength must be a whole number ≥ 1 or Infinity, got 0");
    expect(() => associationRules(null as never)).toThrow("needs the result of frequentItemsets");
    expect(() => associationRules({ transactions: -1, itemsets: [] })).toThrow("result.transactions must be a whole number ≥ 0, got -1");
    expect(() => associationRules({ transactions: 2, itemsets: [{ items: ["a"], count: 3, support: 1.5 }] })).toThrow(
      "result.itemsets[0].count must be a whole number in [1, 2], got 3"
    );
    expect(() => associationRules({ transactions: 2, itemsets: [{ items: ["a", "a"], count: 1, support: 0.5 }] })).toThrow('lists "a" twice');
    expect(() => associationRules({ transactions: 2, itemsets: [{ items: [], count: 1, support: 0.5 }] })).toThrow("non-empty array of item labels");
  });

  it("explains a result missing the subsets a rule needs", () => {
    const full = frequentItemsets(transactions, { minSupport: 0.3 });
    const pairsOnly = { ...full, itemsets: full.itemsets.filter((s) => s.items.length === 2) };
    expect(() => associationRules(pairsOnly)).toThrow("is missing from result: pass the unfiltered output of frequentItemsets");
  });
});
