/**
 * Draws products for order lines and page views: by popularity, boosted in the category's peak
 * months, and only once an item is listed. One cumulative table per month (and per category) keeps
 * a draw at a binary search, which matters at a million orders.
 */
import type { Random } from "./random.ts";
import type { Product } from "./buildCatalog.ts";
import { CATEGORIES } from "./catalogVocab.ts";
import { DAY, dateParts, dayOf } from "./shopTime.ts";

const MONTHS = 24;

interface Table {
  readonly items: Product[];
  readonly cumulative: Float64Array;
}

function table(items: Product[], weight: (p: Product) => number): Table {
  const cumulative = new Float64Array(items.length);
  let sum = 0;
  items.forEach((p, i) => (cumulative[i] = sum += weight(p)));
  return { items, cumulative };
}

export class ProductPicker {
  private readonly all: Table[] = [];
  private readonly byCategory: Table[][] = [];

  constructor(readonly products: readonly Product[]) {
    for (let m = 0; m < MONTHS; m++) {
      const year = 2024 + Math.floor(m / 12);
      const month = (m % 12) + 1;
      const monthEnd = dayOf(year, month, 28);
      const live = products.filter((p) => p.listedDay <= monthEnd);
      const weight = (p: Product) => p.popularity * (p.category.peakMonths.includes(month) ? 2 : 1);
      this.all.push(table(live, weight));
      this.byCategory.push(CATEGORIES.map((c) => table(live.filter((p) => p.category === c), weight)));
    }
  }

  private draw(rng: Random, t: Table): Product | null {
    const n = t.items.length;
    if (n === 0) return null;
    const r = rng.next() * t.cumulative[n - 1]!;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (t.cumulative[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    return t.items[lo]!;
  }

  /** A product at time t (shop seconds), from `categoryIndex` when given and stocked. */
  pick(rng: Random, t: number, categoryIndex = -1): Product {
    const p = dateParts(Math.floor(t / DAY));
    const m = Math.min(MONTHS - 1, Math.max(0, (p.year - 2024) * 12 + p.month - 1));
    if (categoryIndex >= 0) {
      const hit = this.draw(rng, this.byCategory[m]![categoryIndex]!);
      if (hit) return hit;
    }
    return this.draw(rng, this.all[m]!)!;
  }
}
