/**
 * The comparison periods the overview offers: 环比 (the same number of days just before),
 * 同比 (the same dates one year earlier) and the same promotion last year.
 */
import { isoDate } from "../query.js";
import { promotionFor, samePromotionLastYear } from "../calendar.js";

export type Comparison = "previous" | "year_ago" | "promotion";

export interface DateRange {
  from: string;
  to: string;
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const ms = (d: string) => Date.parse(`${d}T00:00:00Z`);

function shiftYear(d: string, years: number): string {
  const [y, m, day] = d.split("-").map(Number);
  // 29 February maps to 28 February in a common year.
  const last = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return `${y + years}-${String(m).padStart(2, "0")}-${String(Math.min(day, last)).padStart(2, "0")}`;
}

export function comparisonRange(range: DateRange, comparison: Comparison): DateRange | null {
  isoDate("from", range.from);
  isoDate("to", range.to);
  if (comparison === "previous") {
    const days = (ms(range.to) - ms(range.from)) / DAY + 1;
    return { from: iso(ms(range.from) - days * DAY), to: iso(ms(range.from) - DAY) };
  }
  if (comparison === "year_ago") return { from: shiftYear(range.from, -1), to: shiftYear(range.to, -1) };
  const w = promotionFor(range.from, range.to);
  const last = w && samePromotionLastYear(w);
  return last ? { from: last.presaleStart ?? last.start, to: last.end } : null;
}
