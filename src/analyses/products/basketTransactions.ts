/**
 * Market-basket input: one row per purchase (paid in the period) with the distinct items of its
 * lines at the chosen level — category, brand or product. A purchase whose lines have no value at
 * that level (no brand recorded …) still counts in the denominator as an empty basket, so
 * supports are shares of all purchases with lines. Mining happens in src/basket on these rows.
 */
import { defineQuery, oneOf } from "../../query.js";
import { IS_PURCHASE } from "../../metrics/dictionary.js";
import { checkDateRange } from "../dateRange.js";

export const BASKET_LEVELS = ["category", "brand", "product"] as const;
export type BasketLevel = (typeof BASKET_LEVELS)[number];

export interface BasketOptions {
  from: string;
  to: string;
  currency: string;
  level: BasketLevel;
}

export interface BasketRow {
  /** The basket's distinct items joined by ITEM_SEPARATOR; '' when none has a value at this level. */
  items: string;
}

export const basketItems = (row: BasketRow): string[] => (row.items ? row.items.split(ITEM_SEPARATOR) : []);

/** Item labels travel joined by the ASCII unit separator (the Db seam carries no lists). */
export const ITEM_SEPARATOR = "\u001f";

export const BASKET_TRANSACTIONS_SQL = `
SELECT coalesce(string_agg(DISTINCT x, chr(31) ORDER BY x), '') AS items
FROM (
  SELECT o.order_id, CASE $4 WHEN 'category' THEN i.category WHEN 'brand' THEN i.brand ELSE i.product_id END AS x
  FROM order_items i JOIN orders o USING (order_id)
  WHERE o.currency = $3 AND ${IS_PURCHASE} AND o.paid_at >= $1::DATE AND o.paid_at < ($2::DATE + 1)::TIMESTAMP
)
GROUP BY order_id
ORDER BY order_id`;

export const basketTransactions = defineQuery<BasketOptions, BasketRow>("basketTransactions", BASKET_TRANSACTIONS_SQL, (o) => [
  ...checkDateRange(o.from, o.to),
  o.currency,
  oneOf("level", o.level, BASKET_LEVELS)
]);
