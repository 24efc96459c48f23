/** A shop-local date range, inclusive: both dates valid (YYYY-MM-DD) and from ≤ to. */
import { isoDate } from "../query.js";

export function checkDateRange(from: string, to: string): [string, string] {
  isoDate("from", from);
  isoDate("to", to);
  if (from > to) throw new Error(`invalid date range: ${from} is after ${to}`);
  return [from, to];
}
