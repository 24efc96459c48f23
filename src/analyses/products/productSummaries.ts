/**
 * Summaries of the product table the page draws: products and sales per ABC class, the Pareto
 * curve of sales over products, and the biggest risers and fallers against the previous period.
 * They read the rows productTable returned, so they show exactly the table's numbers.
 */
import type { ProductRow } from "./productTable.js";

export interface AbcSummaryRow {
  abc: "A" | "B" | "C";
  products: number;
  product_share: number;
  sales: number;
  sales_share: number;
}

export function abcSummary(rows: readonly ProductRow[]): AbcSummaryRow[] {
  const sold = rows.filter((r) => r.abc);
  // Cents, as the table's own sums: adding doubles would drift in the last digit.
  const totalCents = sold.reduce((s, r) => s + Math.round(r.sales * 100), 0);
  return (["A", "B", "C"] as const).map((abc) => {
    const inClass = sold.filter((r) => r.abc === abc);
    const cents = inClass.reduce((s, r) => s + Math.round(r.sales * 100), 0);
    return {
      abc,
      products: inClass.length,
      product_share: sold.length ? inClass.length / sold.length : 0,
      sales: cents / 100,
      sales_share: totalCents ? cents / totalCents : 0
    };
  });
}

/** Cumulative share of sales against the share of products, best sellers first, from (0, 0). */
export function abcCurve(rows: readonly ProductRow[]): { customer_share: number; revenue_share: number }[] {
  const sold = rows.filter((r) => r.abc).map((r) => Math.round(r.sales * 100)).sort((a, b) => b - a);
  const total = sold.reduce((s, c) => s + c, 0);
  const out = [{ customer_share: 0, revenue_share: 0 }];
  let cum = 0;
  sold.forEach((c, i) => {
    cum += c;
    out.push({ customer_share: (i + 1) / sold.length, revenue_share: total ? cum / total : 0 });
  });
  return out;
}

/** The n largest rises and falls in sales (ties by item id); items without change are in neither. */
export function movers(rows: readonly ProductRow[], n = 10): { rising: ProductRow[]; falling: ProductRow[] } {
  const byId = (a: ProductRow, b: ProductRow) => (a.item < b.item ? -1 : a.item > b.item ? 1 : 0);
  return {
    rising: rows.filter((r) => r.change > 0).sort((a, b) => b.change - a.change || byId(a, b)).slice(0, n),
    falling: rows.filter((r) => r.change < 0).sort((a, b) => a.change - b.change || byId(a, b)).slice(0, n)
  };
}
