/**
 * Search queries: a head of short popular queries and a long tail of brand + category + attribute
 * combinations, English queries, typos, zero-result queries for things the shop does not sell and,
 * rarely, a phone number typed into the search box (a canary).
 */
import type { Random } from "./random.ts";
import type { Product } from "./buildCatalog.ts";
import { MISSING_PRODUCTS, type CategorySpec } from "./catalogVocab.ts";

const HEAD_SUFFIX: Record<string, readonly string[]> = { 连衣裙: ["", "女"], T恤: ["女", "男", ""], 牛仔裤: ["女", ""], 羽绒服: ["女", ""], 卫衣: ["", "女"] };
const TYPOS: Record<string, readonly string[]> = {
  连衣裙: ["连衣群", "连一裙"], 防晒霜: ["防嗮霜", "防晒爽"], 口红: ["口虹"], 运动鞋: ["运动写"], 双肩包: ["双间包"],
  dress: ["dres"], lipstick: ["lipstik"], sunscreen: ["sunscrean"]
};
const EN_COLORS = ["red", "black", "white", "blue", "pink"];

export interface SearchQuery {
  readonly text: string;
  readonly results: number;
}

export class QueryMaker {
  private readonly perCategory = new Map<string, number>();

  constructor(products: readonly Product[]) {
    for (const p of products) this.perCategory.set(p.category.name, (this.perCategory.get(p.category.name) ?? 0) + 1);
  }

  private hits(rng: Random, c: CategorySpec, narrow: number): number {
    const n = this.perCategory.get(c.name) ?? 0;
    return n === 0 ? 0 : Math.max(1, Math.round(n * narrow * rng.uniform(0.5, 1)));
  }

  /** A platform search term that brought a visitor to `product` (引流搜索词): no typos, no junk. */
  platformTerm(rng: Random, product: Product): string {
    const c = product.category;
    const r = rng.next();
    if (r < 0.5) return c.name + rng.pick(HEAD_SUFFIX[c.name] ?? [""]);
    if (r < 0.85) return c.name + rng.pick(product.attributes);
    return `${product.brand.name} ${c.name}`;
  }

  /** An in-shop search by someone interested in category `c`; `phone` is typed in by a few. */
  siteQuery(rng: Random, c: CategorySpec, phone: string | null): SearchQuery & { personal: string | null } {
    const r = rng.next();
    if (phone && r < 0.002) return { text: rng.chance(0.5) ? phone : `订单查询 ${phone}`, results: 0, personal: phone };
    if (r < 0.05) {
      const missing = rng.pick(MISSING_PRODUCTS);
      return { text: missing + rng.pick(["", "女", "2025新款"]), results: 0, personal: null };
    }
    if (r < 0.35) return { text: c.name + rng.pick(HEAD_SUFFIX[c.name] ?? [""]), results: this.hits(rng, c, 1), personal: null };
    if (r < 0.75) {
      const attrs = rng.shuffle([...c.attributes]).slice(0, rng.int(1, 3));
      const spaced = rng.chance(0.3);
      return { text: spaced ? `${c.name} ${attrs.join(" ")}` : c.name + attrs.join(""), results: this.hits(rng, c, 0.3 / attrs.length), personal: null };
    }
    if (r < 0.85) return { text: `${rng.pick(["栖木", "拾光", "北岸", "云朵", "MOSS"])} ${c.name}`, results: this.hits(rng, c, 0.3), personal: null };
    if (r < 0.93) return { text: `${rng.pick(EN_COLORS)} ${c.en}`, results: this.hits(rng, c, 0.2), personal: null };
    const typo = TYPOS[c.name] ?? TYPOS[c.en];
    if (typo) return { text: rng.pick(typo), results: rng.chance(0.5) ? 0 : this.hits(rng, c, 0.5), personal: null };
    return { text: c.en, results: this.hits(rng, c, 0.5), personal: null };
  }
}

