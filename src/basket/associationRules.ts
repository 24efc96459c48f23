/**
 * Association rules A → C from frequent itemsets, with the metric definitions of mlxtend's
 * association_rules (s is support, the share of transactions containing the itemset):
 *
 *   confidence = s(A ∪ C) / s(A)            share of orders with A that also have C
 *   lift       = confidence / s(C)          > 1 when A makes C more likely than it is overall
 *   leverage   = s(A ∪ C) − s(A) · s(C)     excess share of orders over independence
 *   conviction = (1 − s(C)) / (1 − confidence), Infinity when confidence = 1
 *
 * Every frequent itemset of two or more items gives one rule per split into a non-empty antecedent
 * and consequent (as mlxtend does), optionally limited to short consequents. Each metric is computed
 * from the integer counts in a single division (e.g. lift = n·c(A∪C) / (c(A)·c(C))), which makes it
 * the correctly rounded value of the exact fraction: a rule at exactly a threshold given as a decimal
 * (confidence 3/5 against 0.6) compares equal, and equal fractions tie exactly when sorting.
 */
import { compareLabels } from "./compareLabels.js";
import { compareRules } from "./compareRules.js";
import type { FrequentItemsetsResult } from "./frequentItemsets.js";
import { requireCount, requireLimit, requireNonNegative, requireUnitInterval } from "./validate.js";

export interface AssociationRulesOptions {
  /** Smallest confidence kept, in [0, 1] (default 0: every rule). */
  minConfidence?: number;
  /** Smallest lift kept (default: no filter). */
  minLift?: number;
  /** Longest consequent generated (default Infinity: every split, as mlxtend); 1 gives "A → one item" rules. */
  maxConsequentLength?: number;
}

export interface AssociationRule {
  antecedent: string[];
  consequent: string[];
  antecedentSupport: number;
  consequentSupport: number;
  /** Support of antecedent ∪ consequent. */
  support: number;
  confidence: number;
  lift: number;
  leverage: number;
  conviction: number;
  /** Number of transactions containing antecedent ∪ consequent. */
  count: number;
}

/** Rules from `result` (the output of frequentItemsets), sorted as by compareRules. */
export function associationRules(result: FrequentItemsetsResult, options: AssociationRulesOptions = {}): AssociationRule[] {
  const { minConfidence = 0, minLift, maxConsequentLength = Number.POSITIVE_INFINITY } = options;
  requireUnitInterval("minConfidence", minConfidence);
  if (minLift !== undefined) requireNonNegative("minLift", minLift);
  requireLimit("maxConsequentLength", maxConsequentLength, 1);
  if (result === null || typeof result !== "object" || !Array.isArray(result.itemsets)) {
    throw new Error("associationRules needs the result of frequentItemsets ({ transactions, itemsets })");
  }
  const n = result.transactions;
  requireCount("result.transactions", n, 0);

  // Counts of every itemset by its sorted labels; a rule needs the counts of both of its sides,
  // which frequentItemsets always provides since every subset of a frequent itemset is frequent.
  const counts = new Map<string, number>();
  const itemsets: string[][] = [];
  result.itemsets.forEach((itemset, index) => {
    const items = checkedItems(itemset?.items, index);
    const count = itemset.count;
    if (!Number.isSafeInteger(count) || count < 1 || count > n) {
      throw new Error(`result.itemsets[${index}].count must be a whole number in [1, ${n}], got ${String(count)}`);
    }
    counts.set(keyOf(items), count);
    itemsets.push(items);
  });
  const countOf = (items: string[]): number => {
    const count = counts.get(keyOf(items));
    if (count === undefined) {
      throw new Error(`itemset [${items.join(", ")}] is missing from result: pass the unfiltered output of frequentItemsets`);
    }
    return count;
  };

  const rules: AssociationRule[] = [];
  for (const items of itemsets) {
    if (items.length < 2) continue;
    const countAC = counts.get(keyOf(items)) as number;
    const longest = Math.min(maxConsequentLength, items.length - 1);
    for (let size = 1; size <= longest; size++) {
      forEachCombination(items.length, size, (chosen) => {
        const consequent: string[] = [];
        const antecedent: string[] = [];
        items.forEach((item, p) => (chosen[p] ? consequent : antecedent).push(item));
        const countA = countOf(antecedent);
        const countC = countOf(consequent);
        const confidence = countAC / countA;
        if (confidence < minConfidence) return;
        const lift = (countAC * n) / (countA * countC);
        if (minLift !== undefined && lift < minLift) return;
        rules.push({
          antecedent,
          consequent,
          antecedentSupport: countA / n,
          consequentSupport: countC / n,
          support: countAC / n,
          confidence,
          lift,
          leverage: (countAC * n - countA * countC) / (n * n),
          // (1 − s(C)) / (1 − conf) = (n − c(C)) · c(A) / (n · (c(A) − c(A∪C))).
          conviction: countAC === countA ? Number.POSITIVE_INFINITY : ((n - countC) * countA) / (n * (countA - countAC)),
          count: countAC
        });
      });
    }
  }
  return rules.sort(compareRules);
}

/** The labels of result.itemsets[index], sorted, after checking they are distinct strings. */
function checkedItems(items: unknown, index: number): string[] {
  if (!Array.isArray(items) || items.length === 0 || items.some((item) => typeof item !== "string")) {
    throw new Error(`result.itemsets[${index}].items must be a non-empty array of item labels`);
  }
  const sorted = [...(items as string[])].sort(compareLabels);
  for (let p = 1; p < sorted.length; p++) {
    if (sorted[p] === sorted[p - 1]) throw new Error(`result.itemsets[${index}].items lists "${sorted[p]}" twice`);
  }
  return sorted;
}

// JSON keeps labels containing commas or any other separator unambiguous.
function keyOf(sortedItems: readonly string[]): string {
  return JSON.stringify(sortedItems);
}

/** Calls `visit` with a membership mask for every way of choosing `size` of `length` positions. */
function forEachCombination(length: number, size: number, visit: (chosen: boolean[]) => void): void {
  const picks = Array.from({ length: size }, (_, i) => i);
  const chosen = new Array<boolean>(length).fill(false);
  for (;;) {
    chosen.fill(false);
    for (const p of picks) chosen[p] = true;
    visit(chosen);
    // Advance the rightmost pick that can still move, and reset the picks after it.
    let i = size - 1;
    while (i >= 0 && picks[i] === length - size + i) i--;
    if (i < 0) return;
    picks[i]++;
    for (let j = i + 1; j < size; j++) picks[j] = picks[j - 1] + 1;
  }
}
