import { upperIncompleteGamma } from "./incompleteGamma.js";

/** P(χ²_df > x), the p-value of a chi-square statistic x: Q(df/2, x/2). df may be fractional. */
export function chiSquareUpperTail(x: number, df: number): number {
  if (!(x >= 0)) throw new Error(`a chi-square statistic must be ≥ 0, got ${x}`);
  if (!(df > 0)) throw new Error(`degrees of freedom must be positive, got ${df}`);
  return upperIncompleteGamma(df / 2, x / 2);
}
