/**
 * Turns a support threshold into the number of transactions an itemset must appear in. Counting is
 * done in integers and only this one conversion touches floating point: 0.28 × 25 is 7.000000000000001
 * in binary, so rounding the product up would demand 8 orders and drop an itemset whose support is
 * exactly the threshold (7 of 25 at 0.28). Subtracting 1e-9 before rounding up absorbs that
 * representation error while staying far below the gap of one whole transaction.
 */
import { requireCount, requireSupport } from "./validate.js";

/** Smallest count c with c / transactions ≥ minSupport (at least 1, so an itemset never seen is never frequent). */
export function minimumCount(minSupport: number, transactions: number): number {
  requireSupport("minSupport", minSupport);
  requireCount("transactions", transactions, 0);
  return Math.max(1, Math.ceil(minSupport * transactions - 1e-9));
}
