/**
 * Emerging problems: negative mentions per aspect (scored items with a negative sentiment naming
 * the aspect) in the range against the previous range of the same length just before it (环比;
 * computed in SQL: previous_to = from − 1 day, previous_from = from − the range's days). Per
 * aspect of ASPECT_DICTIONARIES with at least `minNegative` negative mentions now: negative now
 * and before, change = now − before, growth = change ÷ before (null when there were none before;
 * `is_new` when there were none before and some now), all mentions and the negative share
 * (negative ÷ mentions) in both ranges. Ordered by change (largest rise first), then negative
 * mentions now, then the dictionary's order.
 * The scored items of both ranges (`items`, `previous_items`) come with every row: when
 * previous_items is 0 the data does not reach back that far, and every aspect is "new" for want
 * of data. The sentiment filter does not apply (this counts negatives); the others apply to both
 * ranges alike.
 * $1 from, $2 to, $3 kind, $4 sentiment (always 'all'), $5 aspect, $6 category, $7 brand, $8 product,
 * $9 topic, $10 minNegative.
 */
import { defineQuery } from "../../query.js";
import { aspectIdsValues } from "./aspectIds.js";
import { feedbackFilterCte, feedbackFilterParams, type FeedbackFilterOptions } from "./feedbackFilter.js";
import { checkWhole } from "./feedbackOptions.js";

export interface EmergingAspectsOptions extends Omit<FeedbackFilterOptions, "sentiment"> {
  /** Least negative mentions in the range for an aspect to be listed, 0 … 10⁹. */
  minNegative: number;
}

export interface EmergingAspectRow {
  aspect: string;
  negative: number;
  previous_negative: number;
  change: number;
  growth: number | null;
  is_new: boolean;
  mentions: number;
  previous_mentions: number;
  negative_share: number | null;
  previous_negative_share: number | null;
  items: number;
  previous_items: number;
  previous_from: string;
  previous_to: string;
}

const PREVIOUS_FROM = "($1::DATE - ($2::DATE - $1::DATE + 1)::INTEGER)";

export const EMERGING_ASPECTS_SQL = `
WITH ${feedbackFilterCte(PREVIOUS_FROM, "$2::DATE")},
ids AS ${aspectIdsValues(false)},
c AS (SELECT *, created_at >= $1::DATE AS cur FROM ff WHERE scored),
m AS (SELECT cur, unnest(list_distinct(string_split(aspects, '|'))) AS aspect, sentiment FROM c WHERE aspects <> ''),
per AS (
  SELECT aspect, count(*) FILTER (WHERE cur AND sentiment = 'negative') AS negative,
    count(*) FILTER (WHERE NOT cur AND sentiment = 'negative') AS previous_negative,
    count(*) FILTER (WHERE cur) AS mentions, count(*) FILTER (WHERE NOT cur) AS previous_mentions
  FROM m GROUP BY aspect
), tot AS (SELECT count(*) FILTER (WHERE cur) AS items, count(*) FILTER (WHERE NOT cur) AS previous_items FROM c),
r AS (
  SELECT i.aspect, i.ord, coalesce(p.negative, 0) AS negative, coalesce(p.previous_negative, 0) AS previous_negative,
    coalesce(p.mentions, 0) AS mentions, coalesce(p.previous_mentions, 0) AS previous_mentions
  FROM ids i LEFT JOIN per p ON p.aspect = i.aspect
)
SELECT r.aspect, r.negative::INTEGER AS negative, r.previous_negative::INTEGER AS previous_negative,
  (r.negative - r.previous_negative)::INTEGER AS change,
  ((r.negative - r.previous_negative) / nullif(r.previous_negative, 0))::DOUBLE AS growth, r.previous_negative = 0 AND r.negative > 0 AS is_new,
  r.mentions::INTEGER AS mentions, r.previous_mentions::INTEGER AS previous_mentions,
  (r.negative / nullif(r.mentions, 0))::DOUBLE AS negative_share,
  (r.previous_negative / nullif(r.previous_mentions, 0))::DOUBLE AS previous_negative_share,
  tot.items::INTEGER AS items, tot.previous_items::INTEGER AS previous_items,
  strftime(${PREVIOUS_FROM}, '%Y-%m-%d') AS previous_from, strftime($1::DATE - 1, '%Y-%m-%d') AS previous_to
FROM r CROSS JOIN tot
WHERE r.negative >= $10::INTEGER
ORDER BY change DESC, r.negative DESC, r.ord`;

export const emergingAspects = defineQuery<EmergingAspectsOptions, EmergingAspectRow>("emergingAspects", EMERGING_ASPECTS_SQL, (o) => [
  ...feedbackFilterParams({ ...o, sentiment: "all" }),
  checkWhole("minNegative", o.minNegative, 0, 1_000_000_000)
]);
