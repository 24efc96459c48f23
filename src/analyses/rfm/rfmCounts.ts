/**
 * Where every order of the currency went, as of the date, so the page can show that the
 * customers it scores reconcile with the export: orders = not purchases + paid after the date +
 * refunded in full by then + kept without a customer id + counted.
 */
import { defineQuery, isoDate } from "../../query.js";
import { IS_PURCHASE, isKeptPurchaseAsOf, refundAsOf } from "../../metrics/dictionary.js";

export interface RfmCountsOptions {
  asOf: string;
  currency: string;
}

export interface RfmCountsRow {
  orders: number;
  not_purchases: number;
  after_as_of: number;
  refunded: number;
  no_customer: number;
  counted: number;
  customers: number;
  refunds_without_time: number;
  first_purchase: Date | null;
  last_purchase: Date | null;
}

export const RFM_COUNTS_SQL = `
SELECT count(*)::INTEGER AS orders,
  count(*) FILTER (WHERE NOT ${IS_PURCHASE})::INTEGER AS not_purchases,
  count(*) FILTER (WHERE ${IS_PURCHASE} AND o.paid_at >= ($1::DATE + 1)::TIMESTAMP)::INTEGER AS after_as_of,
  count(*) FILTER (WHERE ${IS_PURCHASE} AND o.paid_at < ($1::DATE + 1)::TIMESTAMP AND NOT ${isKeptPurchaseAsOf("$1")})::INTEGER AS refunded,
  count(*) FILTER (WHERE ${isKeptPurchaseAsOf("$1")} AND o.customer_id IS NULL)::INTEGER AS no_customer,
  count(*) FILTER (WHERE ${isKeptPurchaseAsOf("$1")} AND o.customer_id IS NOT NULL)::INTEGER AS counted,
  count(DISTINCT o.customer_id) FILTER (WHERE ${isKeptPurchaseAsOf("$1")})::INTEGER AS customers,
  count(*) FILTER (WHERE ${isKeptPurchaseAsOf("$1")} AND ${refundAsOf("$1")} > 0 AND o.refunded_at IS NULL)::INTEGER AS refunds_without_time,
  min(o.paid_at) FILTER (WHERE ${IS_PURCHASE})::DATE AS first_purchase,
  max(o.paid_at) FILTER (WHERE ${IS_PURCHASE})::DATE AS last_purchase
FROM orders o WHERE o.currency = $2`;

export const rfmCounts = defineQuery<RfmCountsOptions, RfmCountsRow>("rfmCounts", RFM_COUNTS_SQL, (o) => {
  isoDate("asOf", o.asOf);
  return [o.asOf, o.currency];
});
