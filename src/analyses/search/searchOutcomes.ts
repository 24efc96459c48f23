/**
 * What followed each search, as SQL to paste after SEARCH_FILTER_CTE: `so` is `sf` plus
 * `converted`, the attribution rule of METRICS.search_conversion. A search is followed by a
 * purchase when the same visitor has a purchase event (events.event_type = 'buy') at or after the
 * search's time — the same second counts, since logs record whole seconds — and
 *   - in the same session (events.session_id = searches.session_id) when the search has a
 *     session id; a buy event without a session id then never matches;
 *   - within SEARCH_ATTRIBUTION_HOURS after it (inclusive) when the search has none.
 * The purchase may fall after the end of the range: a search is judged by what followed it.
 * Every search before the purchase is credited (multi-touch), so converted searches summed over
 * queries exceed purchases. A search without a visitor id never converts.
 */
import { SEARCH_ATTRIBUTION_HOURS } from "../../metrics/dictionary.js";

export const SEARCH_OUTCOMES_CTE = `
so AS (
  SELECT sf.*, EXISTS (
    SELECT 1 FROM events e
    WHERE e.event_type = 'buy' AND e.visitor_id = sf.visitor_id AND e.event_at >= sf.searched_at
      AND CASE WHEN sf.session_id IS NULL THEN e.event_at <= sf.searched_at + INTERVAL ${SEARCH_ATTRIBUTION_HOURS} HOUR
        ELSE e.session_id = sf.session_id END
  ) AS converted
  FROM sf
)`;

