/**
 * A prefix tree of same-length itemsets (ascending item ids), used from length 3 on both to look up
 * whether a subset is frequent and to count candidates: a transaction is walked down the tree, so
 * only the combinations of its items that start like some candidate are ever visited, instead of
 * every k-subset of every transaction being hashed. The last level maps an item straight to the
 * itemset's index rather than to a node: with hundreds of thousands of candidates, one Map per leaf
 * would cost most of the memory.
 */
import type { EncodedTransactions } from "./encodeTransactions.js";

/** Item id → subtree, or → itemset index on the last level. */
export type ItemsetTrie = Map<number, ItemsetTrie | number>;

/** Builds the tree of the length-`k` itemsets stored back to back in `flat` (itemset i at i·k). */
export function buildItemsetTrie(flat: ArrayLike<number>, k: number): ItemsetTrie {
  const root: ItemsetTrie = new Map();
  for (let i = 0, start = 0; start < flat.length; i++, start += k) {
    let node = root;
    for (let p = start; p < start + k - 1; p++) {
      let child = node.get(flat[p]) as ItemsetTrie | undefined;
      if (child === undefined) {
        child = new Map();
        node.set(flat[p], child);
      }
      node = child;
    }
    node.set(flat[start + k - 1], i);
  }
  return root;
}

/** Whether the tree holds `ids` with the element at position `skip` left out. */
export function trieContainsWithout(root: ItemsetTrie, ids: ArrayLike<number>, skip: number): boolean {
  let node: ItemsetTrie | number | undefined = root;
  for (let p = 0; p < ids.length && node !== undefined; p++) if (p !== skip) node = (node as ItemsetTrie).get(ids[p]);
  return node !== undefined;
}

/** Adds to counts[i] the number of transactions containing itemset i of a tree of length-`k` itemsets. */
export function countWithTrie(root: ItemsetTrie, k: number, data: EncodedTransactions, counts: Uint32Array): void {
  const { items, starts, size } = data;
  const walk = (node: ItemsetTrie, from: number, end: number, remaining: number): void => {
    // Stop early enough that `remaining` items are still left to complete the itemset.
    for (let p = from; p <= end - remaining; p++) {
      const child = node.get(items[p]);
      if (child === undefined) continue;
      if (remaining === 1) counts[child as number]++;
      else walk(child as ItemsetTrie, p + 1, end, remaining - 1);
    }
  };
  for (let t = 0; t < size; t++) walk(root, starts[t], starts[t + 1], k);
}
