import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { associationRules, frequentItemsets } from "../../../src/basket/index.ts";
import { countPairs } from "../../../src/basket/countPairs.ts";
import { compactTransactions, encodeTransactions, type EncodedTransactions } from "../../../src/basket/encodeTransactions.ts";

// Cross-checks against exhaustive enumeration: with at most 7 distinct items there are at most 127
// itemsets, so every one can be counted directly.
const ITEMS = ["a", "b", "c", "d", "e", "f", "g"];
const transactionsArb = fc.array(fc.array(fc.constantFrom(...ITEMS), { maxLength: 7 }), { maxLength: 25 });
// Supports both on a 1% grid and exactly at k / n, the float boundary case (3/5 vs 0.6).
const minSupportArb = fc.oneof(
  fc.integer({ min: 1, max: 100 }).map((k) => k / 100),
  fc.double({ min: 1e-6, max: 1, noNaN: true })
);
const maxLengthArb = fc.oneof(fc.integer({ min: 1, max: 4 }), fc.constant(Number.POSITIVE_INFINITY));

const key = (items: readonly string[]): string => items.join(",");

function allSubsets(universe: string[], maxLength: number): string[][] {
  const subsets: string[][] = [];
  for (let mask = 1; mask < 1 << universe.length; mask++) {
    const subset = universe.filter((_, i) => mask & (1 << i));
    if (subset.length <= maxLength) subsets.push(subset);
  }
  return subsets;
}

function naiveCount(transactions: string[][], items: readonly string[]): number {
  return transactions.filter((t) => items.every((item) => t.includes(item))).length;
}

function naiveFrequent(transactions: string[][], minSupport: number, maxLength: number, minCount = 1): Map<string, number> {
  const n = transactions.length;
  const universe = [...new Set(transactions.flat())].sort();
  const threshold = Math.max(1, minCount, Math.ceil(minSupport * n - 1e-9));
  const frequent = new Map<string, number>();
  for (const subset of allSubsets(universe, maxLength)) {
    const count = naiveCount(transactions, subset);
    if (count >= threshold) frequent.set(key(subset), count);
  }
  return frequent;
}

describe("frequentItemsets against exhaustive enumeration", () => {
  it("finds exactly the itemsets with count ≥ ceil(minSupport · n), with exact counts", () => {
    fc.assert(
      fc.property(transactionsArb, minSupportArb, maxLengthArb, fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }), (transactions, minSupport, maxLength, minCount) => {
        const result = frequentItemsets(transactions, { minSupport, maxLength, minCount });
        expect(result.transactions).toBe(transactions.length);
        const found = new Map(result.itemsets.map((s) => [key(s.items), s.count]));
        expect(found.size).toBe(result.itemsets.length);
        expect(found).toEqual(naiveFrequent(transactions, minSupport, maxLength, minCount));
        for (const s of result.itemsets) {
          expect(s.items).toEqual([...s.items].sort());
          expect(s.support).toBe(s.count / transactions.length);
        }
      }),
      { numRuns: 400 }
    );
  });

  it("keeps an itemset whose support equals minSupport exactly (k / n given as a double)", () => {
    fc.assert(
      fc.property(transactionsArb.filter((t) => t.length > 0), fc.nat(), (transactions, pick) => {
        const n = transactions.length;
        const counts = [...new Set(transactions.flat())].map((item) => naiveCount(transactions, [item]));
        if (counts.length === 0) return;
        const count = counts[pick % counts.length];
        const result = frequentItemsets(transactions, { minSupport: count / n, maxLength: 1 });
        expect(result.itemsets.some((s) => s.count === count)).toBe(true);
        expect(result.itemsets.every((s) => s.count >= count)).toBe(true);
      }),
      { numRuns: 300 }
    );
  });

  it("encodes each transaction as its distinct frequent items, and compacts them in place exactly", () => {
    const decode = (data: EncodedTransactions): string[][] =>
      Array.from({ length: data.size }, (_, t) => Array.from(data.items.subarray(data.starts[t], data.starts[t + 1]), (id) => data.labels[id]));
    fc.assert(
      fc.property(transactionsArb, fc.integer({ min: 1, max: 4 }), fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }), fc.integer({ min: 1, max: 4 }), (transactions, threshold, keepFlags, minItems) => {
        const data = encodeTransactions(transactions, threshold, 2);
        const frequent = new Set(data.labels);
        expect(data.labels).toEqual([...new Set(transactions.flat())].filter((item) => naiveCount(transactions, [item]) >= threshold).sort());
        const encoded = transactions.map((t) => [...new Set(t)].filter((item) => frequent.has(item)).sort()).filter((t) => t.length >= 2);
        expect(decode(data)).toEqual(encoded);
        const keep = Uint8Array.from(data.labels, (_, id) => (keepFlags[id] ? 1 : 0));
        compactTransactions(data, keep, minItems);
        const kept = new Set(data.labels.filter((_, id) => keep[id]));
        expect(decode(data)).toEqual(encoded.map((t) => t.filter((item) => kept.has(item))).filter((t) => t.length >= minItems));
      }),
      { numRuns: 300 }
    );
  });

  it("counts pairs the same when the triangle is split into blocks of a few rows", () => {
    fc.assert(
      fc.property(transactionsArb, fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 12 }), (transactions, threshold, maxCells) => {
        const whole = encodeTransactions(transactions, threshold, 2);
        const blocked = encodeTransactions(transactions, threshold, 2);
        const expected = countPairs(whole, whole.labels.length, threshold);
        expect(countPairs(blocked, blocked.labels.length, threshold, maxCells)).toEqual(expected);
      }),
      { numRuns: 300 }
    );
  });
});

describe("associationRules against the formulas applied naively", () => {
  it("generates every split once and matches mlxtend's metric formulas", () => {
    fc.assert(
      fc.property(
        transactionsArb.filter((t) => t.length > 0),
        minSupportArb,
        maxLengthArb,
        fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 20 }).map((k) => k / 20)),
        fc.oneof(fc.integer({ min: 1, max: 3 }), fc.constant(Number.POSITIVE_INFINITY)),
        (transactions, minSupport, maxLength, minConfidence, maxConsequentLength) => {
          const n = transactions.length;
          const result = frequentItemsets(transactions, { minSupport, maxLength });
          const rules = associationRules(result, { minConfidence, maxConsequentLength });

          const expected = new Set<string>();
          for (const { items } of result.itemsets) {
            for (const consequent of allSubsets(items, maxConsequentLength)) {
              if (consequent.length === items.length) continue;
              const antecedent = items.filter((item) => !consequent.includes(item));
              if (naiveCount(transactions, items) / naiveCount(transactions, antecedent) >= minConfidence) {
                expected.add(`${key(antecedent)}→${key(consequent)}`);
              }
            }
          }
          const seen = rules.map((r) => `${key(r.antecedent)}→${key(r.consequent)}`);
          expect(new Set(seen).size).toBe(seen.length);
          expect(new Set(seen)).toEqual(expected);

          for (const r of rules) {
            const sA = naiveCount(transactions, r.antecedent) / n;
            const sC = naiveCount(transactions, r.consequent) / n;
            const sAC = naiveCount(transactions, [...r.antecedent, ...r.consequent]) / n;
            const confidence = sAC / sA;
            expect(r.antecedentSupport).toBeCloseTo(sA, 12);
            expect(r.consequentSupport).toBeCloseTo(sC, 12);
            expect(r.support).toBeCloseTo(sAC, 12);
            expect(r.count).toBe(Math.round(sAC * n));
            expect(r.confidence).toBeCloseTo(confidence, 12);
            expect(r.lift).toBeCloseTo(confidence / sC, 12);
            expect(r.leverage).toBeCloseTo(sAC - sA * sC, 12);
            if (r.count === Math.round(sA * n)) expect(r.conviction).toBe(Number.POSITIVE_INFINITY);
            else expect(r.conviction).toBeCloseTo((1 - sC) / (1 - confidence), 10);
          }
          for (let i = 1; i < rules.length; i++) {
            const [p, q] = [rules[i - 1], rules[i]];
            expect(p.lift > q.lift || (p.lift === q.lift && (p.confidence > q.confidence || (p.confidence === q.confidence && p.support >= q.support)))).toBe(true);
          }
        }
      ),
      { numRuns: 300 }
    );
  });
});
