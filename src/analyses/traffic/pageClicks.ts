/**
 * Page-click distribution: click events by page and element, with distinct visitors and each
 * element's share of all its page's clicks. Clicks without a recorded element are a row of their
 * own (element "(no element)"), so they count in their page's total and nothing disappears.
 * $1 from, $2 to.
 */
import { defineQuery } from "../../query.js";
import { checkDateRange } from "../dateRange.js";

export const NO_ELEMENT = "(no element)";

export interface PageClicksOptions {
  from: string;
  to: string;
}

export interface PageClickRow {
  page: string;
  element: string;
  clicks: number;
  visitors: number;
  share_of_page: number;
}

export const PAGE_CLICKS_SQL = `
WITH c AS (
  SELECT coalesce(page, '(unknown)') AS page, coalesce(element, '${NO_ELEMENT}') AS element, visitor_id FROM events
  WHERE event_type = 'click' AND event_at >= $1::DATE AND event_at < $2::DATE + INTERVAL 1 DAY
), e AS (
  SELECT page, element, count(*) AS clicks, count(DISTINCT visitor_id) AS visitors FROM c GROUP BY page, element
)
SELECT page, element, clicks::INTEGER AS clicks, visitors::INTEGER AS visitors, clicks / sum(clicks) OVER (PARTITION BY page) AS share_of_page
FROM e ORDER BY sum(clicks) OVER (PARTITION BY page) DESC, page, clicks DESC, element`;

export const pageClicks = defineQuery<PageClicksOptions, PageClickRow>("pageClicks", PAGE_CLICKS_SQL, (o) => checkDateRange(o.from, o.to));
