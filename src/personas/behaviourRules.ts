/**
 * Rule-based behavioural groups (行为分群): 价格敏感型, 品牌忠诚型, 品质追求型 and the others the
 * persona base supports. Each rule reads the base's measures against thresholds the page shows
 * and lets the reader move; a customer can match several groups, or none.
 *
 * Thresholds travel as positional parameters $2…$8 in THRESHOLD_KEYS order ($1 is the base id).
 */
import type { Bilingual } from "./tagCatalog.js";

export interface BehaviourThresholds {
  /** Discount share of (paid + discount) at or above which a customer leans on discounts. */
  discountShare: number;
  /** Share of purchases in promotion windows at or above which a customer waits for sales. */
  promoShare: number;
  /** Top brand's share of item value at or above which a customer is brand-loyal… */
  brandShare: number;
  /** …given at least this many purchases (one order is no loyalty). */
  loyalMinOrders: number;
  /** Within-category price percentile at or above which a customer buys the dearer items. */
  pricePct: number;
  /** Distinct categories at or above which a customer explores the range. */
  breadth: number;
  /** Share of purchases refunded at or above which a customer is refund-prone. */
  refundRate: number;
}

export const DEFAULT_THRESHOLDS: BehaviourThresholds = {
  discountShare: 0.15,
  promoShare: 0.5,
  brandShare: 0.7,
  loyalMinOrders: 3,
  pricePct: 0.7,
  breadth: 4,
  refundRate: 0.3
};

export const THRESHOLD_KEYS: readonly (keyof BehaviourThresholds)[] = [
  "discountShare", "promoShare", "brandShare", "loyalMinOrders", "pricePct", "breadth", "refundRate"
];

const P = (k: keyof BehaviourThresholds) => `$${THRESHOLD_KEYS.indexOf(k) + 2}`;

export interface BehaviourGroup {
  id: string;
  name: Bilingual;
  /** The rule in words; {key} is replaced by the threshold in force. */
  rule: Bilingual;
  /** SQL predicate over the persona base row `b`. */
  sql: string;
}

export const BEHAVIOUR_GROUPS: readonly BehaviourGroup[] = [
  {
    id: "price_sensitive",
    name: { zh: "价格敏感型", en: "Price-sensitive" },
    rule: { zh: "优惠占比 ≥ {discountShare} 或大促订单占比 ≥ {promoShare}", en: "discount share ≥ {discountShare} or promotion share ≥ {promoShare}" },
    sql: `(b.discount_share >= ${P("discountShare")}::DOUBLE OR b.promo_share >= ${P("promoShare")}::DOUBLE)`
  },
  {
    id: "brand_loyal",
    name: { zh: "品牌忠诚型", en: "Brand-loyal" },
    rule: { zh: "购买 ≥ {loyalMinOrders} 次且首选品牌占比 ≥ {brandShare}", en: "≥ {loyalMinOrders} purchases and top brand share ≥ {brandShare}" },
    sql: `(b.orders >= ${P("loyalMinOrders")}::DOUBLE AND b.brand_share >= ${P("brandShare")}::DOUBLE)`
  },
  {
    id: "quality_seeking",
    name: { zh: "品质追求型", en: "Quality-seeking" },
    // Two purchases at least: one dearer item is a purchase, not yet a habit.
    rule: { zh: "购买 ≥ 2 次，品类内价格分位 ≥ {pricePct} 且优惠占比 < {discountShare}", en: "≥ 2 purchases, within-category price percentile ≥ {pricePct} and discount share < {discountShare}" },
    sql: `(b.orders >= 2 AND b.price_pct >= ${P("pricePct")}::DOUBLE AND coalesce(b.discount_share, 0) < ${P("discountShare")}::DOUBLE)`
  },
  {
    id: "explorer",
    name: { zh: "多品类型", en: "Multi-category" },
    rule: { zh: "购买过 ≥ {breadth} 个品类", en: "bought from ≥ {breadth} categories" },
    sql: `(b.category_breadth >= ${P("breadth")}::DOUBLE)`
  },
  {
    id: "refund_prone",
    name: { zh: "高退款型", en: "Refund-prone" },
    rule: { zh: "购买 ≥ 2 次且退款订单占比 ≥ {refundRate}", en: "≥ 2 purchases and refunded share ≥ {refundRate}" },
    sql: `(b.orders >= 2 AND b.refund_rate >= ${P("refundRate")}::DOUBLE)`
  }
];

export const NO_GROUP: Bilingual = { zh: "无明显特征", en: "No group" };

/** The thresholds as parameters, validated (shares in [0, 1], counts ≥ 1). */
export function thresholdParams(t: Partial<BehaviourThresholds> = {}): number[] {
  const all = { ...DEFAULT_THRESHOLDS, ...t };
  return THRESHOLD_KEYS.map((k) => {
    const x = all[k];
    const isCount = k === "loyalMinOrders" || k === "breadth";
    if (!Number.isFinite(x) || (isCount ? x < 1 : x < 0 || x > 1)) {
      throw new Error(`invalid threshold ${k}: ${x} (expected ${isCount ? "a count ≥ 1" : "a share between 0 and 1"})`);
    }
    return x;
  });
}

/** A rule's words with the thresholds in force. */
export function ruleText(g: BehaviourGroup, lang: "zh" | "en", t: BehaviourThresholds, format: (key: string, x: number) => string): string {
  return g.rule[lang].replace(/\{(\w+)\}/g, (_, k: string) => format(k, t[k as keyof BehaviourThresholds]));
}

/** SQL giving the list of group ids a base row `b` matches (empty when none). */
export function groupListSql(): string {
  return `list_filter([${BEHAVIOUR_GROUPS.map((g) => `CASE WHEN ${g.sql} THEN '${g.id}' END`).join(", ")}], x -> x IS NOT NULL)`;
}
