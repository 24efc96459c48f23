import { chiSquareUpperTail } from "./chiSquare.js";
import { requireCount, requireOpenUnit } from "./validate.js";

export interface SampleRatioMismatchOptions {
  /**
   * The designed traffic split, one positive weight per arm, normalized to sum to 1: [1, 1],
   * [50, 50] and [0.5, 0.5] all mean an even split. Default: equal shares.
   */
  expectedShares?: readonly number[];
  /** p-value below which the split is flagged; default 0.001. */
  threshold?: number;
}

export interface SampleRatioMismatchResult {
  /** Pearson's Σ (observed − expected)² / expected. */
  chiSquare: number;
  /** Number of arms − 1. */
  df: number;
  pValue: number;
  expectedCounts: number[];
  /** pValue < threshold: the assignment, logging or filtering is suspect; do not read the results. */
  mismatch: boolean;
}

/**
 * Sample ratio mismatch check: a chi-square goodness-of-fit test of the observed units per arm
 * against the designed split, for any number of arms.
 *
 * The default alarm threshold is p < 0.001, the conservative convention of Kohavi, Tang & Xu,
 * "Trustworthy Online Controlled Experiments" (2020, ch. 21 on SRM) and of the tools that follow
 * them (GrowthBook's default is the same). The check runs on every experiment, often daily and per
 * segment, so at 0.05 one healthy experiment in twenty would raise a false alarm; a real SRM, on
 * the other hand, usually comes from a bug that shifts thousands of units and drives p far below
 * 0.001, so the strict threshold misses little.
 */
export function sampleRatioMismatch(observed: readonly number[], options: SampleRatioMismatchOptions = {}): SampleRatioMismatchResult {
  const { expectedShares = observed.map(() => 1), threshold = 0.001 } = options;
  if (observed.length < 2) throw new Error(`a ratio check needs at least 2 arms, got ${observed.length}`);
  if (expectedShares.length !== observed.length) throw new Error(`expectedShares has ${expectedShares.length} entries for ${observed.length} arms`);
  observed.forEach((count, i) => requireCount(`count of arm ${i}`, count, 0));
  expectedShares.forEach((share, i) => {
    if (!(share > 0 && share < Infinity)) throw new Error(`expected share of arm ${i} must be positive and finite, got ${share}`);
  });
  requireOpenUnit("threshold", threshold);
  const total = observed.reduce((s, c) => s + c, 0);
  if (total === 0) throw new Error("no units observed in any arm");
  const shareSum = expectedShares.reduce((s, w) => s + w, 0);
  const expectedCounts = expectedShares.map((w) => (total * w) / shareSum);
  const chiSquare = observed.reduce((s, o, i) => s + (o - expectedCounts[i]) ** 2 / expectedCounts[i], 0);
  const df = observed.length - 1;
  const pValue = chiSquareUpperTail(chiSquare, df);
  return { chiSquare, df, pValue, expectedCounts, mismatch: pValue < threshold };
}
