/**
 * First stage of frequentItemsets: checks the input, counts every item once per transaction and
 * rewrites the transactions as sorted arrays of small integers holding only the frequent items.
 * Mining then never touches strings again, and because an infrequent item cannot be part of a
 * frequent itemset (support only falls as items are added), dropping them first shrinks every later
 * pass. Frequent items are numbered in label order, so an ascending id list is also a sorted label list.
 */
import { compareLabels } from "./compareLabels.js";

/** Transactions as one flat id array: transaction t holds items[starts[t] .. starts[t + 1]), ascending. */
export interface EncodedTransactions {
  /** Labels of the frequent items; the id of an item is its index here. */
  labels: string[];
  /** Number of transactions containing each frequent item, by id. */
  itemCounts: number[];
  items: Int32Array;
  starts: Int32Array;
  /** Number of transactions stored (those with at least `minItems` frequent items). */
  size: number;
}

/**
 * Encodes `transactions`, keeping items found in at least `threshold` transactions and only the
 * transactions left with `minItems` or more of them (shorter ones cannot hold a longer itemset).
 */
export function encodeTransactions(transactions: readonly (readonly string[])[], threshold: number, minItems: number): EncodedTransactions {
  // Pass 1 over the strings: intern labels, count each item once per transaction (`seen` holds the
  // last transaction number that counted it), and keep the deduplicated raw ids for pass 2.
  const ids = new Map<string, number>();
  const rawLabels: string[] = [];
  const rawCounts: number[] = [];
  const seen: number[] = [];
  const rawItems: number[] = [];
  const rawStarts = new Int32Array(transactions.length + 1);
  for (let t = 0; t < transactions.length; t++) {
    const tx = transactions[t];
    if (!Array.isArray(tx)) throw new Error(`transactions[${t}] must be an array of item labels, got ${tx === null ? "null" : typeof tx}`);
    for (let i = 0; i < tx.length; i++) {
      const label: unknown = tx[i];
      if (typeof label !== "string") throw new Error(`transactions[${t}][${i}] must be a string item label, got ${label === null ? "null" : typeof label}`);
      let id = ids.get(label);
      if (id === undefined) {
        id = rawLabels.length;
        ids.set(label, id);
        rawLabels.push(label);
        rawCounts.push(0);
        seen.push(0);
      }
      if (seen[id] !== t + 1) {
        seen[id] = t + 1;
        rawCounts[id]++;
        rawItems.push(id);
      }
    }
    rawStarts[t + 1] = rawItems.length;
  }

  const frequentRaw: number[] = [];
  for (let id = 0; id < rawCounts.length; id++) if (rawCounts[id] >= threshold) frequentRaw.push(id);
  frequentRaw.sort((a, b) => compareLabels(rawLabels[a], rawLabels[b]));
  const newId = new Int32Array(rawLabels.length).fill(-1);
  const labels: string[] = [];
  const itemCounts: number[] = [];
  let capacity = 0;
  frequentRaw.forEach((raw, id) => {
    newId[raw] = id;
    labels.push(rawLabels[raw]);
    itemCounts.push(rawCounts[raw]);
    capacity += rawCounts[raw];
  });

  // Pass 2 over the ids: the frequent items of each transaction, renumbered and sorted.
  const items = new Int32Array(capacity);
  const starts = new Int32Array(transactions.length + 1);
  let size = 0;
  let end = 0;
  for (let t = 0; t < transactions.length; t++) {
    const from = end;
    for (let p = rawStarts[t]; p < rawStarts[t + 1]; p++) {
      const id = newId[rawItems[p]];
      if (id >= 0) items[end++] = id;
    }
    if (end - from < minItems) {
      end = from;
      continue;
    }
    items.subarray(from, end).sort();
    starts[++size] = end;
  }
  return { labels, itemCounts, items, starts, size };
}

/**
 * Drops, in place, items whose `keep` flag is 0 and then transactions left with fewer than
 * `minItems` items; used between levels, when items outside every frequent itemset of the previous
 * level can no longer be part of a longer one.
 */
export function compactTransactions(data: EncodedTransactions, keep: Uint8Array, minItems: number): void {
  const { items, starts } = data;
  let size = 0;
  let end = 0;
  let readFrom = starts[0];
  for (let t = 0; t < data.size; t++) {
    // Writing never overtakes reading (end ≤ p, size ≤ t), so filtering in place is safe as long as
    // the old end of this transaction is read before starts[size + 1] may overwrite it.
    const readTo = starts[t + 1];
    const from = end;
    for (let p = readFrom; p < readTo; p++) if (keep[items[p]]) items[end++] = items[p];
    readFrom = readTo;
    if (end - from < minItems) {
      end = from;
      continue;
    }
    starts[++size] = end;
  }
  data.size = size;
}
