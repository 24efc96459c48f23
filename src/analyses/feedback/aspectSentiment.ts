/**
 * The aspect × sentiment matrix: per aspect of ASPECT_DICTIONARIES (every aspect listed, in the
 * dictionary's order, zeros allowed) and a last row 'none' for the scored items that name no
 * aspect: mentions (scored items naming the aspect; an item naming two aspects counts in both
 * rows, so the rows do not add up to the items), mentions by sentiment, negative_share (negative ÷
 * mentions, null without mentions) and share (mentions ÷ scored items, null without any).
 * `items` (the scored items of the filter) and `unscored` (items without text, which have no
 * sentiment or aspects and are in no row) come with every row. With an aspect filter the rows
 * show what else the items of that aspect name.
 * $1 … $9 the feedback filter.
 */
import { defineQuery } from "../../query.js";
import { aspectIdsValues } from "./aspectIds.js";
import { FEEDBACK_FILTER_CTE, feedbackFilterParams, type FeedbackFilterOptions } from "./feedbackFilter.js";

export interface AspectSentimentRow {
  aspect: string;
  mentions: number;
  positive: number;
  negative: number;
  neutral: number;
  negative_share: number | null;
  share: number | null;
  items: number;
  unscored: number;
}

export const ASPECT_SENTIMENT_SQL = `
WITH ${FEEDBACK_FILTER_CTE},
ids AS ${aspectIdsValues(true)},
m AS (
  SELECT unnest(CASE WHEN aspects = '' THEN ['none'] ELSE list_distinct(string_split(aspects, '|')) END) AS aspect, sentiment
  FROM ff WHERE scored
), per AS (
  SELECT aspect, count(*) AS mentions, count(*) FILTER (WHERE sentiment = 'positive') AS positive,
    count(*) FILTER (WHERE sentiment = 'negative') AS negative, count(*) FILTER (WHERE sentiment = 'neutral') AS neutral
  FROM m GROUP BY aspect
), tot AS (SELECT count(*) FILTER (WHERE scored) AS items, count(*) FILTER (WHERE NOT scored) AS unscored FROM ff)
SELECT i.aspect, coalesce(p.mentions, 0)::INTEGER AS mentions, coalesce(p.positive, 0)::INTEGER AS positive,
  coalesce(p.negative, 0)::INTEGER AS negative, coalesce(p.neutral, 0)::INTEGER AS neutral,
  (p.negative / p.mentions)::DOUBLE AS negative_share, (coalesce(p.mentions, 0) / nullif(tot.items, 0))::DOUBLE AS share,
  tot.items::INTEGER AS items, tot.unscored::INTEGER AS unscored
FROM ids i CROSS JOIN tot LEFT JOIN per p ON p.aspect = i.aspect
ORDER BY i.ord`;

export const aspectSentiment = defineQuery<FeedbackFilterOptions, AspectSentimentRow>("aspectSentiment", ASPECT_SENTIMENT_SQL, feedbackFilterParams);
