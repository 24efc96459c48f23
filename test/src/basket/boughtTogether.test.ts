import { describe, expect, it } from "vitest";
import { associationRules, boughtTogether, compareRules, formatItemset, frequentItemsets } from "../../../src/basket/index.ts";

const transactions = [
  ["tea", "milk", "sugar"],
  ["tea", "milk"],
  ["tea", "sugar"],
  ["tea", "lemon"],
  ["coffee", "milk"],
  ["coffee", "milk", "sugar"],
  ["milk"]
];
const rules = associationRules(frequentItemsets(transactions, { minSupport: 0.1 }));

describe("boughtTogether", () => {
  it("lists the rules whose antecedent is exactly the item, strongest first", () => {
    const list = boughtTogether(rules, "tea");
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((r) => r.antecedent.length === 1 && r.antecedent[0] === "tea")).toBe(true);
    expect(list).toEqual(rules.filter((r) => r.antecedent.join() === "tea"));
    // Lemon appears only with tea: the highest lift.
    expect(list[0].consequent).toEqual(["lemon"]);
    for (let i = 1; i < list.length; i++) expect(compareRules(list[i - 1], list[i])).toBeLessThanOrEqual(0);
  });

  it("applies limit, re-sorts a shuffled list and returns nothing for unknown items", () => {
    expect(boughtTogether(rules, "tea", 2)).toEqual(boughtTogether(rules, "tea").slice(0, 2));
    expect(boughtTogether([...rules].reverse(), "milk")).toEqual(boughtTogether(rules, "milk"));
    expect(boughtTogether(rules, "tea", 0)).toEqual([]);
    expect(boughtTogether(rules, "caviar")).toEqual([]);
    expect(boughtTogether(rules, "milk", Number.POSITIVE_INFINITY)).toHaveLength(rules.filter((r) => r.antecedent.join() === "milk").length);
  });

  it("rejects an invalid limit or item", () => {
    expect(() => boughtTogether(rules, "tea", -1)).toThrow("limit must be a whole number ≥ 0 or Infinity, got -1");
    expect(() => boughtTogether(rules, 3 as never)).toThrow("item must be a string item label, got number");
    expect(() => boughtTogether(null as never, "tea")).toThrow("rules must be an array");
  });
});

describe("formatItemset", () => {
  it("joins labels with ' + '", () => {
    expect(formatItemset(["Eggs", "Kidney Beans", "Onion"])).toBe("Eggs + Kidney Beans + Onion");
    expect(formatItemset(["Eggs"])).toBe("Eggs");
    expect(formatItemset([])).toBe("");
  });
});
