/**
 * Merges the 定金 (deposit) and 尾款 (balance) parts of Taobao pre-sale orders, staged by the
 * `taobao-orders` preset in `stage_taobao_presale_parts`, into one orders row each.
 *
 * Expects staging columns: order_id, part ('deposit' | 'balance'), customer_id, ordered_at,
 * paid_at, shipped_at, received_at, snapshot_at (naive epoch ms), status, amount_total,
 * amount_paid, postage, discount, refund_amount, currency, province, source_file.
 * Every column is cast, because the pipeline types staging columns from whichever row came first.
 *
 * Idempotent: the DELETE removes earlier merges (and any plain row with the same order id), and
 * each part is taken once, from its latest export, so re-running gives the same rows.
 */
const ts = (col: string) => `epoch_ms(${col}::BIGINT)::TIMESTAMP`;

export const TAOBAO_PRESALE_SQL: readonly string[] = [
  `DELETE FROM orders WHERE order_id IN (SELECT order_id::VARCHAR FROM stage_taobao_presale_parts)`,
  `INSERT INTO orders (order_id, customer_id, ordered_at, paid_at, shipped_at, received_at, status,
     amount_total, amount_paid, postage, discount, refund_amount, refunded_at, currency, channel, province, is_presale)
   WITH parts AS (
     SELECT order_id::VARCHAR AS order_id, part::VARCHAR AS part, customer_id::VARCHAR AS customer_id,
       ${ts("ordered_at")} AS ordered_at, ${ts("paid_at")} AS paid_at, ${ts("shipped_at")} AS shipped_at,
       ${ts("received_at")} AS received_at, status::VARCHAR AS status,
       amount_total::DOUBLE AS amount_total, amount_paid::DOUBLE AS amount_paid, postage::DOUBLE AS postage,
       discount::DOUBLE AS discount, refund_amount::DOUBLE AS refund_amount,
       currency::VARCHAR AS currency, province::VARCHAR AS province
     FROM stage_taobao_presale_parts
     QUALIFY row_number() OVER (PARTITION BY order_id::VARCHAR, part::VARCHAR
       ORDER BY snapshot_at::BIGINT DESC NULLS LAST, source_file::VARCHAR DESC) = 1
   )
   SELECT order_id, max(customer_id), min(ordered_at),
     max(paid_at) FILTER (WHERE part = 'balance'),
     max(shipped_at), max(received_at),
     coalesce(max(status) FILTER (WHERE part = 'balance'), max(status) FILTER (WHERE part = 'deposit')),
     round(sum(amount_total), 2), round(sum(amount_paid), 2), round(sum(postage), 2), round(sum(discount), 2),
     round(sum(refund_amount), 2), NULL::TIMESTAMP, max(currency), 'taobao', max(province), true
   FROM parts GROUP BY order_id`
];
