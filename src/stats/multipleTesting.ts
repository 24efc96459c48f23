/**
 * Adjusted p-values for several comparisons in one experiment (several metrics or several arms
 * against control), with the definitions of R's p.adjust: returned in the input order, each
 * capped at 1, and monotone in the raw p-values, so that comparing an adjusted p with alpha makes
 * the same decisions as the original step-down / step-up procedure.
 */

/** Holm's step-down adjustment: controls the family-wise error rate, never less powerful than Bonferroni. */
export function holmAdjust(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = ascendingOrder(pValues);
  const adjusted = new Array<number>(m);
  let running = 0;
  // The i-th smallest p (0-based) is multiplied by the m − i hypotheses still in play; a running
  // maximum keeps the step-down rule: nothing is rejected after the first non-rejection.
  order.forEach((index, i) => {
    running = Math.max(running, Math.min(1, (m - i) * pValues[index]));
    adjusted[index] = running;
  });
  return adjusted;
}

/** Benjamini–Hochberg step-up adjustment: controls the false discovery rate (independent or positively dependent tests). */
export function benjaminiHochbergAdjust(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = ascendingOrder(pValues);
  const adjusted = new Array<number>(m);
  let running = 1;
  // From the largest p down, p · m / rank, with a running minimum: step-up rejects everything
  // below the largest p that passes, so a smaller p can never get a larger adjusted value.
  for (let i = m - 1; i >= 0; i--) {
    running = Math.min(running, (m / (i + 1)) * pValues[order[i]]); // m/m = 1 exactly: the largest p stays as it is
    adjusted[order[i]] = running;
  }
  return adjusted;
}

/** Indices sorting `pValues` ascending, after checking that each is a probability. */
function ascendingOrder(pValues: readonly number[]): number[] {
  pValues.forEach((p, i) => {
    if (!(p >= 0 && p <= 1)) throw new Error(`p-value ${i} must be between 0 and 1, got ${p}`);
  });
  return pValues.map((_, i) => i).sort((i, j) => pValues[i] - pValues[j]);
}
