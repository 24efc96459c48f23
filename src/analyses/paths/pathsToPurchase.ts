/**
 * How sessions reach a purchase: the most common paths ending at a session's first buy event
 * (its last $6 steps, "…" when longer), and the distribution of path length (steps before the
 * first buy, with the page's label and repeat settings; 10 and more together).
 */
import { defineQuery } from "../../query.js";
import { PATH_EVENTS_CTE, checkInt, pathBaseParams, type PathBaseOptions } from "./pathEvents.js";

export interface PurchasePathOptions extends PathBaseOptions {
  steps: number;
  top: number;
}

export interface PurchasePathRow {
  path: string;
  sessions: number;
  share: number;
  buying_sessions: number;
}

export interface PathLengthRow {
  length: number;
  sessions: number;
}

const BUY_CTE = `
buys AS (SELECT visitor_id, sess, min(pos) AS pb FROM pe WHERE event_type = 'buy' GROUP BY visitor_id, sess)`;

export const PATHS_TO_PURCHASE_SQL = `WITH ${PATH_EVENTS_CTE}, ${BUY_CTE},
paths AS (
  SELECT b.visitor_id, b.sess,
    CASE WHEN b.pb > $6::INTEGER + 1 THEN '… → ' ELSE '' END || string_agg(pe.label, ' → ' ORDER BY pe.pos) AS path
  FROM buys b JOIN pe ON pe.visitor_id = b.visitor_id AND pe.sess = b.sess AND pe.pos <= b.pb AND pe.pos >= b.pb - $6::INTEGER
  GROUP BY b.visitor_id, b.sess, b.pb
)
SELECT path, count(*)::INTEGER AS sessions, count(*) / (SELECT count(*) FROM buys) AS share, (SELECT count(*) FROM buys)::INTEGER AS buying_sessions
FROM paths GROUP BY path ORDER BY sessions DESC, path LIMIT $7::INTEGER`;

export const PATH_LENGTHS_SQL = `WITH ${PATH_EVENTS_CTE}, ${BUY_CTE}
SELECT least(pb - 1, 10)::INTEGER AS length, count(*)::INTEGER AS sessions FROM buys GROUP BY 1 ORDER BY 1`;

export const pathsToPurchase = defineQuery<PurchasePathOptions, PurchasePathRow>("pathsToPurchase", PATHS_TO_PURCHASE_SQL, (o) => [
  ...pathBaseParams(o),
  checkInt("steps", o.steps, 1, 10),
  checkInt("top", o.top, 1, 50)
]);

export const pathLengths = defineQuery<PathBaseOptions, PathLengthRow>("pathLengths", PATH_LENGTHS_SQL, pathBaseParams);
