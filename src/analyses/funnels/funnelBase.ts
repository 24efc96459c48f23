/**
 * The funnel base, materialised once per (steps, mode, unit, session gap, date range) so that
 * changing the conversion window only re-counts ready rows:
 *
 * - `fn_units`: one row per counting unit (a visitor, or a visitor's session) that has any event
 *   in the range: when it entered (its first step-1 event; any step in any-order mode) and its
 *   first- and last-touch traffic source, device and category;
 * - `fn_reach`: one row per unit and step it can reach, with `ms`, the shortest time from a start
 *   to reaching that step. A unit reaches step k within window W exactly when ms ≤ W, because the
 *   times to reach steps 1…k from any one start only grow with k (see FUNNEL_CONVENTIONS).
 *
 * How the shortest times are found without a per-start loop (all one window pass per step):
 * - sequential: for a step-k event, the latest start of a chain ending there is the latest such
 *   start among the step-(k−1) events before it — a running max; the shortest chain to step k is
 *   then the least (event time − that start).
 * - strict: the step-(k−1) event must be the very previous event, so the chain is read with lag().
 * - any order: at each event, the latest start covering k distinct steps is the k-th latest of
 *   "the last time each step occurred so far".
 */
import type { Db, Param } from "../../query.js";
import { materializeRecent } from "../materializeRecent.js";
import { sessionBreak, sessionNumber } from "../sessionSplit.js";
import { checkBaseOptions, encodeSteps, type FunnelBaseOptions, type FunnelMode } from "./funnelOptions.js";

export const FN_UNITS_TABLE_SQL = `CREATE TEMP TABLE IF NOT EXISTS fn_units (
  fkey INTEGER, unit_id BIGINT, visitor_id VARCHAR, sess INTEGER, customer_id VARCHAR, entry_at TIMESTAMP,
  source_first VARCHAR, source_last VARCHAR, device_first VARCHAR, device_last VARCHAR,
  category_first VARCHAR, category_last VARCHAR)`;
export const FN_REACH_TABLE_SQL = `CREATE TEMP TABLE IF NOT EXISTS fn_reach (fkey INTEGER, unit_id BIGINT, step INTEGER, ms BIGINT)`;

// Equal timestamps: an event matching an earlier step comes first (a view and an add-to-cart in
// the same second count as view → cart, as ClickHouse's windowFunnel does); events matching no
// step come last; event_type only makes the order deterministic.
const ORDER = "ORDER BY t, fs, event_type";

/**
 * The range's events with their step mask (bit k−1 set when the type is in step k), the lowest
 * step they match and their session number. $1 steps, $2 from, $3 to, $4 session gap in seconds
 * (0 = the whole visitor is one unit).
 */
export const fnEventsSelect = (sessions: boolean): string => `
WITH step_list AS (
  SELECT unnest(string_split($1, '|')) AS types, unnest(range(1, len(string_split($1, '|')) + 1)) AS step
), step_types AS (
  SELECT step, unnest(string_split(types, ',')) AS event_type FROM step_list
), tm AS (
  SELECT event_type, bit_or(1 << (step - 1))::INTEGER AS mask, min(step)::INTEGER AS fs FROM step_types GROUP BY event_type
), ev AS (
  SELECT e.visitor_id, e.customer_id, e.event_at, epoch_ms(e.event_at) AS t, coalesce(tm.mask, 0) AS mask,
    coalesce(tm.fs, 1000) AS fs, e.event_type, e.traffic_source, e.device, e.category
  FROM events e LEFT JOIN tm ON tm.event_type = e.event_type
  WHERE e.event_at >= $2::DATE AND e.event_at < $3::DATE + INTERVAL 1 DAY
)${
  sessions
    ? `, breaks AS (
  SELECT *, ${sessionBreak("$4", ORDER)} AS brk FROM ev
)
SELECT * EXCLUDE (brk), ${sessionNumber(ORDER)} AS sess FROM breaks`
    : // Visitors are one unit: no session windows to sort ten million rows for. $4 (0 here) is
      // still referenced, as Node DuckDB refuses a parameter the statement does not use.
      `
SELECT *, (0 * $4::BIGINT)::INTEGER AS sess FROM ev`
}`;

export const fnEventsSql = (sessions: boolean): string => `CREATE OR REPLACE TEMP TABLE fn_ev AS ${fnEventsSelect(sessions)}`;

/** $1 fkey, $2 the mask of the steps that can start an attempt. */
export const FN_UNITS_INSERT_SQL = `
INSERT INTO fn_units
SELECT $1::INTEGER, row_number() OVER (ORDER BY visitor_id, sess), visitor_id, sess,
  any_value(customer_id) FILTER (WHERE customer_id IS NOT NULL),
  min(event_at) FILTER (WHERE mask & $2::INTEGER <> 0),
  arg_min(traffic_source, t) FILTER (WHERE traffic_source IS NOT NULL), arg_max(traffic_source, t) FILTER (WHERE traffic_source IS NOT NULL),
  arg_min(device, t) FILTER (WHERE device IS NOT NULL), arg_max(device, t) FILTER (WHERE device IS NOT NULL),
  arg_min(category, t) FILTER (WHERE category IS NOT NULL), arg_max(category, t) FILTER (WHERE category IS NOT NULL)
FROM fn_ev GROUP BY visitor_id, sess`;

const bit = (k: number) => 1 << (k - 1);
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const WINDOW = `PARTITION BY visitor_id, sess ${ORDER}`;

/** Per unit, d1…dn: the shortest time (ms) from a start to reaching each step (null = never). */
export function reachSql(mode: FunnelMode, n: number): string {
  const ds = range(n).map((k) => `min(t - l${k}) AS d${k}`).join(", ");
  if (mode === "sequential") {
    const layers = range(n).map((k) =>
      k === 1
        ? `s1 AS (SELECT visitor_id, sess, t, fs, event_type, mask, CASE WHEN mask & 1 <> 0 THEN t END AS l1 FROM fn_ev WHERE mask <> 0)`
        : `s${k} AS (SELECT *, CASE WHEN mask & ${bit(k)} <> 0 THEN max(l${k - 1}) OVER (${WINDOW} ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) END AS l${k} FROM s${k - 1})`
    );
    return `WITH ${layers.join(",\n")}\nSELECT visitor_id, sess, ${ds} FROM s${n} GROUP BY visitor_id, sess`;
  }
  if (mode === "strict") {
    // Every event of the unit takes part: any event between two steps breaks the chain.
    const ls = range(n).map((k) => {
      if (k === 1) return "CASE WHEN mask & 1 <> 0 THEN t END AS l1";
      const prior = range(k - 1).map((j) => `lag(mask, ${k - j}) OVER w & ${bit(j)} <> 0`);
      return `CASE WHEN mask & ${bit(k)} <> 0 AND ${prior.join(" AND ")} THEN lag(t, ${k - 1}) OVER w END AS l${k}`;
    });
    return `WITH s AS (SELECT visitor_id, sess, t, ${ls.join(",\n  ")} FROM fn_ev WINDOW w AS (${WINDOW}))
SELECT visitor_id, sess, ${ds} FROM s GROUP BY visitor_id, sess`;
  }
  const lasts = range(n).map((k) => `max(CASE WHEN mask & ${bit(k)} <> 0 THEN t END) OVER w AS a${k}`);
  const kth = range(n).map((k) => `list_sort([${range(n).map((j) => `a${j}`).join(", ")}], 'DESC', 'NULLS LAST')[${k}] AS l${k}`);
  return `WITH s AS (SELECT visitor_id, sess, t, ${lasts.join(", ")} FROM fn_ev WHERE mask <> 0 WINDOW w AS (${WINDOW} ROWS UNBOUNDED PRECEDING)),
k AS (SELECT visitor_id, sess, t, ${kth.join(", ")} FROM s)
SELECT visitor_id, sess, ${ds} FROM k GROUP BY visitor_id, sess`;
}

/** $1 fkey. Joins the per-unit shortest times to the unit ids and writes one row per reached step. */
export function reachInsertSql(mode: FunnelMode, n: number): string {
  return `INSERT INTO fn_reach
SELECT $1::INTEGER, unit_id, step, ms FROM (
  SELECT u.unit_id, unnest(range(1, ${n + 1})) AS step, unnest([${range(n).map((k) => `r.d${k}`).join(", ")}]) AS ms
  FROM (${reachSql(mode, n)}) r JOIN fn_units u ON u.fkey = $1::INTEGER AND u.visitor_id = r.visitor_id AND u.sess = r.sess
) WHERE ms IS NOT NULL`;
}

/** The base's parameters for FN_EVENTS_SQL. */
export function eventParams(o: FunnelBaseOptions): Param[] {
  return [encodeSteps(o.steps), o.from, o.to, o.unit === "session" ? o.gapMinutes * 60 : 0];
}

/** The mask of the steps an attempt can start with: step 1, or any step in any-order mode. */
export const startMask = (mode: FunnelMode, n: number): number => (mode === "any" ? (1 << n) - 1 : 1);

/**
 * Makes sure fn_units/fn_reach hold the base for these options and returns its key (the `fkey`
 * the count queries filter on). Totals read the visitor base.
 */
export async function ensureFunnelBase(db: Db, options: FunnelBaseOptions): Promise<number> {
  const o = checkBaseOptions(options);
  const unit = o.unit === "session" ? "session" : "visitor";
  const key = JSON.stringify([encodeSteps(o.steps), o.mode, unit, unit === "session" ? o.gapMinutes : 0, o.from, o.to]);
  const n = o.steps.length;
  return materializeRecent(
    db,
    "funnel",
    key,
    async (id) => {
      await db.query(FN_UNITS_TABLE_SQL);
      await db.query(FN_REACH_TABLE_SQL);
      await db.query(fnEventsSql(unit === "session"), eventParams({ ...o, unit }));
      await db.query(FN_UNITS_INSERT_SQL, [id, startMask(o.mode, n)]);
      await db.query(reachInsertSql(o.mode, n), [id]);
      await db.query("DROP TABLE fn_ev");
    },
    async (id) => {
      await db.query("DELETE FROM fn_units WHERE fkey = $1::INTEGER", [id]);
      await db.query("DELETE FROM fn_reach WHERE fkey = $1::INTEGER", [id]);
    }
  );
}

/**
 * The runner of every count query over the base: $1 is the base's key, filled in here once the
 * base for `options` is materialised (params() puts a placeholder 0 there).
 */
export async function runOnFunnelBase<Row>(db: Db, sql: string, params: Param[], options: FunnelBaseOptions): Promise<Row[]> {
  const fkey = await ensureFunnelBase(db, options);
  return db.query<Row>(sql, [fkey, ...params.slice(1)]);
}
