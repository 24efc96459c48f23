/**
 * Complaints per 1,000 purchases, written once for complaintRate and complaintTrend, as SQL to
 * paste after the feedback filter (bound with kind 'complaint'):
 * - `cr_complaints`: the complaints of the filter (kind = 'complaint', created in the range, with
 *   or without text; a sentiment or aspect filter keeps only those with text);
 * - `cr_orders`: purchase orders (IS_PURCHASE: paid and not cancelled, refunded ones included)
 *   placed (ordered_at) in the range, in any currency; with a category, brand or product filter,
 *   only orders with a line of that category, brand and product (category and brand from products
 *   by the line's product_id, else the line's own), as ff_products reads order lines. A topic
 *   filter narrows the complaints only (orders have no topic).
 * The rate is a ratio of two counts over the same period, not the share of orders complained
 * about: a complaint may concern an order placed earlier, or none. CR_RATE is null when the period
 * has no orders.
 */
import { IS_PURCHASE } from "../../metrics/dictionary.js";

export const COMPLAINT_COUNTS_CTE = `
cr_complaints AS (SELECT created_at FROM ff),
cr_orders AS (
  SELECT o.ordered_at FROM orders o
  WHERE ${IS_PURCHASE} AND o.ordered_at >= $1::DATE AND o.ordered_at < $2::DATE + INTERVAL 1 DAY
    AND (($6 = 'all' AND $7 = 'all' AND $8 = 'all') OR o.order_id IN (
      SELECT oi.order_id FROM order_items oi LEFT JOIN products p ON p.product_id = oi.product_id
      WHERE ($6 = 'all' OR coalesce(p.category, oi.category) = $6) AND ($7 = 'all' OR coalesce(p.brand, oi.brand) = $7)
        AND ($8 = 'all' OR oi.product_id = $8)))
)`;

/** complaints, orders and rate from counts `c.complaints` and `o.orders` (either may be null). */
export const COMPLAINT_COLUMNS = `coalesce(c.complaints, 0)::INTEGER AS complaints, coalesce(o.orders, 0)::INTEGER AS orders,
  (coalesce(c.complaints, 0) * 1000 / nullif(o.orders, 0))::DOUBLE AS per_1000_orders`;

export interface ComplaintMeasures {
  complaints: number;
  orders: number;
  /** Complaints per 1,000 purchase orders; null when there were no orders. */
  per_1000_orders: number | null;
}
