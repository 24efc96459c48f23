/**
 * 动销率 (dictionary: sell_through): listed products with a unit sold in the period ÷ listed
 * products, where listed = in the catalogue with a listing date on or before the period's end
 * (or none recorded). Products sold but not listed by then — missing from the catalogue, or
 * listed only later — are counted apart, so the operator sees the catalogue export is incomplete
 * or stale instead of a rate above 100 %.
 */
import { defineQuery } from "../../query.js";
import { IS_PURCHASE } from "../../metrics/dictionary.js";
import { checkDateRange } from "../dateRange.js";
import type { ProductOptions } from "./productOptions.js";

export interface SellThroughRow {
  listed: number;
  selling: number;
  rate: number | null;
  sold_not_listed: number;
}

export const SELL_THROUGH_SQL = `WITH listed AS (
  SELECT DISTINCT product_id FROM products WHERE listed_date IS NULL OR listed_date <= $2::DATE
), sold AS (
  SELECT DISTINCT i.product_id FROM order_items i JOIN orders o USING (order_id)
  WHERE o.currency = $3 AND ${IS_PURCHASE} AND o.paid_at >= $1::DATE AND o.paid_at < ($2::DATE + 1)::TIMESTAMP
    AND i.product_id IS NOT NULL AND i.quantity > 0
)
SELECT (SELECT count(*) FROM listed)::INTEGER AS listed,
  (SELECT count(*) FROM sold JOIN listed USING (product_id))::INTEGER AS selling,
  ((SELECT count(*) FROM sold JOIN listed USING (product_id)) / nullif((SELECT count(*) FROM listed), 0))::DOUBLE AS rate,
  (SELECT count(*) FROM sold WHERE product_id NOT IN (SELECT product_id FROM listed))::INTEGER AS sold_not_listed`;

export const sellThrough = defineQuery<ProductOptions, SellThroughRow>("sellThrough", SELL_THROUGH_SQL, (o) => [
  ...checkDateRange(o.from, o.to),
  o.currency
]);
