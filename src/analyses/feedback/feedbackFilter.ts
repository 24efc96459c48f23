/**
 * The feedback every feedback analysis reads, as SQL to paste after `WITH`:
 *
 * - `ff`: the feedback items written in the date range (created_at on shop-local days, both ends
 *   included; an item without a time is in no range) LEFT JOINed to their feedback_scores row.
 *   Items without text have no score row: they stay in `ff` with `scored` false and a null
 *   sentiment, score and aspects, so counts of items, ratings, NPS answers and complaints include
 *   them, while sentiment and aspect measures are over the scored items only. A sentiment or
 *   aspect filter other than 'all' therefore leaves the unscored items out.
 * - `ff_products`: per item, the products it is about, as (category, brand) pairs matching the
 *   product filter: the item's product_id in products; for an item with only an order_id, every
 *   line of that order (category and brand from products by the line's product_id, else the
 *   line's own). An item whose product is not in products has one (null, null) pair; an item with
 *   neither a product nor an order has none. Category and brand must match on the same pair, so
 *   "beauty" + "Bloom" does not pick an order holding a beauty item of another brand and a Bloom
 *   item of another category.
 *
 * Filters: kind ('all' or one of FEEDBACK_KINDS); sentiment ('all', positive, negative, neutral);
 * aspect ('all', an aspect id matched as a whole element of the '|'-joined aspects, or 'none' for
 * scored items naming no aspect); category, brand and product ('all' or a value, compared
 * exactly; the product is matched like category and brand, on the item's product or its order's
 * lines); topic ('all' or a data-driven topic index: scored items whose dominant topic it is).
 * $1 from, $2 to, $3 kind, $4 sentiment, $5 aspect, $6 category, $7 brand, $8 product, $9 topic.
 */
import { oneOf, type Param } from "../../query.js";
import { FEEDBACK_KINDS, type FeedbackKind } from "../../schema.js";
import { checkDateRange } from "../dateRange.js";
import { ASPECT_IDS } from "./aspectIds.js";

export const KIND_FILTERS = ["all", ...FEEDBACK_KINDS] as const;
export type KindFilter = "all" | FeedbackKind;
export const SENTIMENT_FILTERS = ["all", "positive", "negative", "neutral"] as const;
export type SentimentFilter = (typeof SENTIMENT_FILTERS)[number];
export const ASPECT_FILTERS: readonly string[] = ["all", ...ASPECT_IDS, "none"];

export interface FeedbackFilterOptions {
  /** Shop-local dates, inclusive. */
  from: string;
  to: string;
  kind: KindFilter;
  sentiment: SentimentFilter;
  /** 'all', an aspect id of ASPECT_DICTIONARIES, or 'none'. */
  aspect: string;
  /** 'all' or a category as products (or order_items) spell it. */
  category: string;
  /** 'all' or a brand. */
  brand: string;
  /** 'all' (the default) or a product id. */
  product?: string;
  /** 'all' (the default) or a data-driven topic index ("0", "1" …; see feedback_topics). */
  topic?: string;
}

/**
 * The filter with its date range given as SQL evaluating to DATEs (emergingAspects widens it to
 * the previous range); every other analysis uses FEEDBACK_FILTER_CTE.
 */
export function feedbackFilterCte(fromSql: string, toSql: string): string {
  // The product pairs are read only under a category or brand filter (the repeated test lets
  // DuckDB skip the order_items join otherwise); aspectsByGroup reads ff_products itself.
  return `
ff_in AS (
  SELECT * FROM feedback WHERE created_at >= ${fromSql} AND created_at < ${toSql} + INTERVAL 1 DAY AND ($3 = 'all' OR kind = $3)
), ff_pairs AS (
  SELECT f.feedback_id, f.product_id, p.category, p.brand FROM ff_in f LEFT JOIN products p ON p.product_id = f.product_id WHERE f.product_id IS NOT NULL
  UNION ALL
  SELECT f.feedback_id, oi.product_id, coalesce(p.category, oi.category) AS category, coalesce(p.brand, oi.brand) AS brand
  FROM ff_in f JOIN order_items oi ON oi.order_id = f.order_id LEFT JOIN products p ON p.product_id = oi.product_id
  WHERE f.product_id IS NULL
), ff_products AS (
  SELECT * FROM ff_pairs WHERE ($6 = 'all' OR category = $6) AND ($7 = 'all' OR brand = $7) AND ($8 = 'all' OR product_id = $8)
), ff AS (
  SELECT f.feedback_id, f.kind, f.created_at, f.order_id, f.product_id, f.rating, f.nps, f.text,
    s.feedback_id IS NOT NULL AS scored, s.sentiment, s.score, s.scored_by, s.aspects, s.topic
  FROM ff_in f LEFT JOIN feedback_scores s ON s.feedback_id = f.feedback_id
  WHERE ($4 = 'all' OR s.sentiment = $4)
    AND ($5 = 'all' OR ($5 = 'none' AND s.aspects = '') OR list_contains(string_split(s.aspects, '|'), $5))
    AND ($9 = 'all' OR s.topic = TRY_CAST($9 AS INTEGER))
    AND (($6 = 'all' AND $7 = 'all' AND $8 = 'all') OR f.feedback_id IN (SELECT feedback_id FROM ff_products WHERE NOT ($6 = 'all' AND $7 = 'all' AND $8 = 'all')))
)`;
}

export const FEEDBACK_FILTER_CTE = feedbackFilterCte("$1::DATE", "$2::DATE");

/** A category or brand option: 'all' or a non-empty value. */
function checkValue(name: string, value: string): string {
  if (typeof value !== "string" || value === "") throw new Error(`invalid ${name}: "${value}" ('all' or a non-empty value)`);
  return value;
}

/** 'all' or a topic index (a whole number ≥ 0, as text). */
function checkTopic(value: string): string {
  if (value !== "all" && !/^\d{1,4}$/.test(value)) throw new Error(`invalid topic: "${value}" ('all' or a topic number)`);
  return value;
}

/** $1 … $9 of FEEDBACK_FILTER_CTE, validated; errors name the option. */
export function feedbackFilterParams(o: FeedbackFilterOptions): Param[] {
  checkDateRange(o.from, o.to);
  return [
    o.from,
    o.to,
    oneOf("kind", o.kind, KIND_FILTERS),
    oneOf("sentiment", o.sentiment, SENTIMENT_FILTERS),
    oneOf("aspect", o.aspect, ASPECT_FILTERS),
    checkValue("category", o.category),
    checkValue("brand", o.brand),
    checkValue("product", o.product ?? "all"),
    checkTopic(o.topic ?? "all")
  ];
}
