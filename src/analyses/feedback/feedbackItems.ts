/**
 * The items of the feedback filter, one row each, for the page's CSV download: oldest first.
 * Items without text have null sentiment, score, scored_by, aspects and topic. aspects is the
 * '|'-joined aspect ids ('' = text naming none); topic the dominant data-driven topic (see
 * feedbackTopicsTable). The text is personal-data-masked upstream; the row is plain data, so the
 * page's CSV writer quotes it like any other field. created_at is shop-local, 'YYYY-MM-DD HH:MM:SS'.
 * $1 … $9 the feedback filter.
 */
import { defineQuery } from "../../query.js";
import { FEEDBACK_FILTER_CTE, feedbackFilterParams, type FeedbackFilterOptions } from "./feedbackFilter.js";

export interface FeedbackItemRow {
  feedback_id: string;
  kind: string;
  created_at: string;
  product_id: string | null;
  rating: number | null;
  nps: number | null;
  sentiment: string | null;
  score: number | null;
  scored_by: string | null;
  aspects: string | null;
  topic: number | null;
  text: string | null;
}

export const FEEDBACK_ITEMS_SQL = `
WITH ${FEEDBACK_FILTER_CTE}
SELECT feedback_id, kind, strftime(created_at, '%Y-%m-%d %H:%M:%S') AS created_at, product_id, rating, nps,
  sentiment, score, scored_by, aspects, topic, text
FROM ff ORDER BY ff.created_at, feedback_id`;

export const feedbackItems = defineQuery<FeedbackFilterOptions, FeedbackItemRow>("feedbackItems", FEEDBACK_ITEMS_SQL, feedbackFilterParams);
