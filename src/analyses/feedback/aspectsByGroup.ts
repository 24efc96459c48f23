/**
 * Aspects by category, brand or product: for the `top` groups with the most scored items, every aspect
 * of ASPECT_DICTIONARIES (in the dictionary's order, zeros allowed) with its mentions, negative
 * mentions, negative_share (negative ÷ mentions, null without mentions) and share (mentions ÷ the
 * group's scored items).
 *
 * An item belongs to the groups of its products (ff_products of the feedback filter: the item's
 * product, or every line of its order, and only pairs matching the category/brand filter): an
 * item about an order with two categories counts in both. An item with no known category (brand)
 * is in the group '(unknown)'. Only items with text (scored) count; groups are ranked by their
 * scored items, then by name.
 * $1 … $9 the feedback filter, $10 dim ('category' | 'brand' | 'product'), $11 top.
 */
import { defineQuery, oneOf } from "../../query.js";
import { aspectIdsValues } from "./aspectIds.js";
import { FEEDBACK_FILTER_CTE, feedbackFilterParams, type FeedbackFilterOptions } from "./feedbackFilter.js";
import { checkWhole } from "./feedbackOptions.js";

export const FEEDBACK_GROUP_DIMS = ["category", "brand", "product"] as const;
export type FeedbackGroupDim = (typeof FEEDBACK_GROUP_DIMS)[number];
export const UNKNOWN_GROUP = "(unknown)";
export const MAX_GROUPS = 1_000;

export interface AspectsByGroupOptions extends FeedbackFilterOptions {
  dim: FeedbackGroupDim;
  /** Groups listed, 1 … MAX_GROUPS. */
  top: number;
}

export interface AspectsByGroupRow {
  value: string;
  group_items: number;
  aspect: string;
  mentions: number;
  negative: number;
  negative_share: number | null;
  share: number;
}

export const ASPECTS_BY_GROUP_SQL = `
WITH ${FEEDBACK_FILTER_CTE},
ids AS ${aspectIdsValues(false)},
g AS (
  SELECT DISTINCT f.feedback_id, f.sentiment, f.aspects,
    coalesce(CASE $10 WHEN 'brand' THEN p.brand WHEN 'product' THEN p.product_id ELSE p.category END, '${UNKNOWN_GROUP}') AS value
  FROM ff f LEFT JOIN ff_products p ON p.feedback_id = f.feedback_id
  WHERE f.scored
), top AS (
  SELECT value, count(*) AS group_items FROM g GROUP BY value ORDER BY group_items DESC, value LIMIT $11::INTEGER
), m AS (
  SELECT value, unnest(list_distinct(string_split(aspects, '|'))) AS aspect, sentiment FROM g WHERE aspects <> ''
), per AS (
  SELECT value, aspect, count(*) AS mentions, count(*) FILTER (WHERE sentiment = 'negative') AS negative FROM m GROUP BY value, aspect
)
SELECT t.value, t.group_items::INTEGER AS group_items, i.aspect, coalesce(p.mentions, 0)::INTEGER AS mentions,
  coalesce(p.negative, 0)::INTEGER AS negative, (p.negative / p.mentions)::DOUBLE AS negative_share,
  (coalesce(p.mentions, 0) / t.group_items)::DOUBLE AS share
FROM top t CROSS JOIN ids i LEFT JOIN per p ON p.value = t.value AND p.aspect = i.aspect
ORDER BY t.group_items DESC, t.value, i.ord`;

export const aspectsByGroup = defineQuery<AspectsByGroupOptions, AspectsByGroupRow>("aspectsByGroup", ASPECTS_BY_GROUP_SQL, (o) => [
  ...feedbackFilterParams(o),
  oneOf("dim", o.dim, FEEDBACK_GROUP_DIMS),
  checkWhole("top", o.top, 1, MAX_GROUPS)
]);
