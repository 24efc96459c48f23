/**
 * Frequent itemsets of a list of orders by Apriori, level by level up to `maxLength` items:
 * single items are counted while the labels are interned, pairs in a flat triangular counter array
 * (see countPairs), and longer itemsets by counting Apriori candidates through a prefix tree. Between
 * levels, items no longer part of any frequent itemset and orders too short to hold a longer one are
 * dropped, so later levels scan much less data. Apriori rather than FP-growth because with the short
 * itemsets a basket report needs (maxLength 2–3) the pair level dominates, and array counting is the
 * fastest way to do it in plain JavaScript.
 *
 * Support is count / transactions, where transactions counts every order given, including empty
 * ones (an order whose items were all filtered out still is an order). An empty transaction list is
 * not an error: the result has transactions = 0 and no itemsets, so a page whose filters select no
 * order shows an empty table instead of failing.
 */
import { countPairs, type EncodedItemset } from "./countPairs.js";
import { compactTransactions, encodeTransactions } from "./encodeTransactions.js";
import { generateCandidates } from "./generateCandidates.js";
import { buildItemsetTrie, countWithTrie } from "./itemsetTrie.js";
import { minimumCount } from "./minimumCount.js";
import { requireCount, requireLimit, requireSupport } from "./validate.js";

export interface FrequentItemsetsOptions {
  /** Smallest support kept, in (0, 1]; an itemset at exactly this support is kept. */
  minSupport: number;
  /** Longest itemset mined (default 3); Infinity mines all lengths. */
  maxLength?: number;
  /**
   * Smallest number of transactions an itemset must appear in, on top of minSupport (the stricter
   * of the two applies): guards small selections, where a low support is met by one or two orders.
   */
  minCount?: number;
}

export interface Itemset {
  /** Item labels in code-unit order. */
  items: string[];
  /** Number of transactions containing all the items. */
  count: number;
  /** count / transactions. */
  support: number;
}

export interface FrequentItemsetsResult {
  /** Number of transactions, the denominator of every support. */
  transactions: number;
  /** Ordered by length, then count descending, then items. */
  itemsets: Itemset[];
}

/** Every itemset of at most `maxLength` items found in at least minSupport of the transactions. */
export function frequentItemsets(transactions: readonly (readonly string[])[], options: FrequentItemsetsOptions): FrequentItemsetsResult {
  if (!Array.isArray(transactions)) throw new Error("transactions must be an array of transactions (arrays of item labels)");
  if (options === null || typeof options !== "object") throw new Error("frequentItemsets needs an options object with minSupport");
  const { minSupport, maxLength = 3, minCount } = options;
  requireSupport("minSupport", minSupport);
  requireLimit("maxLength", maxLength, 1);
  if (minCount !== undefined) requireCount("minCount", minCount, 1);

  const n = transactions.length;
  const threshold = Math.max(minimumCount(minSupport, n), minCount ?? 1);
  const data = encodeTransactions(transactions, threshold, maxLength >= 2 ? 2 : Number.POSITIVE_INFINITY);
  const { labels, itemCounts } = data;

  const levels: EncodedItemset[][] = [labels.map((_, id) => ({ ids: Int32Array.of(id), count: itemCounts[id] }))];
  if (maxLength >= 2 && labels.length >= 2) levels.push(countPairs(data, labels.length, threshold));
  // Pairs are not counted with fewer than two frequent items, hence the levels.length guard; an
  // empty level yields no candidates and ends the loop below.
  for (let k = 3; k <= maxLength && levels.length === k - 1; k++) {
    const previous = levels[k - 2];
    const candidates = generateCandidates(previous);
    if (candidates.length === 0) break;
    // Items in no candidate cannot be in a frequent k-itemset: drop them before scanning.
    const keep = new Uint8Array(labels.length);
    for (const id of candidates) keep[id] = 1;
    compactTransactions(data, keep, k);
    const counts = new Uint32Array(candidates.length / k);
    countWithTrie(buildItemsetTrie(candidates, k), k, data, counts);
    const level: EncodedItemset[] = [];
    counts.forEach((count, c) => {
      if (count >= threshold) level.push({ ids: candidates.slice(c * k, c * k + k), count });
    });
    levels.push(level);
  }

  const itemsets: Itemset[] = [];
  for (const level of levels) {
    // Ids are numbered in label order, so comparing ids compares labels.
    const sorted = [...level].sort((a, b) => b.count - a.count || compareIds(a.ids, b.ids));
    for (const { ids, count } of sorted) itemsets.push({ items: Array.from(ids, (id) => labels[id]), count, support: count / n });
  }
  return { transactions: n, itemsets };
}

function compareIds(a: Int32Array, b: Int32Array): number {
  for (let p = 0; p < a.length; p++) if (a[p] !== b[p]) return a[p] - b[p];
  return 0;
}
