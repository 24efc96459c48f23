import { describe, expect, it } from "vitest";
import { associationRules, frequentItemsets, type AssociationRule } from "../../../src/basket/index.ts";

// The example of mlxtend's apriori and association_rules documentation (the second Onion of the
// last order is a duplicate and must count once).
const dataset = [
  ["Milk", "Onion", "Nutmeg", "Kidney Beans", "Eggs", "Yogurt"],
  ["Dill", "Onion", "Nutmeg", "Kidney Beans", "Eggs", "Yogurt"],
  ["Milk", "Apple", "Kidney Beans", "Eggs"],
  ["Milk", "Unicorn", "Corn", "Kidney Beans", "Yogurt"],
  ["Corn", "Onion", "Onion", "Kidney Beans", "Ice cream", "Eggs"]
];

function rule(rules: AssociationRule[], antecedent: string[], consequent: string[]): AssociationRule {
  const found = rules.find((r) => r.antecedent.join("|") === antecedent.join("|") && r.consequent.join("|") === consequent.join("|"));
  if (!found) throw new Error(`no rule ${antecedent} → ${consequent}`);
  return found;
}

describe("mlxtend documentation example", () => {
  const result = frequentItemsets(dataset, { minSupport: 0.6 });
  const rules = associationRules(result);

  it("finds exactly the 11 itemsets mlxtend lists at min support 0.6", () => {
    expect(result.transactions).toBe(5);
    const bySet = Object.fromEntries(result.itemsets.map((s) => [s.items.join(" + "), s.support]));
    expect(bySet).toEqual({
      "Eggs": 0.8,
      "Kidney Beans": 1.0,
      "Milk": 0.6,
      "Onion": 0.6,
      "Yogurt": 0.6,
      "Eggs + Kidney Beans": 0.8,
      "Eggs + Onion": 0.6,
      "Kidney Beans + Milk": 0.6,
      "Kidney Beans + Onion": 0.6,
      "Kidney Beans + Yogurt": 0.6,
      "Eggs + Kidney Beans + Onion": 0.6
    });
    expect(result.itemsets).toHaveLength(11);
    for (const s of result.itemsets) expect(s.support).toBe(s.count / 5);
  });

  it("orders itemsets by length, then count descending, then labels", () => {
    expect(result.itemsets.map((s) => s.items.join(" + "))).toEqual([
      "Kidney Beans", "Eggs", "Milk", "Onion", "Yogurt",
      "Eggs + Kidney Beans", "Eggs + Onion", "Kidney Beans + Milk", "Kidney Beans + Onion", "Kidney Beans + Yogurt",
      "Eggs + Kidney Beans + Onion"
    ]);
  });

  it("gives {Onion} → {Eggs} the documented metrics", () => {
    const r = rule(rules, ["Onion"], ["Eggs"]);
    expect(r.antecedentSupport).toBeCloseTo(0.6, 12);
    expect(r.consequentSupport).toBeCloseTo(0.8, 12);
    expect(r.support).toBeCloseTo(0.6, 12);
    expect(r.confidence).toBe(1);
    expect(r.lift).toBeCloseTo(1.25, 12);
    expect(r.leverage).toBeCloseTo(0.12, 12);
    expect(r.conviction).toBe(Number.POSITIVE_INFINITY);
    expect(r.count).toBe(3);
  });

  it("gives {Eggs} → {Onion} conviction (1 − 0.6) / (1 − 0.75) = 1.6", () => {
    const r = rule(rules, ["Eggs"], ["Onion"]);
    expect(r.confidence).toBeCloseTo(0.75, 12);
    expect(r.lift).toBeCloseTo(1.25, 12);
    expect(r.leverage).toBeCloseTo(0.12, 12);
    expect(r.conviction).toBeCloseTo(1.6, 12);
  });

  it("gives {Kidney Beans} → {Eggs} lift 1, leverage 0 and conviction 1 (independence)", () => {
    const r = rule(rules, ["Kidney Beans"], ["Eggs"]);
    expect(r.confidence).toBeCloseTo(0.8, 12);
    expect(r.lift).toBe(1);
    expect(r.leverage).toBe(0);
    expect(r.conviction).toBeCloseTo(1, 12);
  });

  it("generates every split of every itemset, as mlxtend: 5 pairs × 2 + 1 triple × 6 = 16 rules", () => {
    expect(rules).toHaveLength(16);
    const r = rule(rules, ["Eggs", "Kidney Beans"], ["Onion"]);
    expect(r.confidence).toBeCloseTo(0.75, 12);
    expect(r.antecedentSupport).toBeCloseTo(0.8, 12);
    const s = rule(rules, ["Onion"], ["Eggs", "Kidney Beans"]);
    expect(s.confidence).toBe(1);
    expect(s.consequentSupport).toBeCloseTo(0.8, 12);
  });

  it("sorts rules by lift, confidence and support descending, then labels", () => {
    expect(rules.slice(0, 6).map((r) => `${r.antecedent.join("+")}→${r.consequent.join("+")}`)).toEqual([
      "Kidney Beans+Onion→Eggs",
      "Onion→Eggs",
      "Onion→Eggs+Kidney Beans",
      "Eggs→Kidney Beans+Onion",
      "Eggs→Onion",
      "Eggs+Kidney Beans→Onion"
    ]);
    for (let i = 1; i < rules.length; i++) expect(rules[i - 1].lift).toBeGreaterThanOrEqual(rules[i].lift);
  });

  it("keeps only rules at or above minConfidence, like mlxtend's min_threshold = 0.7", () => {
    const strong = associationRules(result, { minConfidence: 0.7 });
    expect(strong.every((r) => r.confidence >= 0.7)).toBe(true);
    // The four rules with confidence 0.6 (Kidney Beans → Milk, Onion, Yogurt, Eggs + Onion) drop out.
    expect(strong).toHaveLength(12);
  });
});
