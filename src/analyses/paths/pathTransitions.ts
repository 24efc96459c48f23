/**
 * The top transitions from a start event: in every session with an event of type $6, the steps
 * that follow its first such event, up to $7 steps; at each depth the $8 most frequent labels are
 * kept and the rest grouped as "(other)"; a session that ends early goes to "(end)". Rows are
 * the links of a Sankey: (depth, from, to, sessions), depth 0 being the start.
 */
import { defineQuery, oneOf } from "../../query.js";
import { EVENT_TYPES } from "../../schema.js";
import { END, OTHER, PATH_EVENTS_CTE, checkInt, pathBaseParams, type PathBaseOptions } from "./pathEvents.js";

export interface PathTransitionOptions extends PathBaseOptions {
  start: string;
  depth: number;
  top: number;
}

export interface PathTransitionRow {
  depth: number;
  source: string;
  target: string;
  sessions: number;
}

export const PATH_TRANSITIONS_SQL = `WITH ${PATH_EVENTS_CTE},
st AS (SELECT visitor_id, sess, min(pos) AS p0 FROM pe WHERE event_type = $6 GROUP BY visitor_id, sess),
walk AS (
  SELECT pe.visitor_id, pe.sess, (pe.pos - st.p0)::INTEGER AS depth, pe.label
  FROM pe JOIN st ON st.visitor_id = pe.visitor_id AND st.sess = pe.sess
  WHERE pe.pos >= st.p0 AND pe.pos <= st.p0 + $7::INTEGER
), ends AS (
  SELECT visitor_id, sess, max(depth) + 1 AS depth, '${END}' AS label FROM walk GROUP BY visitor_id, sess HAVING max(depth) < $7::INTEGER
), allw AS (SELECT * FROM walk UNION ALL SELECT * FROM ends),
ranked AS (
  SELECT depth, label, row_number() OVER (PARTITION BY depth ORDER BY count(*) DESC, label) AS rk FROM allw WHERE label <> '${END}' GROUP BY depth, label
), named AS (
  SELECT a.visitor_id, a.sess, a.depth, CASE WHEN a.label = '${END}' OR r.rk <= $8::INTEGER THEN a.label ELSE '${OTHER}' END AS label
  FROM allw a LEFT JOIN ranked r ON r.depth = a.depth AND r.label = a.label
)
SELECT x.depth, x.label AS source, y.label AS target, count(*)::INTEGER AS sessions
FROM named x JOIN named y ON y.visitor_id = x.visitor_id AND y.sess = x.sess AND y.depth = x.depth + 1
GROUP BY ALL ORDER BY x.depth, sessions DESC, source, target`;

export const pathTransitions = defineQuery<PathTransitionOptions, PathTransitionRow>("pathTransitions", PATH_TRANSITIONS_SQL, (o) => [
  ...pathBaseParams(o),
  oneOf("start", o.start, EVENT_TYPES),
  checkInt("depth", o.depth, 1, 8),
  checkInt("top", o.top, 1, 20)
]);
