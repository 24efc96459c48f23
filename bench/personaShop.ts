/**
 * A synthetic shop for the persona benches, generated in SQL so the same text fills Node DuckDB
 * and DuckDB-WASM: `customers` buyers with 1–8 purchases each (geometric), 1–3 lines per order
 * over 14 categories and 9 brands with category price levels, discounts on ~30 % of orders,
 * refunds on ~5 %, reviews on ~30 %, and two behaviour events for half the customers.
 */
import type { Db } from "../src/query.ts";
import { ALL_TABLES, createTableSql } from "../src/schema.ts";

export async function fillPersonaShop(db: Db, customers: number): Promise<{ customers: number; orders: number; lines: number }> {
  for (const t of ["customers", "orders", "order_items", "feedback", "events", "products"] as const) await db.query(createTableSql(ALL_TABLES[t]));
  await db.query("SELECT setseed(0.42)");
  await db.query(`INSERT INTO customers (customer_id, first_seen_date, gender, birth_year, province, city, acquisition_channel, member_level)
    SELECT 'c' || i, DATE '2024-01-01' + (i % 700)::INTEGER, CASE WHEN random() < 0.6 THEN 'F' ELSE 'M' END,
      1960 + floor(random() * 45)::INTEGER, ['广东', '浙江', '江苏', '上海', '北京'][1 + i % 5],
      ['广州', '杭州', '苏州', '上海', '北京', '温州'][1 + i % 6], ['手淘搜索', '直通车', '抖音'][1 + i % 3], '普通会员'
    FROM range(${customers}) t(i)`);
  await db.query(`CREATE TEMP TABLE bench_orders AS
    SELECT 'o' || row_number() OVER () AS order_id, 'c' || c AS customer_id,
      TIMESTAMP '2024-01-01' + to_seconds(floor(random() * 730 * 86400)::BIGINT) AS ts, random() AS r
    FROM (SELECT c, 1 + least(7, floor(-ln(random()) * 1.2))::INTEGER AS n FROM range(${customers}) t(c)) x, LATERAL (SELECT k FROM range(x.n) q(k))`);
  await db.query(`INSERT INTO order_items (order_id, line_no, product_id, category, brand, quantity, unit_price)
    SELECT order_id, k + 1, 'p' || (cat * 30 + floor(random() * 30)::INTEGER), 'cat' || cat, 'brand' || ((cat + floor(random() * 3)::INTEGER) % 9),
      1, round((20 + cat * 30) * (0.5 + random() * 1.5), 2)
    FROM (SELECT order_id, k, floor(random() * 14)::INTEGER AS cat FROM bench_orders, LATERAL (SELECT k FROM range(1 + floor(r * 3)::INTEGER) q(k)))`);
  await db.query(`INSERT INTO orders (order_id, customer_id, ordered_at, paid_at, status, amount_total, amount_paid, discount, refund_amount, currency)
    SELECT o.order_id, o.customer_id, o.ts, o.ts + INTERVAL 5 MINUTE, 'completed', v.total, round(v.total - v.disc, 2), v.disc,
      CASE WHEN o.r < 0.05 THEN round(v.total - v.disc, 2) ELSE 0 END, 'CNY'
    FROM bench_orders o JOIN (
      SELECT order_id, sum(unit_price) AS total, CASE WHEN random() < 0.3 THEN round(sum(unit_price) * 0.15, 2) ELSE 0 END AS disc
      FROM order_items GROUP BY order_id) v USING (order_id)`);
  await db.query(`INSERT INTO feedback (kind, created_at, customer_id, order_id, rating, text)
    SELECT 'review', ts + INTERVAL 5 DAY, customer_id, order_id, 1 + floor(random() * 5)::INTEGER, NULL FROM bench_orders WHERE r < 0.3`);
  await db.query(`INSERT INTO events (event_at, visitor_id, customer_id, event_type, device)
    SELECT TIMESTAMP '2024-01-01' + to_seconds(floor(random() * 730 * 86400)::BIGINT), 'v' || i, 'c' || i, 'view', ['app', 'mobile', 'pc'][1 + (i + k) % 3]
    FROM range(0, ${customers}, 2) t(i), range(2) q(k)`);
  const [n] = await db.query<{ orders: number; lines: number }>("SELECT (SELECT count(*) FROM orders)::INTEGER AS orders, (SELECT count(*) FROM order_items)::INTEGER AS lines");
  return { customers, orders: n!.orders, lines: n!.lines };
}
