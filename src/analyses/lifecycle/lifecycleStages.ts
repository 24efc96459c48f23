/**
 * The seeds' lifecycle stages of every customer as of a date D (and, for transitions and sizes
 * over time, of other dates at once). Evaluated in this order, first match wins:
 *   acquisition  first purchase within the window (D − window, D];
 *   reactivated  a purchase within the window that came more than `churnDays` after the one before;
 *   churned      no purchase for more than `churnDays`;
 *   at_risk      no purchase for more than `atRiskDays`;
 *   mature       at least `matureOrders` orders and `matureSpend` kept spend;
 *   nurture      everyone else (recent, not yet mature).
 * Purchases are the dictionary's kept purchases as of each date (refunds known by then).
 * Parameters: $1 currency, $2 D, $3 window days, $4 at-risk days, $5 churn days,
 * $6 mature orders, $7 mature spend, $8 the dates to evaluate (comma-separated, D among them).
 */
import { defineQuery, isoDate, type Db, type Param } from "../../query.js";
import { materializeOnce } from "../materializeOnce.js";
import { KEPT_DAYS_SQL } from "./lifecyclePurchases.js";

type Bilingual = { readonly zh: string; readonly en: string };

export const STAGES: readonly { id: string; name: Bilingual; action: Bilingual }[] = [
  { id: "acquisition", name: { zh: "获取期（新客）", en: "Acquisition (new)" }, action: { zh: "做好首单体验，引导关注店铺、加入会员，尽快促成第二单。", en: "Make the first order a good experience; invite them to follow the shop and join the membership; aim for a second order soon." } },
  { id: "nurture", name: { zh: "培育期", en: "Nurture" }, action: { zh: "按回购周期推送相关商品和复购券，培养购买习惯。", en: "Send related products and repeat-purchase coupons on the repurchase cycle to build a habit." } },
  { id: "mature", name: { zh: "成熟期", en: "Mature" }, action: { zh: "会员权益、专属服务与新品优先，提升客单价与忠诚度。", en: "Member perks, dedicated service and early access; grow basket size and loyalty." } },
  { id: "at_risk", name: { zh: "流失风险期", en: "At risk" }, action: { zh: "超过典型回购间隔未购买：个性化提醒与限时优惠，及时挽回。", en: "Past the typical repurchase gap: personal reminders and time-limited offers, before it is too late." } },
  { id: "churned", name: { zh: "流失期", en: "Churned" }, action: { zh: "低成本触达（短信、大促召回），不再重点投入。", en: "Low-cost reach only (SMS, big-promotion win-back)." } },
  { id: "reactivated", name: { zh: "回流客户", en: "Reactivated" }, action: { zh: "流失后又回来了：了解回流原因，尽快引导再次购买。", en: "Back after churning: learn what brought them back and encourage the next order quickly." } }
];

export interface LifecycleStageOptions {
  currency: string;
  asOf: string;
  windowDays: number;
  atRiskDays: number;
  churnDays: number;
  matureOrders: number;
  matureSpend: number;
}

/**
 * The threshold-independent part of the stages, per (currency, date), materialised once so that
 * moving a threshold or the window only re-classifies ready rows (the page's threshold inputs):
 * - `lc_stage_per`: one row per customer with kept purchases by the date: purchases, kept spend
 *   in cents, first and last purchase day;
 * - `lc_stage_gaps`: one row per repeat purchase day with the days since the previous one (what
 *   "reactivated" reads for any window).
 * $1 currency, $2 the date.
 */
export const STAGE_TABLES_SQL = [
  `CREATE TEMP TABLE IF NOT EXISTS lc_stage_per (currency VARCHAR, as_of DATE, customer_id VARCHAR, orders BIGINT, cents HUGEINT, first_day DATE, last_day DATE)`,
  `CREATE TEMP TABLE IF NOT EXISTS lc_stage_gaps (currency VARCHAR, as_of DATE, customer_id VARCHAR, day DATE, gap INTEGER)`
];

/**
 * The per-customer rows and the gaps, both from the date's kept purchase days (KEPT_DAYS_SQL, the
 * cohort views' definition), read once into `kept` — a staging table named per build, because the
 * page builds the bases of several dates at once.
 */
export const stagePerInsertSql = (kept: string) => `INSERT INTO lc_stage_per
SELECT $1, $2::DATE, customer_id, sum(orders), sum(cents), min(day), max(day) FROM ${kept} GROUP BY customer_id`;

export const stageGapsInsertSql = (kept: string) => `INSERT INTO lc_stage_gaps
SELECT $1, $2::DATE, customer_id, day, date_diff('day', prev_day, day)::INTEGER FROM (
  SELECT customer_id, day, lag(day) OVER (PARTITION BY customer_id ORDER BY day) AS prev_day FROM ${kept}
) WHERE prev_day IS NOT NULL`;

let stagingBuilds = 0;

/** Builds the stage base of (currency, date) in `db` at most once. */
export function ensureStageBase(db: Db, currency: string, date: string): Promise<void> {
  return materializeOnce(db, `stage|${currency}|${date}`, async () => {
    const kept = `lc_stage_kept_${++stagingBuilds}`;
    for (const sql of STAGE_TABLES_SQL) await db.query(sql);
    await db.query("DELETE FROM lc_stage_per WHERE currency = $1 AND as_of = $2::DATE", [currency, date]);
    await db.query("DELETE FROM lc_stage_gaps WHERE currency = $1 AND as_of = $2::DATE", [currency, date]);
    await db.query(`CREATE TEMP TABLE ${kept} AS ${KEPT_DAYS_SQL}`, [currency, date]);
    try {
      await db.query(stagePerInsertSql(kept), [currency, date]);
      await db.query(stageGapsInsertSql(kept), [currency, date]);
    } finally {
      await db.query(`DROP TABLE ${kept}`);
    }
  });
}

/** Runs a stage query after the bases of every date it reads ($8) exist. */
async function runOnStageBase<Row>(db: Db, sql: string, params: Param[]): Promise<Row[]> {
  const currency = params[0] as string;
  for (const date of String(params[7]).split(",")) await ensureStageBase(db, currency, date);
  return db.query<Row>(sql, params);
}

/** `stage_of`: one row per (as_of, customer_id) with the stage and the customer's figures. */
export const STAGE_CTE = `
lc_dates AS (SELECT DISTINCT unnest(string_split($8, ','))::DATE AS as_of),
per AS (
  SELECT p.as_of, p.customer_id, p.orders, p.cents, p.first_day, p.last_day
  FROM lc_stage_per p JOIN lc_dates d USING (as_of) WHERE p.currency = $1
), back AS (
  SELECT g.as_of, g.customer_id, max(g.gap) AS gap_in_window
  FROM lc_stage_gaps g JOIN lc_dates d USING (as_of)
  WHERE g.currency = $1 AND g.day > g.as_of - $3::INTEGER GROUP BY g.as_of, g.customer_id
), stage_of AS (
  SELECT p.*, date_diff('day', p.last_day, p.as_of) AS recency,
    CASE
      WHEN p.first_day > p.as_of - $3::INTEGER THEN 'acquisition'
      WHEN coalesce(b.gap_in_window, 0) > $5 THEN 'reactivated'
      WHEN date_diff('day', p.last_day, p.as_of) > $5 THEN 'churned'
      WHEN date_diff('day', p.last_day, p.as_of) > $4 THEN 'at_risk'
      WHEN p.orders >= $6 AND p.cents >= round($7 * 100) THEN 'mature'
      ELSE 'nurture'
    END AS stage
  FROM per p LEFT JOIN back b USING (as_of, customer_id)
)`;

export function stageParams(o: LifecycleStageOptions, dates: readonly string[] = [o.asOf]) {
  isoDate("asOf", o.asOf);
  dates.forEach((d) => isoDate("date", d));
  for (const [name, v] of Object.entries({ windowDays: o.windowDays, atRiskDays: o.atRiskDays, churnDays: o.churnDays, matureOrders: o.matureOrders })) {
    if (!Number.isInteger(v) || v < 1) throw new Error(`invalid ${name}: ${v} (a whole number ≥ 1)`);
  }
  if (o.churnDays <= o.atRiskDays) throw new Error(`invalid thresholds: churn (${o.churnDays} days) must be longer than at risk (${o.atRiskDays} days)`);
  if (!Number.isFinite(o.matureSpend) || o.matureSpend < 0) throw new Error(`invalid matureSpend: ${o.matureSpend}`);
  return [o.currency, o.asOf, o.windowDays, o.atRiskDays, o.churnDays, o.matureOrders, o.matureSpend, [...new Set([o.asOf, ...dates])].join(",")];
}

const stageValues = STAGES.map((s, i) => `('${s.id}', ${i + 1})`).join(", ");

export interface StageSummaryRow {
  stage: string;
  customers: number;
  share: number | null;
  revenue: number;
  revenue_share: number | null;
  orders: number;
  aov: number | null;
}

export const LIFECYCLE_STAGE_SUMMARY_SQL = `WITH ${STAGE_CTE},
cur AS (SELECT * FROM stage_of WHERE as_of = $2::DATE),
tot AS (SELECT count(*) AS n, sum(cents) AS cents FROM cur),
ids AS (SELECT * FROM (VALUES ${stageValues}) t(stage, ord))
SELECT i.stage::VARCHAR AS stage, count(c.customer_id)::INTEGER AS customers,
  (count(c.customer_id) / nullif(any_value(t.n), 0))::DOUBLE AS share,
  (coalesce(sum(c.cents), 0) / 100)::DOUBLE AS revenue,
  (coalesce(sum(c.cents), 0) / nullif(any_value(t.cents), 0))::DOUBLE AS revenue_share,
  coalesce(sum(c.orders), 0)::INTEGER AS orders,
  round(sum(c.cents) / nullif(sum(c.orders), 0) / 100, 2)::DOUBLE AS aov
FROM ids i LEFT JOIN cur c USING (stage), tot t
GROUP BY i.stage, i.ord ORDER BY i.ord`;

export const lifecycleStageSummary = defineQuery<LifecycleStageOptions, StageSummaryRow>("lifecycleStageSummary", LIFECYCLE_STAGE_SUMMARY_SQL, (o) => stageParams(o), runOnStageBase);

export interface StageCustomerRow {
  customer_id: string;
  stage: string;
  orders: number;
  revenue: number;
  first_purchase: Date;
  last_purchase: Date;
  recency: number;
}

export const LIFECYCLE_STAGE_CUSTOMERS_SQL = `WITH ${STAGE_CTE}
SELECT customer_id::VARCHAR AS customer_id, stage::VARCHAR AS stage, orders::INTEGER AS orders, (cents / 100)::DOUBLE AS revenue,
  first_day::DATE AS first_purchase, last_day::DATE AS last_purchase, recency::INTEGER AS recency
FROM stage_of WHERE as_of = $2::DATE AND ($9 = 'all' OR stage = $9)
ORDER BY revenue DESC, customer_id`;

export const lifecycleStageCustomers = defineQuery<LifecycleStageOptions & { stage: string }, StageCustomerRow>(
  "lifecycleStageCustomers",
  LIFECYCLE_STAGE_CUSTOMERS_SQL,
  (o) => {
    if (o.stage !== "all" && !STAGES.some((s) => s.id === o.stage)) throw new Error(`invalid stage: ${o.stage}`);
    return [...stageParams(o), o.stage];
  },
  runOnStageBase
);

export interface StageTransitionRow {
  from_stage: string;
  to_stage: string;
  customers: number;
}

export const LIFECYCLE_TRANSITIONS_SQL = `WITH ${STAGE_CTE},
a AS (SELECT customer_id, stage FROM stage_of WHERE as_of = $9::DATE),
b AS (SELECT customer_id, stage FROM stage_of WHERE as_of = $2::DATE)
SELECT coalesce(a.stage, 'none')::VARCHAR AS from_stage, coalesce(b.stage, 'none')::VARCHAR AS to_stage, count(*)::INTEGER AS customers
FROM a FULL OUTER JOIN b USING (customer_id)
GROUP BY ALL ORDER BY from_stage, to_stage`;

export const lifecycleTransitions = defineQuery<LifecycleStageOptions & { fromAsOf: string }, StageTransitionRow>(
  "lifecycleTransitions",
  LIFECYCLE_TRANSITIONS_SQL,
  (o) => {
    if (!(o.fromAsOf < o.asOf)) throw new Error(`invalid fromAsOf: ${o.fromAsOf} must be before ${o.asOf}`);
    return [...stageParams(o, [o.fromAsOf]), o.fromAsOf];
  },
  runOnStageBase
);

export interface StageSizeRow {
  as_of: Date;
  stage: string;
  customers: number;
}

export const LIFECYCLE_STAGE_SIZES_SQL = `WITH ${STAGE_CTE}
SELECT as_of::DATE AS as_of, stage::VARCHAR AS stage, count(*)::INTEGER AS customers
FROM stage_of
WHERE as_of <= $2::DATE -- every date up to D ($2 must appear: unused parameters fail to bind)
GROUP BY as_of, stage ORDER BY as_of, stage`;

/** Stage sizes at each of `dates` (e.g. every month end up to D), same thresholds throughout. */
export const lifecycleStageSizes = defineQuery<LifecycleStageOptions & { dates: string[] }, StageSizeRow>(
  "lifecycleStageSizes",
  LIFECYCLE_STAGE_SIZES_SQL,
  (o) => stageParams(o, o.dates),
  runOnStageBase
);
