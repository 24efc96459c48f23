/**
 * Sessions (METRICS.session), as SQL clauses to paste after `WITH`: `ts_sessions` has one row per
 * session that starts in the range — visitor, start, first-touch source and device, whether it
 * had a purchase event, and the customer behind the visitor when known; `ts_ev` the range's
 * events. Sessions are built from the events of the day before the range too: a session that
 * starts there is not the range's, but an order in the range may still be attributed to it
 * (`ts_sessions_all`), as the attribution rule looks 24 hours back.
 * Parameters: $1 from, $2 to (shop-local dates, inclusive), $3 session gap in seconds.
 */
import { type Param } from "../../query.js";
import { ATTRIBUTION_HOURS } from "../../metrics/dictionary.js";
import { checkDateRange } from "../dateRange.js";
import { sessionBreak, sessionNumber } from "../sessionSplit.js";

const ORDER = "ORDER BY t, event_type";

export const TRAFFIC_SESSIONS_CTE = `
ts_ev_all AS (
  SELECT visitor_id, customer_id, event_at, epoch_ms(event_at) AS t, event_type, traffic_source, device
  FROM events WHERE event_at >= $1::DATE - INTERVAL ${ATTRIBUTION_HOURS} HOUR AND event_at < $2::DATE + INTERVAL 1 DAY
), ts_ev AS (
  SELECT * FROM ts_ev_all WHERE event_at >= $1::DATE
), ts_brk AS (
  SELECT *, ${sessionBreak("$3", ORDER)} AS brk FROM ts_ev_all
), ts_num AS (
  SELECT *, ${sessionNumber(ORDER)} AS sess FROM ts_brk
), ts_sessions_all AS (
  SELECT visitor_id, sess, min(event_at) AS start_at,
    arg_min(traffic_source, t) FILTER (WHERE traffic_source IS NOT NULL) AS source,
    arg_min(device, t) FILTER (WHERE device IS NOT NULL) AS device,
    bool_or(event_type = 'buy') AS bought,
    any_value(customer_id) FILTER (WHERE customer_id IS NOT NULL) AS customer_id
  FROM ts_num GROUP BY visitor_id, sess
), ts_sessions AS (
  SELECT * FROM ts_sessions_all WHERE start_at >= $1::DATE
)`;

export interface TrafficRangeOptions {
  from: string;
  to: string;
  gapMinutes: number;
}

export function trafficRangeParams(o: TrafficRangeOptions): Param[] {
  checkDateRange(o.from, o.to);
  if (!Number.isInteger(o.gapMinutes) || o.gapMinutes < 1) throw new Error(`invalid gapMinutes: ${o.gapMinutes}`);
  return [o.from, o.to, o.gapMinutes * 60];
}
