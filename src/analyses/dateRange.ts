/** A shop-local date range, inclusive: both dates valid (YYYY-MM-DD) and from ≤ to. */
import { isoDate, type Db } from "../query.js";

export function checkDateRange(from: string, to: string): [string, string] {
  isoDate("from", from);
  isoDate("to", to);
  if (from > to) throw new Error(`invalid date range: ${from} is after ${to}`);
  return [from, to];
}

/** The range's default: the last `days` days up to `to` (fewer when the data starts later). */
export function lastDaysOf(from: string, to: string, days = 30): { from: string; to: string } {
  const start = new Date(Date.parse(`${to}T00:00:00Z`) - (days - 1) * 86_400_000).toISOString().slice(0, 10);
  return { from: start > from ? start : from, to };
}

/**
 * The first and last day of a table's time column, or null when it has no rows. `table` and
 * `column` are the analyses' own constants (identifiers cannot be bound), never reader input.
 */
export async function dataSpan(db: Db, table: string, column: string): Promise<{ from: string; to: string } | null> {
  const [r] = await db.query<{ a: string | null; b: string | null }>(
    `SELECT strftime(min("${column}"), '%Y-%m-%d') AS a, strftime(max("${column}"), '%Y-%m-%d') AS b FROM "${table}"`
  );
  return r?.a && r.b ? { from: r.a, to: r.b } : null;
}
