/**
 * Feedback over time: per month (or Monday-started week) of created_at, every period of the range
 * listed (zeros where there is none):
 * - items: feedback items in the filter, with and without text; scored: those with text (a
 *   feedback_scores row);
 * - positive / negative / neutral: scored items by sentiment, and their shares of the scored
 *   items (null when the period has none). Rated items with text take their sentiment from the
 *   stars (≥ 4 positive, 3 neutral, ≤ 2 negative), the others from the model or lexicon;
 * - rated: items with a star rating 1–5 (text or not), avg_rating their mean (null when none),
 *   rating_1 … rating_5 the count per star.
 * $1 … $9 the feedback filter, $10 grain ('month' | 'week').
 */
import { defineQuery, oneOf } from "../../query.js";
import { FEEDBACK_FILTER_CTE, feedbackFilterParams, type FeedbackFilterOptions } from "./feedbackFilter.js";
import { FEEDBACK_GRAINS, feedbackPeriodColumns, feedbackPeriodsCte, type FeedbackGrain } from "./feedbackPeriods.js";

export interface FeedbackTrendOptions extends FeedbackFilterOptions {
  grain: FeedbackGrain;
}

export interface FeedbackTrendRow {
  period: string;
  days: number;
  partial: boolean;
  items: number;
  scored: number;
  positive: number;
  negative: number;
  neutral: number;
  positive_share: number | null;
  negative_share: number | null;
  neutral_share: number | null;
  rated: number;
  avg_rating: number | null;
  rating_1: number;
  rating_2: number;
  rating_3: number;
  rating_4: number;
  rating_5: number;
}

const STARS = [1, 2, 3, 4, 5];

export const FEEDBACK_TREND_SQL = `
WITH ${FEEDBACK_FILTER_CTE}, ${feedbackPeriodsCte("$10")},
agg AS (
  SELECT date_trunc($10, created_at)::DATE AS period, count(*) AS items, count(*) FILTER (WHERE scored) AS scored,
    count(*) FILTER (WHERE sentiment = 'positive') AS positive, count(*) FILTER (WHERE sentiment = 'negative') AS negative,
    count(*) FILTER (WHERE sentiment = 'neutral') AS neutral,
    count(*) FILTER (WHERE rating BETWEEN 1 AND 5) AS rated, avg(rating) FILTER (WHERE rating BETWEEN 1 AND 5) AS avg_rating,
    ${STARS.map((k) => `count(*) FILTER (WHERE rating = ${k}) AS rating_${k}`).join(", ")}
  FROM ff GROUP BY 1
)
SELECT ${feedbackPeriodColumns("$10")},
  coalesce(a.items, 0)::INTEGER AS items, coalesce(a.scored, 0)::INTEGER AS scored,
  coalesce(a.positive, 0)::INTEGER AS positive, coalesce(a.negative, 0)::INTEGER AS negative, coalesce(a.neutral, 0)::INTEGER AS neutral,
  (a.positive / nullif(a.scored, 0))::DOUBLE AS positive_share, (a.negative / nullif(a.scored, 0))::DOUBLE AS negative_share,
  (a.neutral / nullif(a.scored, 0))::DOUBLE AS neutral_share,
  coalesce(a.rated, 0)::INTEGER AS rated, a.avg_rating::DOUBLE AS avg_rating,
  ${STARS.map((k) => `coalesce(a.rating_${k}, 0)::INTEGER AS rating_${k}`).join(", ")}
FROM fp_periods p LEFT JOIN agg a ON a.period = p.period
ORDER BY p.period`;

export const feedbackTrend = defineQuery<FeedbackTrendOptions, FeedbackTrendRow>("feedbackTrend", FEEDBACK_TREND_SQL, (o) => [
  ...feedbackFilterParams(o),
  oneOf("grain", o.grain, FEEDBACK_GRAINS)
]);
