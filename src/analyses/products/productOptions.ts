/** Options of the product queries: a date range of payment dates, one currency, a level. */
import { oneOf, type Param } from "../../query.js";
import { checkDateRange } from "../dateRange.js";

export const PRODUCT_LEVELS = ["product", "sku"] as const;
export type ProductLevel = (typeof PRODUCT_LEVELS)[number];

export interface ProductOptions {
  from: string;
  to: string;
  currency: string;
  level?: ProductLevel;
}

/** The period of the same length immediately before [from, to]. */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const day = 86_400_000;
  const f = Date.parse(`${from}T00:00:00Z`);
  const t = Date.parse(`${to}T00:00:00Z`);
  const days = Math.round((t - f) / day) + 1;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { from: iso(f - days * day), to: iso(f - day) };
}

/** $1 from, $2 to, $3 currency, $4 level, $5 the previous period's first day (it ends the day before $1). */
export function productParams(o: ProductOptions): Param[] {
  checkDateRange(o.from, o.to);
  const prev = previousPeriod(o.from, o.to);
  return [o.from, o.to, o.currency, oneOf("level", o.level ?? "product", PRODUCT_LEVELS), prev.from];
}
