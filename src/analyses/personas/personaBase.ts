/**
 * The persona base: one row per customer with every input the tags, the behaviour groups and the
 * clustering read, as of a date and in one currency. Materialised once per (as-of date, currency,
 * promotion windows) so that moving a threshold or k in the page re-reads ready rows.
 *
 * Purchases are the dictionary's (paid, not cancelled) paid by the end of the as-of day; money is
 * net of the refunds known by then (the same as RFM's M). Orders without a customer id cannot be
 * attributed to anyone and are left out (the tag page counts customers, not orders).
 *
 * Measures, per customer:
 * - orders, net spend (cents), first / last purchase, recency in days;
 * - discount_share: Σ discount ÷ Σ (paid + discount) — the share of the list value given away;
 * - promo_share: share of purchases paid inside a promotion window of the shop calendar ($3);
 * - price_pct: the mean, over the customer's order lines, of the line's unit-price percentile
 *   among all attributable purchase lines (those with a customer id) of the same category, up to
 *   the as-of day (mid-rank for ties; 0 = cheapest, 1 = dearest), so a customer
 *   who buys the dearer items of each category scores high whatever the category's price level;
 * - brand_share: the top brand's value ÷ all the customer's line value, unbranded lines included
 *   (brand concentration; null when no line has a brand);
 * - category_breadth: distinct categories bought; top_category / top_brand by line value;
 * - refund_rate: purchases with a refund known by the as-of day ÷ purchases;
 * - review_rate: reviews written (feedback of kind review, by the as-of day) ÷ purchases, capped at
 *   1 (some shops allow a follow-up review per order);
 * - paid_hour: the hour of day the customer most often pays in (ties → earliest hour);
 * - device: the device of most of the customer's behaviour events (null without events);
 * - value_tier: A/B/C by cumulative share of net spend (80 % / 95 %), ties sharing a tier, as the
 *   RFM page's value tiers; rfm_segment: the RFM page's named segment under its default options.
 */
import type { Db, Param } from "../../query.js";
import { isoDate } from "../../query.js";
import { IS_PURCHASE, netAmountAsOf, refundAsOf } from "../../metrics/dictionary.js";
import { materializeRecent } from "../materializeRecent.js";
import { ensureRfmBase } from "../rfm/rfmBase.js";
import { RFM_SCORED_CTE, rfmParams } from "../rfm/rfmScoring.js";

export interface PersonaBaseOptions {
  asOf: string;
  currency: string;
  /** Promotion windows as "YYYY-MM-DD~YYYY-MM-DD" joined by ";" (see promotionWindowsParam). */
  promotions: string;
}

export const PERSONA_BASE_TABLE_SQL = `CREATE TEMP TABLE IF NOT EXISTS persona_base (
  pid INTEGER, customer_id VARCHAR, orders INTEGER, net_cents BIGINT, first_purchase DATE, last_purchase DATE,
  recency INTEGER, discount_share DOUBLE, promo_share DOUBLE, refund_rate DOUBLE, paid_hour INTEGER,
  price_pct DOUBLE, brand_share DOUBLE, category_breadth INTEGER, top_category VARCHAR, top_brand VARCHAR,
  review_rate DOUBLE, device VARCHAR, gender VARCHAR, birth_year INTEGER, age INTEGER, province VARCHAR, city VARCHAR,
  acquisition_channel VARCHAR, member_level VARCHAR, value_tier VARCHAR, rfm_segment VARCHAR)`;

/** $1 as-of date, $2 currency, $3 promotion windows, $4 pid. */
export const PERSONA_BASE_INSERT_SQL = `
INSERT INTO persona_base
WITH po AS (
  -- Money in integer cents: sums of doubles differ in the last bits between engines.
  SELECT o.order_id, o.customer_id, o.paid_at, round(coalesce(o.amount_paid, 0) * 100)::BIGINT AS paid,
    round(coalesce(o.discount, 0) * 100)::BIGINT AS discount,
    ${refundAsOf("$1")} > 0 AS refunded, round(${netAmountAsOf("$1")} * 100)::BIGINT AS net_cents
  FROM orders o
  WHERE o.currency = $2 AND o.customer_id IS NOT NULL AND ${IS_PURCHASE} AND o.paid_at < ($1::DATE + 1)::TIMESTAMP
), promo AS (
  SELECT split_part(w, '~', 1)::DATE AS s, split_part(w, '~', 2)::DATE AS e
  FROM (SELECT unnest(string_split($3, ';')) AS w) WHERE w <> ''
), po_promo AS (
  SELECT DISTINCT po.order_id FROM po JOIN promo ON po.paid_at::DATE BETWEEN promo.s AND promo.e
), per_order AS (
  SELECT customer_id, count(*)::INTEGER AS orders, sum(net_cents)::BIGINT AS net_cents,
    min(paid_at)::DATE AS first_purchase, max(paid_at)::DATE AS last_purchase,
    (sum(discount) / nullif(sum(paid) + sum(discount), 0))::DOUBLE AS discount_share,
    avg((pp.order_id IS NOT NULL)::INTEGER)::DOUBLE AS promo_share,
    avg(refunded::INTEGER)::DOUBLE AS refund_rate
  FROM po LEFT JOIN po_promo pp USING (order_id) GROUP BY customer_id
), hours AS (
  SELECT customer_id, arg_min(h, (-n, h))::INTEGER AS paid_hour
  FROM (SELECT customer_id, hour(paid_at) AS h, count(*) AS n FROM po GROUP BY 1, 2) GROUP BY customer_id
), lines AS (
  -- Lines without a category rank among themselves (NULL is one partition) but name no category.
  SELECT po.customer_id, i.category, i.brand,
    round(i.quantity * i.unit_price * 100)::BIGINT AS value,
    -- Mid-rank percentile: tied prices share the middle of their ranks (percent_rank alone would
    -- give every tie the lowest rank and pull the mean below 0.5).
    -- n is the whole category (count over an ordered window would be a running count).
    CASE WHEN count(*) OVER c = 1 THEN 0.5
      ELSE ((rank() OVER w - 1) + (cume_dist() OVER w * count(*) OVER c - 1)) / (2 * (count(*) OVER c - 1)) END AS pct
  FROM order_items i JOIN po USING (order_id) WHERE i.unit_price IS NOT NULL
  WINDOW w AS (PARTITION BY i.category ORDER BY i.unit_price), c AS (PARTITION BY i.category)
), by_cat AS (
  SELECT customer_id, category, sum(value) AS v FROM lines WHERE category IS NOT NULL GROUP BY 1, 2
), by_brand AS (
  SELECT customer_id, brand, sum(value) AS v FROM lines WHERE brand IS NOT NULL GROUP BY 1, 2
), per_line AS (
  -- Rounded: a mean of doubles depends on the summation order, which differs between engines.
  SELECT l.customer_id, round(avg(l.pct), 10)::DOUBLE AS price_pct, count(DISTINCT l.category)::INTEGER AS category_breadth,
    sum(l.value) AS item_value
  FROM lines l GROUP BY 1
), cat_top AS (
  SELECT customer_id, arg_max(category, (v, category)) AS top_category FROM by_cat GROUP BY 1
), brand_top AS (
  -- The share is of all the customer's item value, unbranded lines included (the tag's definition).
  SELECT b.customer_id, arg_max(b.brand, (b.v, b.brand)) AS top_brand,
    (max(b.v) / nullif(any_value(pl.item_value), 0))::DOUBLE AS brand_share
  FROM by_brand b JOIN per_line pl USING (customer_id) GROUP BY 1
), reviews AS (
  SELECT customer_id, count(*) AS n FROM feedback
  WHERE kind = 'review' AND customer_id IS NOT NULL AND created_at < ($1::DATE + 1)::TIMESTAMP GROUP BY 1
), devices AS (
  SELECT customer_id, arg_max(device, (n, device)) AS device
  FROM (SELECT customer_id, device, count(*) AS n FROM events
    WHERE customer_id IS NOT NULL AND device IS NOT NULL AND event_at < ($1::DATE + 1)::TIMESTAMP GROUP BY 1, 2)
  GROUP BY 1
), tiers AS (
  -- Value tiers as the RFM page draws them: equal spend shares a tier, placed by where it starts.
  SELECT net_cents, CASE WHEN before < 0.8 * total OR total = 0 THEN 'A' WHEN before < 0.95 * total THEN 'B' ELSE 'C' END AS value_tier
  FROM (
    SELECT net_cents, coalesce(sum(g) OVER (ORDER BY net_cents DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before,
      sum(g) OVER () AS total
    FROM (SELECT net_cents, sum(net_cents) AS g FROM per_order GROUP BY net_cents)
  )
)
SELECT $4::INTEGER, p.customer_id, p.orders, p.net_cents, p.first_purchase, p.last_purchase,
  date_diff('day', p.last_purchase, $1::DATE)::INTEGER, p.discount_share, p.promo_share, p.refund_rate, h.paid_hour,
  l.price_pct, b.brand_share, coalesce(l.category_breadth, 0), c.top_category, b.top_brand,
  least(1.0, coalesce(r.n, 0) / p.orders)::DOUBLE, d.device, cu.gender, cu.birth_year, (year($1::DATE) - cu.birth_year)::INTEGER, cu.province, cu.city,
  cu.acquisition_channel, cu.member_level, t.value_tier, NULL
FROM per_order p
LEFT JOIN hours h USING (customer_id) LEFT JOIN per_line l USING (customer_id)
LEFT JOIN cat_top c USING (customer_id) LEFT JOIN brand_top b USING (customer_id)
LEFT JOIN reviews r USING (customer_id) LEFT JOIN devices d USING (customer_id)
LEFT JOIN customers cu USING (customer_id) LEFT JOIN tiers t USING (net_cents)`;

/** RFM's named segment under the RFM page's defaults; $1…$14 are rfmParams, $15 the pid. */
export const PERSONA_RFM_UPDATE_SQL = `
UPDATE persona_base SET rfm_segment = s.segment
FROM (WITH ${RFM_SCORED_CTE} SELECT customer_id, segment FROM rfm_scored WHERE as_of = $1::DATE) s
WHERE persona_base.pid = $15::INTEGER AND persona_base.customer_id = s.customer_id`;

export function personaBaseKey(o: PersonaBaseOptions): string {
  isoDate("asOf", o.asOf);
  if (!/^(\d{4}-\d{2}-\d{2}~\d{4}-\d{2}-\d{2})?(;\d{4}-\d{2}-\d{2}~\d{4}-\d{2}-\d{2})*$/.test(o.promotions)) {
    throw new Error(`invalid promotions: ${o.promotions} (expected YYYY-MM-DD~YYYY-MM-DD;…)`);
  }
  for (const d of o.promotions.split(/[~;]/).filter(Boolean)) isoDate("promotion date", d);
  return `${o.asOf}|${o.currency}|${o.promotions}`;
}

/** Makes sure persona_base holds the rows for these options; returns their pid. */
export function ensurePersonaBase(db: Db, o: PersonaBaseOptions): Promise<number> {
  const key = personaBaseKey(o);
  return materializeRecent(
    db,
    "persona",
    key,
    async (pid) => {
      await db.query(PERSONA_BASE_TABLE_SQL);
      await db.query(PERSONA_BASE_INSERT_SQL, [o.asOf, o.currency, o.promotions, pid]);
      await ensureRfmBase(db, o.asOf, o.currency);
      await db.query(PERSONA_RFM_UPDATE_SQL, [...rfmParams({ asOf: o.asOf, currency: o.currency }), pid]);
    },
    async (pid) => {
      await db.query("DELETE FROM persona_base WHERE pid = $1::INTEGER", [pid]);
    },
    2
  );
}

/** Runs a persona query whose $1 is the pid, after the base exists. */
export async function runOnPersonaBase<Row>(db: Db, sql: string, params: Param[], o: PersonaBaseOptions): Promise<Row[]> {
  const pid = await ensurePersonaBase(db, o);
  return db.query<Row>(sql, [pid, ...params.slice(1)]);
}
