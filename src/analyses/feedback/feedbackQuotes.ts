/**
 * Candidate quotes: per aspect (each of ASPECT_DICTIONARIES, then 'none' for texts naming no
 * aspect), up to `perAspect` scored items of the filter, strongest first. With an aspect filter
 * only that aspect's candidates are returned (an item naming two aspects is a candidate of both
 * otherwise).
 *
 * strength = how far the score leans the way of the item's own sentiment label, rounded to 6
 * decimals like the score: score − 0.5 for positive, 0.5 − score for negative, −|score − 0.5| for
 * neutral (the most even-handed neutral text first). This is |score − 0.5| whenever the score
 * agrees with the label; a text whose label comes from its stars but whose words lean the other
 * way (a 2-star "great, fast delivery") sinks instead of heading the list. Ties: shorter text
 * first, then feedback_id. Texts with fewer than MIN_QUOTE_CHARS letters or digits (好评！, "ok")
 * say nothing and are skipped.
 *
 * Rows are plain text (personal data masked upstream, never HTML): the page trims them with
 * src/topics/trimQuote and renders them as text. created_at is shop-local, 'YYYY-MM-DD HH:MM:SS'.
 * $1 … $9 the feedback filter, $10 perAspect.
 */
import { defineQuery } from "../../query.js";
import { aspectIdsValues } from "./aspectIds.js";
import { FEEDBACK_FILTER_CTE, feedbackFilterParams, type FeedbackFilterOptions } from "./feedbackFilter.js";
import { checkWhole } from "./feedbackOptions.js";

export const MIN_QUOTE_CHARS = 4;
export const MAX_QUOTES_PER_ASPECT = 1_000;

export interface FeedbackQuotesOptions extends FeedbackFilterOptions {
  /** Candidates per aspect, 1 … MAX_QUOTES_PER_ASPECT. */
  perAspect: number;
}

export interface FeedbackQuoteRow {
  aspect: string;
  rank: number;
  feedback_id: string;
  kind: string;
  created_at: string;
  product_id: string | null;
  rating: number | null;
  sentiment: string;
  score: number;
  strength: number;
  text: string;
}

export const FEEDBACK_QUOTES_SQL = `
WITH ${FEEDBACK_FILTER_CTE},
ids AS ${aspectIdsValues(true)},
c AS (
  SELECT *, round(CASE sentiment WHEN 'positive' THEN score - 0.5 WHEN 'negative' THEN 0.5 - score ELSE 0 - abs(score - 0.5) END, 6) AS strength,
    CASE WHEN aspects = '' THEN ['none'] ELSE list_distinct(string_split(aspects, '|')) END AS aspect_list
  FROM ff WHERE scored AND length(regexp_replace(text, '[^\\p{L}\\p{N}]', '', 'g')) >= ${MIN_QUOTE_CHARS}
), u AS (
  SELECT unnest(aspect_list) AS aspect, * EXCLUDE (aspect_list) FROM c
), k AS (
  SELECT *, row_number() OVER (PARTITION BY aspect ORDER BY strength DESC, length(text), feedback_id) AS rank
  FROM u WHERE $5 = 'all' OR aspect = $5
)
SELECT k.aspect, k.rank::INTEGER AS rank, k.feedback_id, k.kind, strftime(k.created_at, '%Y-%m-%d %H:%M:%S') AS created_at,
  k.product_id, k.rating, k.sentiment, k.score, k.strength, k.text
FROM k JOIN ids i ON i.aspect = k.aspect
WHERE k.rank <= $10::INTEGER
ORDER BY i.ord, k.rank`;

export const feedbackQuotes = defineQuery<FeedbackQuotesOptions, FeedbackQuoteRow>("feedbackQuotes", FEEDBACK_QUOTES_SQL, (o) => [
  ...feedbackFilterParams(o),
  checkWhole("perAspect", o.perAspect, 1, MAX_QUOTES_PER_ASPECT)
]);
