/**
 * The overview's compact fact tables, derived from the canonical tables at build time so the
 * page's live engine never downloads the raw event log or the orders table (at a million orders
 * and ten million events those are ~180 MB; these are a few MB), and so that a change of the date
 * range re-aggregates a few thousand rows instead of counting millions of ids distinct:
 *   - visit_days: events and page views per day.
 *   - sales_days: purchases and money per paying day and currency.
 *   - people_days: everything the overview counts distinct (visitors, visitors who bought, paying
 *     buyers, repeat buyers), as counts of people that any date range can add up exactly.
 *   - purchase_currencies: one row per currency paid in, with how many purchases carry a buyer.
 *
 * How people_days counts distinct people by summing. A visitor seen on days t1 < t2 < … is counted
 * in a range [d0, d1] on the first of their days inside it: day t_i is that first day exactly when
 * t_(i-1) < d0 ≤ t_i. So each (person, day) row carries the interval of range starts for which it
 * is the one that counts — `since` < d0 ≤ `until` — and the people in a range are
 *   sum(people) over rows with d0 ≤ date ≤ d1 and since < d0 ≤ until.
 * Rows with the same date, kind, currency, since and until are summed into one (at size L: 2.1
 * million visitor days become 174,000 rows). A series period [p0, p1] is a range of its own,
 * starting at greatest(p0, d0).
 * Repeat buyers (two or more purchases in the range) are counted the same way, by one witness per
 * buyer: the first paying day in the range when it holds two or more purchases, else the second
 * paying day in the range (its `until` is the previous paying day, its `since` the one before).
 *
 * The pipeline materialises each SELECT into its table (loaders/pipeline/deriveOverviewFacts.ts);
 * test fixtures create them as views over the fixture tables, so hand-worked orders and events
 * flow through the very same definitions.
 */
import { IS_PURCHASE, NET_AMOUNT } from "../metrics/dictionary.js";

/** What a people_days row counts. Small integers: filtering on text cost DuckDB-WASM more than the sums. */
export const PEOPLE = {
  /** A visitor (distinct visitor_id with any event). */
  visitor: 1,
  /** A visitor with a buy event (the numerator of 支付转化率 when counted from events). */
  converted: 2,
  /** A paying buyer, per currency (distinct customer_id among purchases). */
  buyer: 3,
  /** A buyer with two or more purchases in the range, per currency. */
  repeater: 4
} as const;

/** `since` of a person's first day ever: before any date range can start. */
export const NEVER = "DATE '0001-01-01'";

const VISITOR_DAY = `
  SELECT e.event_at::DATE AS date, e.visitor_id,
    count(*) AS events,
    count(*) FILTER (WHERE e.event_type = 'view') AS page_views,
    bool_or(e.event_type = 'buy') AS bought
  FROM events e
  GROUP BY 1, 2`;

const PURCHASE = `
  SELECT o.paid_at::DATE AS date, o.currency, o.customer_id, o.amount_paid,
    ${NET_AMOUNT} AS net_amount,
    coalesce(o.refund_amount, 0) > 0 AS refunded
  FROM orders o
  WHERE ${IS_PURCHASE}`;

export const VISIT_DAYS_SQL = `
SELECT
  e.event_at::DATE AS date,
  count(*)::INTEGER AS events,
  (count(*) FILTER (WHERE e.event_type = 'view'))::INTEGER AS page_views
FROM events e
GROUP BY 1
`;

export const SALES_DAYS_SQL = `
SELECT
  date,
  currency,
  count(*)::INTEGER AS purchases,
  (count(*) FILTER (WHERE refunded))::INTEGER AS refunded_purchases,
  -- Rounded to cents: a parallel sum of doubles differs in the last bits from run to run.
  round(sum(amount_paid), 2)::DOUBLE AS amount_paid,
  round(sum(net_amount), 2)::DOUBLE AS net_amount
FROM (${PURCHASE})
GROUP BY date, currency
`;

export const PEOPLE_DAYS_SQL = `
WITH visitor_day AS (${VISITOR_DAY}
), visits AS (
  SELECT date, bought,
    lag(date) OVER (PARTITION BY visitor_id ORDER BY date) AS prev,
    CASE WHEN bought THEN lag(date) OVER (PARTITION BY visitor_id, bought ORDER BY date) END AS prev_bought
  FROM visitor_day
  WHERE visitor_id IS NOT NULL
), buyer_day AS (
  SELECT date, currency, customer_id, count(*) AS purchases
  FROM (${PURCHASE})
  WHERE customer_id IS NOT NULL
  GROUP BY date, currency, customer_id
), buys AS (
  SELECT date, currency, purchases,
    lag(date) OVER w AS prev,
    lag(date, 2) OVER w AS prev2,
    lag(purchases) OVER w AS prev_purchases
  FROM buyer_day
  WINDOW w AS (PARTITION BY currency, customer_id ORDER BY date)
), counted AS (
  SELECT date, NULL AS currency, ${PEOPLE.visitor} AS kind, prev AS since, date AS until FROM visits
  UNION ALL
  SELECT date, NULL, ${PEOPLE.converted}, prev_bought, date FROM visits WHERE bought
  UNION ALL
  SELECT date, currency, ${PEOPLE.buyer}, prev, date FROM buys
  UNION ALL
  -- The first paying day in the range, when it holds two purchases or more.
  SELECT date, currency, ${PEOPLE.repeater}, prev, date FROM buys WHERE purchases >= 2
  UNION ALL
  -- The second paying day in the range, when the first held one purchase: the range starts
  -- after the day before the previous one and on or before the previous one.
  SELECT date, currency, ${PEOPLE.repeater}, prev2, prev FROM buys WHERE prev IS NOT NULL AND prev_purchases = 1
)
SELECT
  date,
  currency::VARCHAR AS currency,
  kind::INTEGER AS kind,
  coalesce(since, ${NEVER})::DATE AS since,
  until::DATE AS until,
  count(*)::INTEGER AS people
FROM counted
GROUP BY date, currency, kind, since, until
`;

// A few rows: which currencies the shop was paid in, and whether buyers carry a key.
export const PURCHASE_CURRENCIES_SQL = `
SELECT
  o.currency,
  count(*)::INTEGER AS purchases,
  count(o.customer_id)::INTEGER AS keyed_purchases
FROM orders o
WHERE ${IS_PURCHASE}
GROUP BY o.currency
`;

/** Derived table → its defining SELECT over the canonical tables. */
export const OVERVIEW_FACTS = {
  visit_days: VISIT_DAYS_SQL,
  sales_days: SALES_DAYS_SQL,
  people_days: PEOPLE_DAYS_SQL,
  purchase_currencies: PURCHASE_CURRENCIES_SQL
} as const;

/**
 * Reconciliation: each pair of queries must agree, or something was lost between the canonical
 * tables and their compact form. People are checked through their first day ever (since = NEVER):
 * each person is counted there exactly once.
 */
const PURCHASES_COUNT_SQL = `SELECT count(*) FROM orders o WHERE ${IS_PURCHASE}`;
const firstEver = (kind: number) => `SELECT coalesce(sum(people), 0) FROM people_days WHERE kind = ${kind} AND since = ${NEVER}`;

export const OVERVIEW_FACTS_CHECKS: { table: keyof typeof OVERVIEW_FACTS; what: string; source: string; derived: string }[] = [
  { table: "visit_days", what: "events", source: "SELECT count(*) FROM events", derived: "SELECT coalesce(sum(events), 0) FROM visit_days" },
  { table: "sales_days", what: "purchases", source: PURCHASES_COUNT_SQL, derived: "SELECT coalesce(sum(purchases), 0) FROM sales_days" },
  {
    table: "people_days",
    what: "visitors",
    source: "SELECT count(DISTINCT visitor_id) FROM events",
    derived: firstEver(PEOPLE.visitor)
  },
  {
    table: "people_days",
    what: "visitors who bought",
    source: "SELECT count(DISTINCT visitor_id) FROM events WHERE event_type = 'buy'",
    derived: firstEver(PEOPLE.converted)
  },
  {
    table: "people_days",
    what: "buyers per currency",
    source: `SELECT count(*) FROM (SELECT DISTINCT o.currency, o.customer_id FROM orders o WHERE ${IS_PURCHASE} AND o.customer_id IS NOT NULL)`,
    derived: firstEver(PEOPLE.buyer)
  },
  {
    table: "purchase_currencies",
    what: "purchases",
    source: PURCHASES_COUNT_SQL,
    derived: "SELECT coalesce(sum(purchases), 0) FROM purchase_currencies"
  }
];
