/**
 * Apriori candidate generation: every itemset of length k + 1 all of whose length-k subsets are
 * frequent, built from the frequent length-k itemsets. Only such sets can be frequent (a superset is
 * never in more transactions than its subsets), so counting just these is both exact and cheap.
 * Candidates are returned back to back in one Int32Array because at low supports there can be
 * hundreds of thousands of them, and one typed array per candidate is slow to allocate.
 */
import type { EncodedItemset } from "./countPairs.js";
import { buildItemsetTrie, trieContainsWithout } from "./itemsetTrie.js";

/**
 * Candidates of length k + 1 from `frequent` (length k ≥ 2, ascending ids, in lexicographic order),
 * flattened: candidate i is at [i·(k+1), (i+1)·(k+1)). They come out in lexicographic order.
 */
export function generateCandidates(frequent: readonly EncodedItemset[]): Int32Array {
  if (frequent.length < 2) return new Int32Array(0);
  const k = frequent[0].ids.length;
  const flatFrequent = new Int32Array(frequent.length * k);
  frequent.forEach((f, i) => flatFrequent.set(f.ids, i * k));
  const known = buildItemsetTrie(flatFrequent, k);
  const samePrefix = (a: Int32Array, b: Int32Array): boolean => {
    for (let p = 0; p < k - 1; p++) if (a[p] !== b[p]) return false;
    return true;
  };
  const out: number[] = [];
  const candidate = new Int32Array(k + 1);
  // Two frequent sets sharing their first k − 1 items join into one candidate; lexicographic order
  // keeps each such group contiguous, and joining only within a group produces each candidate once.
  for (let g = 0; g < frequent.length; ) {
    let h = g + 1;
    while (h < frequent.length && samePrefix(frequent[g].ids, frequent[h].ids)) h++;
    for (let a = g; a < h; a++) {
      candidate.set(frequent[a].ids);
      for (let b = a + 1; b < h; b++) {
        candidate[k] = frequent[b].ids[k - 1];
        // The subsets without the last or next-to-last item are the two parents; check the others.
        let allFrequent = true;
        for (let skip = 0; skip < k - 1 && allFrequent; skip++) allFrequent = trieContainsWithout(known, candidate, skip);
        if (allFrequent) for (const id of candidate) out.push(id);
      }
    }
    g = h;
  }
  return Int32Array.from(out);
}
