/**
 * Time to the next purchase with censoring: every purchase occasion (a customer's purchase day)
 * is a spell that ends when the customer buys again (an event, after `days`) or is still open
 * at the end of the data (censored after `days`). Grouped by days, so the Kaplan–Meier estimate
 * (kaplanMeier.ts) is computed from a few hundred rows rather than every purchase.
 */
import { defineQuery, isoDate } from "../../query.js";
import { PURCHASE_DAYS_CTE } from "./repurchaseGaps.js";

export interface TimeToRepurchaseOptions {
  currency: string;
  through: string;
}

export interface SpellRow {
  days: number;
  events: number;
  censored: number;
}

export const TIME_TO_REPURCHASE_SQL = `WITH ${PURCHASE_DAYS_CTE}
SELECT days::INTEGER AS days, count(*) FILTER (WHERE event)::INTEGER AS events, count(*) FILTER (WHERE NOT event)::INTEGER AS censored
FROM (
  SELECT next_day IS NOT NULL AS event, date_diff('day', day, coalesce(next_day, $2::DATE)) AS days FROM seq
)
GROUP BY days ORDER BY days`;

export const timeToRepurchase = defineQuery<TimeToRepurchaseOptions, SpellRow>("timeToRepurchase", TIME_TO_REPURCHASE_SQL, (o) => {
  isoDate("through", o.through);
  return [o.currency, o.through];
});
