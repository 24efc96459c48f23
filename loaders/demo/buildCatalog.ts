/**
 * The product catalogue: products spread over categories and brands, with a list price, a
 * popularity (Zipf-like, so a few items carry much of the sales), a latent quality (a handful are
 * defective and collect bad reviews and returns) and a listing date (items sell only after it).
 */
import type { Random } from "./random.ts";
import { BRANDS, CATEGORIES, type BrandSpec, type CategorySpec } from "./catalogVocab.ts";
import { DAYS } from "./shopTime.ts";

export interface Product {
  readonly index: number;
  /** 宝贝ID: 12 digits without the digit 1, so no 11-digit mobile number can hide in it. */
  readonly itemId: string;
  /** 商家编码, e.g. `QM-LY-0012`. */
  readonly sku: string;
  readonly title: string;
  readonly category: CategorySpec;
  readonly brand: BrandSpec;
  readonly priceCents: number;
  readonly tier: "低" | "中" | "高";
  /** Day number of listing (negative = before 2024). */
  readonly listedDay: number;
  readonly popularity: number;
  /** 0…1; below 0.5 = defective batch. */
  readonly quality: number;
  /** Apparel that runs small draws 尺码偏小 reviews and size returns. */
  readonly runsSmall: boolean;
  /** Photos flatter the item: 颜色和图片不一样 reviews. */
  readonly colorOff: boolean;
  readonly attributes: readonly string[];
}

export const NO_ONE_DIGITS = "023456789";

export function buildCatalog(rng: Random, count: number): Product[] {
  const products: Product[] = [];
  const demand = CATEGORIES.map((c) => c.demand);
  const seqByCode = new Map<string, number>();
  const usedIds = new Set<string>();
  for (let i = 0; i < count; i++) {
    const category = rng.weighted(CATEGORIES, demand);
    const makers = BRANDS.filter((b) => b.categories.includes(category.name));
    // Own brands fill about half the shelf.
    const brand = rng.weighted(makers, makers.map((b) => (b.own ? 3 : 1)));
    const key = `${brand.code}-${category.code}`;
    const seq = (seqByCode.get(key) ?? 0) + 1;
    seqByCode.set(key, seq);
    let itemId: string;
    do itemId = "6" + rng.chars(NO_ONE_DIGITS, 11);
    while (usedIds.has(itemId));
    usedIds.add(itemId);
    const u = rng.beta(1.6, 2.2);
    const raw = (category.priceMin + u * (category.priceMax - category.priceMin)) * brand.priceFactor;
    // Shop prices end in 9 or 9.9.
    const price = Math.max(9.9, Math.round(raw / 10) * 10 - (rng.chance(0.5) ? 1 : 0.1));
    const attributes = rng.shuffle([...category.attributes]).slice(0, rng.int(2, 3));
    const title = `${brand.name} ${category.name}${attributes.join("")}${rng.pick(["", " 2024新款", " 官方正品", " 爆款", " 店长推荐"])}`;
    const listedDay = rng.chance(0.55) ? -rng.int(30, 900) : rng.int(0, DAYS - 60);
    const defective = rng.chance(0.05);
    products.push({
      index: i,
      itemId,
      sku: `${key}-${String(seq).padStart(4, "0")}`,
      title,
      category,
      brand,
      priceCents: Math.round(price * 100),
      tier: "中",
      listedDay,
      popularity: rng.lognormal(0, 1.1),
      quality: defective ? rng.uniform(0.25, 0.5) : rng.beta(9, 1.5),
      runsSmall: category.sizeLabel === "尺码" && rng.chance(0.15),
      colorOff: category.colors.length > 0 && rng.chance(0.1),
      attributes
    });
  }
  return assignTiers(products);
}

/** 价格档 by price tercile within the category, as a shop labels its range. */
function assignTiers(products: Product[]): Product[] {
  const byCategory = new Map<string, Product[]>();
  for (const p of products) byCategory.set(p.category.name, [...(byCategory.get(p.category.name) ?? []), p]);
  const tier = new Map<number, Product["tier"]>();
  for (const list of byCategory.values()) {
    const sorted = [...list].sort((a, b) => a.priceCents - b.priceCents || a.index - b.index);
    sorted.forEach((p, i) => tier.set(p.index, i < sorted.length / 3 ? "低" : i < (2 * sorted.length) / 3 ? "中" : "高"));
  }
  return products.map((p) => ({ ...p, tier: tier.get(p.index)! }));
}
