/**
 * Cohort retention: customers grouped by the period of their first purchase (month or week);
 * for every later period k, how many were active in exactly period k and how many in period k
 * or later, with the cohort's revenue in period k. Periods the data does not cover fully (the
 * period containing the end date, unless the end date is its last day) are flagged incomplete
 * rather than shown as drops; periods after the end date have no cell. Cohorts that start within
 * the first `censorPeriods` periods of the data are flagged as possibly left-censored: an export
 * starts somewhere, and "first purchase in the data" there may be an older customer's n-th.
 */
import { defineQuery, isoDate, oneOf } from "../../query.js";
import { LC_PURCHASES_CTE, LIFECYCLE_GRAINS, runLifecycle, periodEnd, periodIndex, type LifecycleGrain } from "./lifecyclePurchases.js";

export interface CohortRetentionOptions {
  currency: string;
  /** End of the data considered (YYYY-MM-DD, inclusive): later purchases do not exist. */
  through: string;
  grain: LifecycleGrain;
  /** Cohorts within this many periods from the data's first period are flagged (default 3 months or 13 weeks). */
  censorPeriods?: number;
}

export interface CohortCellRow {
  cohort: Date;
  k: number;
  size: number;
  active: number;
  active_or_later: number;
  revenue: number;
  complete: boolean;
  left_censored: boolean;
}

export const COHORT_RETENTION_SQL = `WITH ${LC_PURCHASES_CTE},
per_k AS (
  SELECT cohort, cust, ${periodIndex("cohort", "period")} AS k, sum(cents) AS cents
  FROM lc_p GROUP BY cohort, cust, k
), last_k AS (
  SELECT cohort, cust, max(k) AS max_k FROM per_k GROUP BY cohort, cust
), sizes AS (
  SELECT cohort, count(*) AS size FROM lc_first GROUP BY cohort
), cells AS (
  -- Every period from the cohort's own to the one containing the end date.
  SELECT s.cohort, s.size, unnest(range(0, ${periodIndex("s.cohort", "date_trunc($3, b.through)::DATE")} + 1)) AS k
  FROM sizes s, lc_bounds b
), active AS (
  SELECT cohort, k, count(*) AS active, sum(cents) AS cents FROM per_k GROUP BY cohort, k
), last_counts AS (
  SELECT cohort, max_k, count(*) AS n FROM last_k GROUP BY cohort, max_k
), later AS (
  -- Customers whose last active period is k or later: a join on these few counts, not on every
  -- customer (joining customers to cells by max_k >= k grew with customers × periods).
  SELECT c.cohort, c.k, coalesce(sum(l.n), 0) AS active_or_later
  FROM cells c LEFT JOIN last_counts l ON l.cohort = c.cohort AND l.max_k >= c.k
  GROUP BY c.cohort, c.k
)
SELECT c.cohort::DATE AS cohort, c.k::INTEGER AS k, c.size::INTEGER AS size,
  coalesce(a.active, 0)::INTEGER AS active,
  coalesce(l.active_or_later, 0)::INTEGER AS active_or_later,
  (coalesce(a.cents, 0) / 100)::DOUBLE AS revenue,
  (${periodEnd(`(CASE WHEN $3 = 'week' THEN c.cohort + (7 * c.k)::INTEGER ELSE (c.cohort + to_months(c.k::INTEGER))::DATE END)`)} <= b.through) AS complete,
  (${periodIndex("b.first_period", "c.cohort")} < $4) AS left_censored
FROM cells c
LEFT JOIN active a ON a.cohort = c.cohort AND a.k = c.k
LEFT JOIN later l ON l.cohort = c.cohort AND l.k = c.k, lc_bounds b
ORDER BY c.cohort, c.k`;

export const cohortRetention = defineQuery<CohortRetentionOptions, CohortCellRow>("cohortRetention", COHORT_RETENTION_SQL, (o) => {
  isoDate("through", o.through);
  const grain = oneOf("grain", o.grain, LIFECYCLE_GRAINS);
  const censor = o.censorPeriods ?? (grain === "week" ? 13 : 3);
  if (!Number.isInteger(censor) || censor < 0) throw new Error(`invalid censorPeriods: ${censor}`);
  return [o.currency, o.through, grain, censor];
}, runLifecycle);

/**
 * The weighted mean row: for each k, the active customers of every cohort whose period k is
 * complete, over the sizes of those same cohorts (so a young cohort's missing periods neither
 * count as churn nor dilute the mean).
 */
export function weightedRetention(cells: readonly CohortCellRow[]): { k: number; exactly: number; or_later: number; cohorts: number }[] {
  const byK = new Map<number, { active: number; later: number; size: number; cohorts: number }>();
  for (const c of cells) {
    if (!c.complete) continue;
    const w = byK.get(c.k) ?? { active: 0, later: 0, size: 0, cohorts: 0 };
    w.active += c.active;
    w.later += c.active_or_later;
    w.size += c.size;
    w.cohorts += 1;
    byK.set(c.k, w);
  }
  return [...byK.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([k, w]) => ({ k, exactly: w.active / w.size, or_later: w.later / w.size, cohorts: w.cohorts }));
}
