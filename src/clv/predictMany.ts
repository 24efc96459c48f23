/**
 * Per-customer predictions computed once per distinct (x, t_x, T) pattern and broadcast back:
 * for a million customers this is the difference between a million 2F1 evaluations and a few
 * hundred thousand (or, for P(alive) of BG/NBD x = 0 customers, none).
 */
import { compressPatterns, expandToCustomers, type RfmInput } from "./patterns.js";
import type { TransactionModel } from "./transactionModel.js";

/** E[Y(t) | x, t_x, T] for every row of `customers`. */
export function conditionalExpectedPurchasesMany(model: TransactionModel, t: number, customers: RfmInput): Float64Array {
  const p = compressPatterns(customers);
  const v = new Float64Array(p.x.length);
  for (let i = 0; i < v.length; i++) v[i] = model.conditionalExpectedPurchases(t, p.x[i], p.tx[i], p.T[i]);
  return expandToCustomers(v, p.customerPattern);
}

/** P(alive | x, t_x, T) for every row of `customers`. */
export function probabilityAliveMany(model: TransactionModel, customers: RfmInput): Float64Array {
  const p = compressPatterns(customers);
  const v = new Float64Array(p.x.length);
  for (let i = 0; i < v.length; i++) v[i] = model.probabilityAlive(p.x[i], p.tx[i], p.T[i]);
  return expandToCustomers(v, p.customerPattern);
}
