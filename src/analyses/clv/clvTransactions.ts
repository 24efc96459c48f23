/**
 * The transactions the CLV models read: one row per customer and purchase day up to the end of
 * `through` (same-day purchases merged, as the models require), with the day as a whole day
 * number (days since 1970-01-01, shop-local) and the day's kept amount in the currency.
 *
 * Purchases and money are the dictionary's kept purchases as of `through`: paid by then, not
 * cancelled, not fully refunded by then, net of the refunds known by then. Orders without a
 * customer id are left out (rfmCounts counts them for the page).
 */
import { defineQuery, isoDate } from "../../query.js";
import { isKeptPurchaseAsOf, netAmountAsOf } from "../../metrics/dictionary.js";

export interface ClvTransactionsOptions {
  currency: string;
  /** Last day included (YYYY-MM-DD). */
  through: string;
}

export interface ClvTransactionRow {
  customer_id: string;
  day: number;
  amount: number;
}

export const CLV_TRANSACTIONS_SQL = `
SELECT o.customer_id::VARCHAR AS customer_id,
  date_diff('day', DATE '1970-01-01', o.paid_at::DATE)::INTEGER AS day,
  -- Cents first: the sum of a day's orders must not depend on the engine's summation order.
  (sum(round(${netAmountAsOf("$2")} * 100)::BIGINT) / 100)::DOUBLE AS amount
FROM orders o
WHERE o.currency = $1 AND o.customer_id IS NOT NULL AND ${isKeptPurchaseAsOf("$2")}
GROUP BY o.customer_id, day
ORDER BY customer_id, day`;

export const clvTransactions = defineQuery<ClvTransactionsOptions, ClvTransactionRow>("clvTransactions", CLV_TRANSACTIONS_SQL, (o) => {
  isoDate("through", o.through);
  if (typeof o.currency !== "string" || o.currency === "") throw new Error("invalid currency: empty");
  return [o.currency, o.through];
});
