import { createRng } from "../clv/rng.js";

export interface StratifiedSplit {
  /** Indices into the input, increasing. */
  readonly train: number[];
  readonly test: number[];
}

/**
 * Splits item indices into train and test so that each class keeps its share in both: within
 * each class (in order of first appearance) the indices are shuffled by a seeded Fisher–Yates
 * (src/clv/rng.ts, so the same seed gives the same split on every machine) and the first
 * round(fraction · class size) go to train. Default: 50/50, seed 0.
 */
export function stratifiedSplit(labels: readonly string[], { fraction = 0.5, seed = 0 }: { fraction?: number; seed?: number } = {}): StratifiedSplit {
  if (!(fraction > 0 && fraction < 1)) throw new Error(`stratifiedSplit: fraction must be in (0, 1), got ${fraction}`);
  const byClass = new Map<string, number[]>();
  labels.forEach((label, i) => {
    const list = byClass.get(label);
    if (list) list.push(i);
    else byClass.set(label, [i]);
  });
  const rng = createRng(seed);
  const train: number[] = [], test: number[] = [];
  for (const members of byClass.values()) {
    for (let i = members.length - 1; i > 0; i--) {
      const j = rng.integer(0, i);
      [members[i], members[j]] = [members[j]!, members[i]!];
    }
    const cut = Math.round(fraction * members.length);
    // A loop, not push(...slice): spreading a class of a few hundred thousand items as call
    // arguments overflows the stack (a size-L shop has ~400k rated reviews).
    for (let k = 0; k < members.length; k++) (k < cut ? train : test).push(members[k]!);
  }
  const ascending = (a: number, b: number) => a - b;
  return { train: train.sort(ascending), test: test.sort(ascending) };
}
