/**
 * Behaviour by hour of day and day of week (the punch card): sessions started, events, or
 * purchase events per (ISO weekday 1 = Monday … 7, hour 0…23), shop-local time.
 * $1 from, $2 to, $3 gap seconds, $4 measure.
 */
import { defineQuery, oneOf } from "../../query.js";
import { TRAFFIC_SESSIONS_CTE, trafficRangeParams, type TrafficRangeOptions } from "./trafficSessions.js";

export const PUNCH_MEASURES = ["sessions", "events", "purchases"] as const;
export type PunchMeasure = (typeof PUNCH_MEASURES)[number];

export interface PunchCardOptions extends TrafficRangeOptions {
  measure: PunchMeasure;
}

export interface PunchCardRow {
  dow: number;
  hour: number;
  value: number;
}

export const PUNCH_CARD_SQL = `WITH ${TRAFFIC_SESSIONS_CTE},
pts AS (
  SELECT start_at AS moment FROM ts_sessions WHERE $4 = 'sessions'
  UNION ALL SELECT event_at FROM ts_ev WHERE $4 = 'events'
  UNION ALL SELECT event_at FROM ts_ev WHERE $4 = 'purchases' AND event_type = 'buy'
), grid AS (
  SELECT d AS dow, h AS hour FROM range(1, 8) a(d), range(0, 24) b(h)
), c AS (
  SELECT isodow(moment) AS dow, hour(moment) AS hour, count(*) AS n FROM pts GROUP BY ALL
)
SELECT g.dow::INTEGER AS dow, g.hour::INTEGER AS hour, coalesce(c.n, 0)::INTEGER AS value
FROM grid g LEFT JOIN c ON c.dow = g.dow AND c.hour = g.hour ORDER BY g.dow, g.hour`;

export const punchCard = defineQuery<PunchCardOptions, PunchCardRow>("punchCard", PUNCH_CARD_SQL, (o) => [
  ...trafficRangeParams(o),
  oneOf("measure", o.measure, PUNCH_MEASURES)
]);
