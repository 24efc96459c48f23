/**
 * RFM scoring, shared by every RFM query: options, their validation into positional parameters,
 * and the SQL common table expressions that score the customers in `rfm_base`.
 *
 * Scores. Each measure is cut into k bins at edges e1 ≤ … ≤ e(k−1): the quantiles at i/k
 * (linear interpolation, numpy's default, R type 7, with the position computed exactly) or cut
 * points the user sets. Bins are right-closed: a value equal to an edge falls in the lower bin, so
 * bin(v) = 1 + #{edges < v}. F and M score = bin; R score = k + 1 − bin, because fewer days is
 * better (with cut points 30, 90, 180, 365: R ≤ 30 → 5). A score is a function of the value
 * alone, so customers with equal values always get equal scores; when most customers bought once,
 * several F edges coincide and the bins between them stay empty — the page shows every bin.
 *
 * Eight classes compare raw R, F, M with the mean (or median) over the scored customers; the
 * means come from integers (days, counts, cents) so both engines agree to the last bit.
 */
import { isoDate, oneOf, type Param, type Db } from "../../query.js";
import { eightClassCase, namedSegmentCase } from "./segmentRules.js";
import { ensureRfmBase } from "./rfmBase.js";

export type RfmScoring = "quantile" | "cuts";
export type RfmFrequency = "orders" | "days";
export type RfmMonetary = "net" | "aov";
export type RfmBasis = "mean" | "median";

export const RFM_BINS = [3, 4, 5] as const;
export const RFM_SCORINGS: readonly RfmScoring[] = ["quantile", "cuts"];
export const RFM_FREQUENCIES: readonly RfmFrequency[] = ["orders", "days"];
export const RFM_MONETARIES: readonly RfmMonetary[] = ["net", "aov"];
export const RFM_BASES: readonly RfmBasis[] = ["mean", "median"];

export interface RfmCuts {
  r: number[];
  f: number[];
  m: number[];
}

export interface RfmOptions {
  /** The as-of date (YYYY-MM-DD, shop-local): data up to the end of that day exists, nothing after. */
  asOf: string;
  currency: string;
  scoring?: RfmScoring;
  /** Quantile bins (3, 4 or 5); ignored with cut points, whose count sets k. */
  bins?: number;
  /** Ascending cut points, the same count (2–4) for each measure; k = count + 1. */
  cuts?: RfmCuts;
  frequency?: RfmFrequency;
  monetary?: RfmMonetary;
  basis?: RfmBasis;
  /** Weights of the R, F and M scores in the total score. */
  weights?: readonly [number, number, number];
}

/** Defaults an operator recognises: R within a month is best, one order is the lowest F. */
export const DEFAULT_CUTS: RfmCuts = { r: [30, 90, 180, 365], f: [1, 2, 3, 5], m: [50, 100, 200, 500] };

export function withDefaults(o: RfmOptions): Required<RfmOptions> {
  return {
    asOf: o.asOf,
    currency: o.currency,
    // `??`, not spread: an option passed as undefined means "the default".
    scoring: o.scoring ?? "quantile",
    bins: o.bins ?? 5,
    cuts: o.cuts ?? DEFAULT_CUTS,
    frequency: o.frequency ?? "orders",
    monetary: o.monetary ?? "net",
    basis: o.basis ?? "mean",
    weights: o.weights ?? [1, 1, 1]
  };
}

function cutList(name: string, cuts: readonly number[], count: number): string {
  if (cuts.length !== count) throw new Error(`invalid ${name} cut points: expected ${count}, got ${cuts.length}`);
  cuts.forEach((c, i) => {
    if (!Number.isFinite(c)) throw new Error(`invalid ${name} cut point: ${c}`);
    if (i > 0 && c <= cuts[i - 1]) throw new Error(`invalid ${name} cut points: must increase (${cuts.join(", ")})`);
  });
  return cuts.join(",");
}

/**
 * Parameters $1…$14 of every RFM query: as-of, currency, bins, scoring, R/F/M cuts, frequency,
 * monetary, basis, three weights, and a second as-of date ($14; the same date unless comparing).
 */
export function rfmParams(options: RfmOptions, secondAsOf?: string): Param[] {
  const o = withDefaults(options);
  isoDate("asOf", o.asOf);
  if (secondAsOf !== undefined) isoDate("fromAsOf", secondAsOf);
  oneOf("scoring", o.scoring, RFM_SCORINGS);
  oneOf("frequency", o.frequency, RFM_FREQUENCIES);
  oneOf("monetary", o.monetary, RFM_MONETARIES);
  oneOf("basis", o.basis, RFM_BASES);
  if (typeof o.currency !== "string" || o.currency === "") throw new Error("invalid currency: empty");
  if (!(RFM_BINS as readonly number[]).includes(o.bins)) throw new Error(`invalid bins: ${o.bins} (expected 3, 4 or 5)`);
  const n = o.cuts.r.length;
  if (o.scoring === "cuts" && (n < 2 || n > 4)) throw new Error(`invalid cut points: ${n} per measure (expected 2 to 4)`);
  const cuts = o.scoring === "cuts" ? [cutList("R", o.cuts.r, n), cutList("F", o.cuts.f, n), cutList("M", o.cuts.m, n)] : ["", "", ""];
  if (o.weights.length !== 3 || o.weights.some((w) => !Number.isFinite(w) || w < 0)) {
    throw new Error(`invalid weights: ${o.weights.join(", ")} (three numbers ≥ 0)`);
  }
  return [o.asOf, o.currency, o.bins, o.scoring, ...cuts, o.frequency, o.monetary, o.basis, ...o.weights, secondAsOf ?? o.asOf];
}

/** The number of scores k the options produce. */
export function scoreCount(options: RfmOptions): number {
  const o = withDefaults(options);
  return o.scoring === "cuts" ? o.cuts.r.length + 1 : o.bins;
}

/**
 * The linear-interpolation quantile at p = num/den of a sorted list of integers (days, counts,
 * cents), with the position h = (n − 1)·num/den taken exactly in integers. DuckDB's quantile_cont
 * computes h in floating point: with n − 1 = 5·j it can land on 0.9999… and return 27.9399… for
 * an edge that is exactly 27.94, moving every customer with 27.94 into the next bin.
 */
const exactQuantile = (list: string, num: string, den: string) => {
  const h = `((n - 1) * ${num})`;
  const j = `(${h} // ${den} + 1)`;
  return `(CASE WHEN ${h} % ${den} = 0 THEN ${list}[${j}]::DOUBLE
    ELSE ${list}[${j}] + (${h} % ${den}) * (${list}[${j} + 1] - ${list}[${j}]) / ${den} END)`;
};

const edges = (list: string, cutsParam: string, scale = "") => `CASE WHEN $4 = 'cuts' THEN list_transform(string_split(${cutsParam}, ','), lambda s: s::DOUBLE)
      ELSE list_transform(range(1, $3::BIGINT), lambda i: ${exactQuantile(list, "i", "$3::BIGINT")}${scale}) END`;
// ($3 is cast: DuckDB-WASM binds every JavaScript number as a DOUBLE.)

/**
 * How many of at most four edges satisfy `test` (written with x for the edge). Spelled out
 * instead of len(list_filter(…)): a lambda per customer made re-scoring several times slower.
 * A missing edge (k < 5) is NULL and counts as false.
 */
const countEdges = (prefix: string, test: string) =>
  "(" + [1, 2, 3, 4].map((i) => `coalesce((${test.replace("x", `${prefix}${i}`)})::INTEGER, 0)`).join(" + ") + ")";

/** The edges of a list as scalar columns r1 … r4 (NULL past the end): joining a list onto every
 * customer row copies it 200,000 times. */
const edgeColumns = (list: string, prefix: string) => [1, 2, 3, 4].map((i) => `${list}[${i}] AS ${prefix}${i}`).join(", ");

/**
 * `WITH` clauses ending in `rfm_scored`: one row per customer and as-of date ($1, and $14 when
 * different) with r, f, m, revenue (net paid), orders, last_purchase, k, the three scores, total,
 * segment (named scheme; null unless k = 5) and eight_class. Queries append their own clauses.
 */
export const RFM_SCORED_CTE = `
rfm_v AS (
  SELECT b.as_of, b.customer_id, b.recency AS r,
    CASE WHEN $8 = 'days' THEN b.frequency_days ELSE b.frequency_orders END AS f,
    CASE WHEN $9 = 'aov' THEN b.aov_cents ELSE b.m_cents END AS mc,
    (CASE WHEN $9 = 'aov' THEN b.aov_cents ELSE b.m_cents END / 100)::DOUBLE AS m,
    (b.m_cents / 100)::DOUBLE AS revenue, b.m_cents AS revenue_cents,
    b.frequency_orders AS orders, b.last_purchase
  FROM rfm_base b
  WHERE b.currency = $2 AND (b.as_of = $1::DATE OR b.as_of = $14::DATE)
), rfm_sorted AS (
  SELECT as_of, n, rs, CASE WHEN $8 = 'days' THEN fds ELSE fos END AS fs, CASE WHEN $9 = 'aov' THEN acs ELSE mcs END AS ms,
    sum_r / n AS mean_r, CASE WHEN $8 = 'days' THEN sum_fd ELSE sum_fo END / n AS mean_f,
    CASE WHEN $9 = 'aov' THEN sum_ac ELSE sum_mc END / n / 100 AS mean_m, sum_mc
  FROM rfm_lists WHERE currency = $2 AND (as_of = $1::DATE OR as_of = $14::DATE) AND n > 0
), rfm_edges AS (
  SELECT as_of, n, mean_r, mean_f, mean_m, sum_mc,
    ${edges("rs", "$5")} AS r_edges,
    ${edges("fs", "$6")} AS f_edges,
    ${edges("ms", "$7", " / 100")} AS m_edges,
    ${exactQuantile("rs", "1", "2")} AS median_r, ${exactQuantile("fs", "1", "2")} AS median_f,
    ${exactQuantile("ms", "1", "2")} / 100 AS median_m
  FROM rfm_sorted
), rfm_scored0 AS (
  SELECT v.*, e.k,
    ${countEdges("e.r", "x >= v.r")} + 1 AS r_score,
    ${countEdges("e.f", "x < v.f")} + 1 AS f_score,
    ${countEdges("e.m", "x < v.m")} + 1 AS m_score,
    v.r <= CASE WHEN $10 = 'median' THEN e.median_r ELSE e.mean_r END AS r_high,
    v.f >= CASE WHEN $10 = 'median' THEN e.median_f ELSE e.mean_f END AS f_high,
    v.m >= CASE WHEN $10 = 'median' THEN e.median_m ELSE e.mean_m END AS m_high
  FROM rfm_v v JOIN (SELECT as_of, len(r_edges) + 1 AS k, mean_r, mean_f, mean_m, median_r, median_f, median_m,
      ${edgeColumns("r_edges", "r")}, ${edgeColumns("f_edges", "f")}, ${edgeColumns("m_edges", "m")} FROM rfm_edges) e USING (as_of)
), rfm_scored AS (
  SELECT *,
    ($11 * r_score + $12 * f_score + $13 * m_score)::DOUBLE AS total,
    CASE WHEN k = 5 THEN ${namedSegmentCase()} END AS segment,
    ${eightClassCase()} AS eight_class
  FROM rfm_scored0
)`;

/** Runs an RFM query after making sure the base rows for its date(s) exist. */
export async function runRfm<Row>(db: Db, sql: string, params: Param[]): Promise<Row[]> {
  const [asOf, currency] = params as [string, string];
  await ensureRfmBase(db, asOf, currency);
  if (params[13] !== asOf) await ensureRfmBase(db, params[13] as string, currency);
  return db.query<Row>(sql, params);
}
