/**
 * Counts every pair of frequent items that occurs together, the level where Apriori spends most of
 * its time (a few thousand frequent items give millions of candidate pairs). Pairs are counted in a
 * flat triangular Uint32Array indexed by the two item ids, so the inner loop is one add with no
 * hashing and no candidate generation. To keep memory bounded in the browser when there are very many
 * frequent items, the triangle is cut into blocks of rows of at most `maxCells` counters and the
 * transactions are scanned once per block.
 */
import type { EncodedTransactions } from "./encodeTransactions.js";

/** An itemset as ascending item ids with the number of transactions containing it. */
export interface EncodedItemset {
  ids: Int32Array;
  count: number;
}

/** 4 Mi counters (16 MB) cover 2,900 frequent items in one scan. */
const DEFAULT_MAX_CELLS = 1 << 22;

/**
 * Pairs (i, j), i < j, of the `itemCount` item ids found together in at least `threshold`
 * transactions, in ascending (i, j) order.
 */
export function countPairs(data: EncodedTransactions, itemCount: number, threshold: number, maxCells = DEFAULT_MAX_CELLS): EncodedItemset[] {
  const m = itemCount;
  // Row i of the triangle holds the pairs (i, i+1) … (i, m−1) and starts at rowStart(i).
  const rowStart = (i: number): number => i * m - (i * (i + 1)) / 2;
  const { items, starts, size } = data;
  const pairs: EncodedItemset[] = [];
  const counts = new Uint32Array(Math.max(1, Math.min(rowStart(m - 1), Math.max(maxCells, m - 1))));
  for (let r0 = 0; r0 < m - 1; ) {
    // Take whole rows while they fit; a single row always fits since the buffer holds at least m − 1 counters.
    let r1 = r0 + 1;
    while (r1 < m - 1 && rowStart(r1 + 1) - rowStart(r0) <= counts.length) r1++;
    const offset = rowStart(r0);
    const cells = rowStart(r1) - offset;
    counts.fill(0, 0, cells);
    for (let t = 0; t < size; t++) {
      const end = starts[t + 1];
      for (let p = starts[t]; p < end - 1; p++) {
        const i = items[p];
        if (i < r0) continue;
        if (i >= r1) break;
        // (i, j) lives at rowStart(i) + j − i − 1, relative to this block's first cell.
        const base = rowStart(i) - offset - i - 1;
        for (let q = p + 1; q < end; q++) counts[base + items[q]]++;
      }
    }
    for (let i = r0; i < r1; i++) {
      const base = rowStart(i) - offset - i - 1;
      for (let j = i + 1; j < m; j++) {
        const count = counts[base + j];
        if (count >= threshold) pairs.push({ ids: Int32Array.of(i, j), count });
      }
    }
    r0 = r1;
  }
  return pairs;
}
