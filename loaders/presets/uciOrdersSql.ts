/**
 * Builds one orders row per UCI Online Retail invoice from the lines the `uci-online-retail`
 * preset staged in `stage_uci_lines`.
 *
 * Expects staging columns: order_id, customer_id (pseudonymised or null), ordered_at (naive epoch
 * ms), line_amount (|quantity| × unit price), cancelled (0/1), country, line_key.
 * An invoice is treated as paid when issued (paid_at = ordered_at). A `C…` invoice is a credit
 * note for goods of an earlier invoice: it becomes its own order with status cancelled,
 * amount_total = refund_amount = the absolute line sum, amount_paid = 0 and refunded_at = its date,
 * so Σ amount_paid − Σ refund_amount nets returns out while order counts ignore it.
 *
 * Idempotent: the DELETE removes rows of earlier runs; a line staged twice (same file loaded twice
 * or an overlapping export) is counted once through line_key.
 */
const ms = (col: string) => `epoch_ms(${col}::BIGINT)::TIMESTAMP`;

export const UCI_ORDERS_SQL: readonly string[] = [
  `DELETE FROM orders WHERE order_id IN (SELECT order_id::VARCHAR FROM stage_uci_lines)`,
  `INSERT INTO orders (order_id, customer_id, ordered_at, paid_at, shipped_at, received_at, status,
     amount_total, amount_paid, postage, discount, refund_amount, refunded_at, currency, channel, province, is_presale)
   WITH lines AS (
     SELECT DISTINCT line_key::VARCHAR AS line_key, order_id::VARCHAR AS order_id, customer_id::VARCHAR AS customer_id,
       ${ms("ordered_at")} AS ordered_at, line_amount::DOUBLE AS line_amount,
       cancelled::INTEGER = 1 AS cancelled, country::VARCHAR AS country
     FROM stage_uci_lines
   ), invoices AS (
     SELECT order_id, max(customer_id) AS customer_id, min(ordered_at) AS ordered_at,
       round(sum(line_amount), 2) AS amount, bool_or(cancelled) AS cancelled, max(country) AS country
     FROM lines GROUP BY order_id
   )
   SELECT order_id, customer_id, ordered_at,
     CASE WHEN cancelled THEN NULL ELSE ordered_at END, NULL, NULL,
     CASE WHEN cancelled THEN 'cancelled' ELSE 'completed' END,
     amount, CASE WHEN cancelled THEN 0 ELSE amount END, NULL, NULL,
     CASE WHEN cancelled THEN amount ELSE 0 END,
     CASE WHEN cancelled THEN ordered_at ELSE NULL END,
     'GBP', 'online_retail', country, false
   FROM invoices`
];
