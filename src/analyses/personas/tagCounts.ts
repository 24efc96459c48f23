/**
 * How many customers carry each value of one tag, with their share of customers and of net
 * spend, optionally broken down by RFM segment or value tier (tags "countable per segment").
 * Every customer in the base has exactly one value of every tag ('unknown' included), so the
 * counts of one breakdown group add up to the group's customers.
 */
import { defineQuery, oneOf } from "../../query.js";
import { TAGS, TAG_IDS } from "../../personas/tagCatalog.js";
import { runOnPersonaBase } from "./personaBase.js";
import { TAG_BREAKDOWNS, type PersonaOptions, type TagBreakdown } from "./personaOptions.js";

export interface TagCountsOptions extends PersonaOptions {
  tag: string;
  by: TagBreakdown;
}

export interface TagCountRow {
  grp: string;
  value: string;
  customers: number;
  share: number;
  spend: number;
  spend_share: number | null;
}

const tagCase = `CASE $2 ${TAGS.map((t) => `WHEN '${t.id}' THEN (${t.sql})::VARCHAR`).join(" ")} END`;

export const TAG_COUNTS_SQL = `WITH t AS (
  SELECT coalesce(${tagCase}, 'unknown') AS value,
    CASE $3 WHEN 'rfm_segment' THEN coalesce(b.rfm_segment, 'no_kept_purchase') WHEN 'value_tier' THEN coalesce(b.value_tier, 'unknown') ELSE 'all' END AS grp,
    b.net_cents
  FROM persona_base b WHERE b.pid = $1::INTEGER
), g AS (SELECT grp, count(*) AS n, sum(net_cents) AS cents FROM t GROUP BY grp)
SELECT t.grp::VARCHAR AS grp, t.value::VARCHAR AS value, count(*)::INTEGER AS customers,
  (count(*) / any_value(g.n))::DOUBLE AS share, (sum(t.net_cents) / 100)::DOUBLE AS spend,
  (sum(t.net_cents) / nullif(any_value(g.cents), 0))::DOUBLE AS spend_share
FROM t JOIN g USING (grp)
GROUP BY t.grp, t.value
ORDER BY t.grp, customers DESC, t.value`;

export const tagCounts = defineQuery<TagCountsOptions, TagCountRow>(
  "tagCounts",
  TAG_COUNTS_SQL,
  (o) => [0, oneOf("tag", o.tag, TAG_IDS), oneOf("by", o.by, TAG_BREAKDOWNS)],
  (db, sql, params, o) => runOnPersonaBase(db, sql, params, o)
);
