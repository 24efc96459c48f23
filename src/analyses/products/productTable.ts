/**
 * 商品分析: one row per product (or SKU) sold in the period or in the previous period of the same
 * length, with the dictionary's product measures:
 *
 * - sales (商品销售额: units × unit price of purchase lines paid in the period; no postage, no
 *   refunds deducted), units, orders, buyers, new and repeat buyers (dictionary: the first
 *   purchase ever contains the product, or a later one does), refund rate (orders with a refund
 *   known by the period's end ÷ orders), mean review rating of the period's reviews (reviews
 *   carry a product id, not a SKU: at SKU level they go to the SKU the catalogue lists for the
 *   product); the first purchase is the customer's first in this currency;
 * - avg_price = sales ÷ units; price_band: low / mid / high against the 1/3 and 2/3 quantiles
 *   (linear interpolation) of the avg_price of the category's items sold in the period;
 * - abc: the dictionary's ABC class by sales among items sold in the period (equal sales, same
 *   class); prev_sales and change against the previous period (rising / falling).
 *
 * Money is summed in integer cents so both engines give the same totals.
 */
import { defineQuery } from "../../query.js";
import { IS_PURCHASE, refundAsOf } from "../../metrics/dictionary.js";
import { productParams, type ProductOptions } from "./productOptions.js";

export interface ProductRow {
  item: string;
  product_id: string | null;
  title: string | null;
  category: string | null;
  brand: string | null;
  sales: number;
  units: number;
  orders: number;
  buyers: number;
  new_buyers: number;
  repeat_buyers: number;
  refund_rate: number | null;
  rating: number | null;
  reviews: number;
  avg_price: number | null;
  price_band: "low" | "mid" | "high" | null;
  abc: "A" | "B" | "C" | null;
  prev_sales: number;
  change: number;
}

export const PRODUCT_LINES_CTE = `po AS (
  SELECT o.order_id, o.customer_id, o.paid_at, ${refundAsOf("$2")} > 0 AS refunded
  FROM orders o
  WHERE o.currency = $3 AND ${IS_PURCHASE} AND o.paid_at >= $5::DATE AND o.paid_at < ($2::DATE + 1)::TIMESTAMP
), lines AS (
  SELECT CASE WHEN $4 = 'sku' THEN coalesce(i.sku, i.product_id) ELSE i.product_id END AS item,
    i.product_id, i.title, i.category, i.brand, i.quantity, round(i.quantity * i.unit_price * 100)::BIGINT AS cents,
    po.order_id, po.customer_id, po.paid_at, po.refunded, po.paid_at >= $1::DATE AS cur
  FROM order_items i JOIN po USING (order_id)
  WHERE (CASE WHEN $4 = 'sku' THEN coalesce(i.sku, i.product_id) ELSE i.product_id END) IS NOT NULL
)`;

export const PRODUCT_TABLE_SQL = `WITH ${PRODUCT_LINES_CTE}, first_purchase AS (
  -- The first purchase ever (all data, not only the period): ties on the payment time by order id.
  SELECT o.customer_id, arg_min(o.order_id, (o.paid_at, o.order_id)) AS first_order
  FROM orders o WHERE o.currency = $3 AND o.customer_id IS NOT NULL AND ${IS_PURCHASE} GROUP BY 1
), per AS (
  SELECT l.item, arg_max(l.product_id, l.paid_at) AS product_id, arg_max(l.title, l.paid_at) AS title,
    arg_max(l.category, l.paid_at) AS category, arg_max(l.brand, l.paid_at) AS brand,
    coalesce(sum(l.cents) FILTER (WHERE l.cur), 0) AS cents, coalesce(sum(l.quantity) FILTER (WHERE l.cur), 0) AS units,
    count(DISTINCT l.order_id) FILTER (WHERE l.cur) AS orders,
    count(DISTINCT l.customer_id) FILTER (WHERE l.cur) AS buyers,
    count(DISTINCT l.customer_id) FILTER (WHERE l.cur AND l.order_id = f.first_order) AS new_buyers,
    count(DISTINCT l.customer_id) FILTER (WHERE l.cur AND l.order_id <> f.first_order) AS repeat_buyers,
    count(DISTINCT l.order_id) FILTER (WHERE l.cur AND l.refunded) AS refunded_orders,
    coalesce(sum(l.cents) FILTER (WHERE NOT l.cur), 0) AS prev_cents,
    bool_or(l.cur) AS sold
  FROM lines l LEFT JOIN first_purchase f USING (customer_id)
  GROUP BY l.item
), priced AS (
  SELECT *, CASE WHEN sold AND units > 0 THEN cents / units / 100 END AS avg_price FROM per
), cuts AS (
  SELECT category, quantile_cont(avg_price, 1.0 / 3) AS q1, quantile_cont(avg_price, 2.0 / 3) AS q2
  FROM priced WHERE avg_price IS NOT NULL GROUP BY category
), groups AS (
  SELECT cents, coalesce(sum(g) OVER (ORDER BY cents DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before,
    sum(g) OVER () AS total
  FROM (SELECT cents, sum(cents) AS g FROM per WHERE sold GROUP BY cents)
), ratings AS (
  SELECT CASE WHEN $4 = 'sku' THEN coalesce(p.sku, f.product_id) ELSE f.product_id END AS item,
    avg(f.rating) AS rating, count(*) AS reviews
  FROM feedback f LEFT JOIN products p ON p.product_id = f.product_id
  WHERE f.kind = 'review' AND f.rating IS NOT NULL AND f.product_id IS NOT NULL
    AND f.created_at >= $1::DATE AND f.created_at < ($2::DATE + 1)::TIMESTAMP
  GROUP BY 1
)
SELECT p.item::VARCHAR AS item, p.product_id::VARCHAR AS product_id, p.title::VARCHAR AS title,
  p.category::VARCHAR AS category, p.brand::VARCHAR AS brand, (p.cents / 100)::DOUBLE AS sales,
  p.units::INTEGER AS units, p.orders::INTEGER AS orders, p.buyers::INTEGER AS buyers,
  p.new_buyers::INTEGER AS new_buyers, p.repeat_buyers::INTEGER AS repeat_buyers,
  (p.refunded_orders / nullif(p.orders, 0))::DOUBLE AS refund_rate,
  round(r.rating, 2)::DOUBLE AS rating, coalesce(r.reviews, 0)::INTEGER AS reviews,
  p.avg_price::DOUBLE AS avg_price,
  -- A hair of tolerance: quantile_cont's position (n − 1)·(1/3) is a double, so a cut that is
  -- exactly a product's price (a whole position) can come out a few ulps below it.
  (CASE WHEN p.avg_price IS NULL THEN NULL WHEN p.avg_price <= c.q1 + 1e-9 * greatest(1, abs(c.q1)) THEN 'low'
    WHEN p.avg_price <= c.q2 + 1e-9 * greatest(1, abs(c.q2)) THEN 'mid' ELSE 'high' END)::VARCHAR AS price_band,
  (CASE WHEN NOT p.sold THEN NULL WHEN g.before < 0.8 * g.total OR g.total = 0 THEN 'A' WHEN g.before < 0.95 * g.total THEN 'B' ELSE 'C' END)::VARCHAR AS abc,
  (p.prev_cents / 100)::DOUBLE AS prev_sales, ((p.cents - p.prev_cents) / 100)::DOUBLE AS change
FROM priced p
LEFT JOIN cuts c ON c.category IS NOT DISTINCT FROM p.category
LEFT JOIN groups g ON g.cents = p.cents AND p.sold
LEFT JOIN ratings r ON r.item = p.item
ORDER BY p.cents DESC, p.item`;

export const productTable = defineQuery<ProductOptions, ProductRow>("productTable", PRODUCT_TABLE_SQL, productParams);
