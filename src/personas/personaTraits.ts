/**
 * How a cluster's distinctive features read to an operator: for each feature, a short trait for a
 * cluster well above the customer average and one for a cluster well below, and the marketing
 * action each suggests. Persona names and recommended actions are put together from these, so a
 * name always says which features set the persona apart.
 */
import type { Bilingual } from "./tagCatalog.js";

export interface Trait {
  name: Bilingual;
  action: Bilingual;
}

export const TRAITS: Readonly<Record<string, { high: Trait; low: Trait }>> = {
  orders: {
    high: { name: { zh: "高频复购", en: "Frequent" }, action: { zh: "会员专属权益、补货提醒", en: "member perks and replenishment reminders" } },
    low: { name: { zh: "低频", en: "Infrequent" }, action: { zh: "二次购买券，引导第二单", en: "a second-purchase coupon" } }
  },
  spend: {
    high: { name: { zh: "高消费", en: "High-spend" }, action: { zh: "VIP 服务、新品优先体验", en: "VIP service and early access to new products" } },
    low: { name: { zh: "低消费", en: "Low-spend" }, action: { zh: "组合装、满减提升客单", en: "bundles and spend thresholds to lift the basket" } }
  },
  recency: {
    high: { name: { zh: "久未购买", en: "Lapsed" }, action: { zh: "限时召回券、流失挽回", en: "a win-back campaign with a time-limited coupon" } },
    low: { name: { zh: "近期活跃", en: "Recently active" }, action: { zh: "趁热推荐关联商品", en: "cross-sell while they are engaged" } }
  },
  discount_share: {
    high: { name: { zh: "优惠驱动", en: "Discount-driven" }, action: { zh: "定向发券，避免全店打折", en: "targeted coupons instead of store-wide discounts" } },
    low: { name: { zh: "原价购买", en: "Full-price" }, action: { zh: "少用折扣，突出品质与新品", en: "no discounts; stress quality and new arrivals" } }
  },
  promo_share: {
    high: { name: { zh: "大促型", en: "Promotion shopper" }, action: { zh: "大促前预售提醒、定金膨胀", en: "pre-sale reminders before 618 and Double 11" } },
    low: { name: { zh: "日常购买", en: "Everyday buyer" }, action: { zh: "日常上新与会员日触达", en: "regular new-arrival and member-day messages" } }
  },
  price_pct: {
    high: { name: { zh: "高端偏好", en: "Premium-leaning" }, action: { zh: "推荐高端系列与新品", en: "premium lines and launches" } },
    low: { name: { zh: "平价偏好", en: "Value-seeking" }, action: { zh: "推荐高性价比与量贩装", en: "value packs and best-value picks" } }
  },
  brand_share: {
    high: { name: { zh: "品牌专一", en: "Brand-loyal" }, action: { zh: "品牌会员、该品牌新品首发", en: "brand membership and that brand's new releases" } },
    low: { name: { zh: "品牌分散", en: "Brand-switcher" }, action: { zh: "跨品牌对比清单、榜单推荐", en: "curated cross-brand lists and rankings" } }
  },
  category_breadth: {
    high: { name: { zh: "多品类", en: "Multi-category" }, action: { zh: "跨品类组合优惠", en: "cross-category bundles" } },
    low: { name: { zh: "单一品类", en: "Single-category" }, action: { zh: "推荐相邻品类（见购物篮规则）", en: "suggest adjacent categories (see the basket rules)" } }
  },
  refund_rate: {
    high: { name: { zh: "高退款", en: "Refund-prone" }, action: { zh: "完善尺码与描述，核查质量，谨慎发券", en: "better size guides and descriptions, quality checks, fewer coupons" } },
    low: { name: { zh: "少退款", en: "Rarely refunds" }, action: { zh: "可优先邀请试用新品", en: "invite first to try new products" } }
  },
  review_rate: {
    high: { name: { zh: "爱评价", en: "Reviewer" }, action: { zh: "邀请晒单、试用官计划", en: "invite to photo reviews and trial programmes" } },
    low: { name: { zh: "沉默", en: "Silent" }, action: { zh: "收货后评价提醒", en: "a post-delivery review prompt" } }
  }
};

/** A centroid coordinate (in standard deviations) at least this far from 0 counts as distinctive. */
export const DISTINCTIVE_Z = 0.3;

export const TYPICAL: Trait = {
  name: { zh: "普通客户", en: "Typical customers" },
  action: { zh: "常规会员运营", en: "standard member marketing" }
};
