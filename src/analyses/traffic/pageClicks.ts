/**
 * Page-click distribution: click events that carry a page element, by page and element, with
 * distinct visitors and each element's share of its page's clicks. Clicks without an element are
 * counted separately (`unlabelled`) so nothing disappears. $1 from, $2 to.
 */
import { defineQuery, isoDate } from "../../query.js";

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
  unlabelled: number;
}

export const PAGE_CLICKS_SQL = `
WITH c AS (
  SELECT coalesce(page, '(unknown)') AS page, element, visitor_id FROM events
  WHERE event_type = 'click' AND event_at >= $1::DATE AND event_at < $2::DATE + INTERVAL 1 DAY
), e AS (
  SELECT page, element, count(*) AS clicks, count(DISTINCT visitor_id) AS visitors FROM c WHERE element IS NOT NULL GROUP BY page, element
)
SELECT page, element, clicks::INTEGER AS clicks, visitors::INTEGER AS visitors, clicks / sum(clicks) OVER (PARTITION BY page) AS share_of_page,
  (SELECT count(*) FROM c WHERE element IS NULL)::INTEGER AS unlabelled
FROM e ORDER BY sum(clicks) OVER (PARTITION BY page) DESC, page, clicks DESC, element`;

export const pageClicks = defineQuery<PageClicksOptions, PageClickRow>("pageClicks", PAGE_CLICKS_SQL, (o) => {
  isoDate("from", o.from);
  isoDate("to", o.to);
  return [o.from, o.to];
});
