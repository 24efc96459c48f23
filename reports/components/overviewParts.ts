import { promotionsBetween } from "../lib/calendar.js";
import type { Lang } from "../lib/i18n/lang.js";
import { pick } from "../lib/i18n/t.js";

export const COMPARISONS = ["previous", "year_ago", "promotion", "none"] as const;
export type ComparisonChoice = (typeof COMPARISONS)[number];
export const COMPARISON_KEYS = {
  previous: "overview.compare.previous",
  year_ago: "overview.compare.year",
  promotion: "overview.compare.promotion",
  none: "overview.compare.none"
} as const;

/** Series metrics offered by the trend chart. */
export const SERIES_METRICS = ["gmv", "net_sales", "paid_orders", "paying_buyers", "visitors"] as const;

/** Promotion windows overlapping [from, to], as chart bands named in the reader's language. */
export function promotionBands(from: string, to: string, lang: Lang) {
  return promotionsBetween(from, to).map((w) => ({ name: pick(lang, w.name), start: w.start, end: w.end }));
}

/**
 * A value that is first the build-time precomputed answer (when the page shows the default view)
 * and then the live query's answer: Framework re-renders on each yield, so the page paints at
 * once and the engine catches up. A failed live query yields its Error for the page to show.
 * `live: false` (public builds, whose record-level tables are empty) keeps the precomputed answer.
 */
export async function* firstThenLive<T>(initial: T | null, live: false | (() => Promise<T>)): AsyncGenerator<T | Error> {
  if (initial != null) yield initial;
  if (!live) return;
  try {
    yield await live();
  } catch (error) {
    yield error instanceof Error ? error : new Error(String(error));
  }
}
