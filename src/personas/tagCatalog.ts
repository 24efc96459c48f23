/**
 * The tag system (标签体系): every customer tag in one editable table — its group, its bilingual
 * name and definition, the SQL that computes it from the persona base (alias `b`, see
 * analyses/personas/personaBase) and, for tags with a fixed vocabulary, its values in display
 * order. Tags whose values come from the data (province, top category …) list none.
 *
 * Every tag is total: a customer the rule cannot place gets "unknown", so counts per tag always
 * add up to the customers in the base. Thresholds are written once, here, and quoted by the page.
 */
import { cityTierSql } from "./cityTiers.js";

export type TagGroup = "demographic" | "value" | "behaviour" | "interest";
export const TAG_GROUPS: readonly TagGroup[] = ["demographic", "value", "behaviour", "interest"];

export interface Bilingual {
  zh: string;
  en: string;
}

export interface TagValue extends Bilingual {
  code: string;
}

export interface TagDef {
  id: string;
  group: TagGroup;
  name: Bilingual;
  definition: Bilingual;
  /** SQL over the persona base row `b`, giving the value code (VARCHAR) or NULL for unknown. */
  sql: string;
  values?: readonly TagValue[];
}

export const UNKNOWN: TagValue = { code: "unknown", zh: "未知", en: "unknown" };

/** Public builds merge tag values held by fewer than PUBLIC_MIN_CUSTOMERS customers into this one. */
export const SMALL_GROUPS: TagValue = { code: "small_groups", zh: "其他（每项不足 5 人）", en: "others (under 5 customers each)" };
export const PUBLIC_MIN_CUSTOMERS = 5;

/** The RFM-segment tag's value for customers whose purchases were all refunded (RFM keeps none). */
export const NO_KEPT_PURCHASE: TagValue = { code: "no_kept_purchase", zh: "无保留购买（全部退款）", en: "no kept purchase (all refunded)" };

const v = (code: string, zh: string, en: string): TagValue => ({ code, zh, en });

export const TAGS: readonly TagDef[] = [
  {
    id: "age_band",
    group: "demographic",
    name: { zh: "年龄段", en: "Age band" },
    definition: { zh: "截止日所在年份减出生年份", en: "Year of the as-of date minus the birth year" },
    sql: `CASE WHEN b.age IS NULL OR b.age < 10 OR b.age > 100 THEN NULL WHEN b.age < 18 THEN 'u18' WHEN b.age < 25 THEN '18_24'
      WHEN b.age < 30 THEN '25_29' WHEN b.age < 35 THEN '30_34' WHEN b.age < 40 THEN '35_39' WHEN b.age < 50 THEN '40_49' ELSE '50p' END`,
    values: [v("u18", "18岁以下", "under 18"), v("18_24", "18–24岁", "18–24"), v("25_29", "25–29岁", "25–29"), v("30_34", "30–34岁", "30–34"),
      v("35_39", "35–39岁", "35–39"), v("40_49", "40–49岁", "40–49"), v("50p", "50岁及以上", "50+")]
  },
  {
    id: "gender",
    group: "demographic",
    name: { zh: "性别", en: "Gender" },
    definition: { zh: "店铺记录的性别", en: "Gender as the shop recorded it" },
    sql: "b.gender",
    values: [v("F", "女", "female"), v("M", "男", "male")]
  },
  {
    id: "province",
    group: "demographic",
    name: { zh: "省份", en: "Province" },
    definition: { zh: "会员资料中的省份（境外为国家或地区）", en: "Province on the customer record (country or region outside China)" },
    sql: "b.province"
  },
  {
    id: "city_tier",
    group: "demographic",
    name: { zh: "城市等级", en: "City tier" },
    definition: {
      zh: "一线：北上广深；新一线：第一财经 2024 榜单 15 城；其他；境外城市",
      en: "Tier 1: Beijing, Shanghai, Guangzhou, Shenzhen; new tier 1: the 15 cities of the 2024 Yicai ranking; other; outside mainland China"
    },
    sql: cityTierSql("b.city"),
    values: [v("tier1", "一线", "tier 1"), v("new_tier1", "新一线", "new tier 1"), v("other", "其他城市", "other cities"), v("overseas", "境外", "outside mainland China")]
  },
  {
    id: "acquisition_channel",
    group: "demographic",
    name: { zh: "来源渠道", en: "Acquisition channel" },
    definition: { zh: "客户首次到店的渠道", en: "Channel through which the customer first arrived" },
    sql: "b.acquisition_channel"
  },
  {
    id: "rfm_segment",
    group: "value",
    name: { zh: "RFM 分群", en: "RFM segment" },
    definition: {
      zh: "RFM 页默认设置下的命名分群（五分位打分）；购买全部退款的客户不在 RFM 中，记为“无保留购买”",
      en: "The RFM page's named segment under its default settings (quintile scores); customers whose purchases were all refunded are not in RFM: \"no kept purchase\""
    },
    sql: "CASE WHEN b.rfm_segment IS NULL THEN 'no_kept_purchase' ELSE b.rfm_segment END"
  },
  {
    id: "value_tier",
    group: "value",
    name: { zh: "价值层级", en: "Value tier" },
    definition: {
      zh: "按净消费额从高到低累计：前 80% 为 A，至 95% 为 B，其余为 C（同额同层）",
      en: "Customers ranked by net spend: A until 80 % of the total, B until 95 %, C the rest (equal spend, same tier)"
    },
    sql: "b.value_tier",
    values: [v("A", "A 类（高价值）", "A (top value)"), v("B", "B 类", "B"), v("C", "C 类", "C")]
  },
  {
    id: "frequency_band",
    group: "value",
    name: { zh: "购买次数", en: "Purchase count" },
    definition: { zh: "截止日前的购买订单数", en: "Purchases up to the as-of date" },
    sql: "CASE WHEN b.orders = 1 THEN 'once' WHEN b.orders <= 3 THEN '2_3' ELSE '4p' END",
    values: [v("once", "1 次", "once"), v("2_3", "2–3 次", "2–3 times"), v("4p", "4 次及以上", "4 or more")]
  },
  {
    id: "discount_band",
    group: "behaviour",
    name: { zh: "优惠依赖", en: "Discount reliance" },
    definition: {
      zh: "优惠金额占（实付 + 优惠）的比例：<5% 低，5%–15% 中，≥15% 高",
      en: "Discount as a share of (paid + discount): < 5 % low, 5–15 % medium, ≥ 15 % high"
    },
    sql: "CASE WHEN b.discount_share IS NULL THEN NULL WHEN b.discount_share < 0.05 THEN 'low' WHEN b.discount_share < 0.15 THEN 'mid' ELSE 'high' END",
    values: [v("low", "低", "low"), v("mid", "中", "medium"), v("high", "高", "high")]
  },
  {
    id: "promo_band",
    group: "behaviour",
    name: { zh: "大促购买", en: "Promotion buying" },
    definition: {
      zh: "在店铺日历大促窗口（含预售，不含春节）内付款的订单占比：0 从不，<50% 有时，≥50% 主要",
      en: "Share of purchases paid inside a promotion window of the shop calendar (pre-sale included, Spring Festival not): 0 never, < 50 % sometimes, ≥ 50 % mostly"
    },
    sql: "CASE WHEN b.promo_share IS NULL THEN NULL WHEN b.promo_share = 0 THEN 'never' WHEN b.promo_share < 0.5 THEN 'some' ELSE 'mostly' END",
    values: [v("never", "从不", "never"), v("some", "有时", "sometimes"), v("mostly", "主要在大促", "mostly")]
  },
  {
    id: "price_percentile",
    group: "behaviour",
    name: { zh: "品类内价格分位", en: "Price percentile within category" },
    definition: {
      zh: "所购商品单价在同品类所有成交中的百分位的平均值，按五分位分档",
      en: "Mean percentile of the unit prices paid among all purchases in the same category, in fifths"
    },
    sql: `CASE WHEN b.price_pct IS NULL THEN NULL WHEN b.price_pct < 0.2 THEN 'p0_20' WHEN b.price_pct < 0.4 THEN 'p20_40'
      WHEN b.price_pct < 0.6 THEN 'p40_60' WHEN b.price_pct < 0.8 THEN 'p60_80' ELSE 'p80_100' END`,
    values: [v("p0_20", "P0–20（最低）", "P0–20 (cheapest)"), v("p20_40", "P20–40", "P20–40"), v("p40_60", "P40–60", "P40–60"),
      v("p60_80", "P60–80", "P60–80"), v("p80_100", "P80–100（最高）", "P80–100 (dearest)")]
  },
  {
    id: "brand_loyalty",
    group: "behaviour",
    name: { zh: "品牌集中度", en: "Brand concentration" },
    definition: {
      zh: "消费最多的品牌占其商品金额的比例：≥80% 专一，50%–80% 偏好，<50% 分散",
      en: "Top brand's share of the customer's item value: ≥ 80 % single-brand, 50–80 % leaning, < 50 % varied"
    },
    sql: "CASE WHEN b.brand_share IS NULL THEN NULL WHEN b.brand_share >= 0.8 THEN 'single' WHEN b.brand_share >= 0.5 THEN 'leaning' ELSE 'varied' END",
    values: [v("single", "专一", "single-brand"), v("leaning", "偏好", "leaning"), v("varied", "分散", "varied")]
  },
  {
    id: "breadth_band",
    group: "behaviour",
    name: { zh: "品类广度", en: "Category breadth" },
    definition: { zh: "购买过的不同品类数：1 单一，2–3 少量，≥4 广泛", en: "Distinct categories bought: 1 single, 2–3 a few, 4 or more broad" },
    sql: "CASE WHEN b.category_breadth = 0 THEN NULL WHEN b.category_breadth = 1 THEN 'single' WHEN b.category_breadth <= 3 THEN 'few' ELSE 'broad' END",
    values: [v("single", "单一品类", "one category"), v("few", "2–3 个品类", "2–3 categories"), v("broad", "4 个及以上", "4 or more")]
  },
  {
    id: "hour_band",
    group: "behaviour",
    name: { zh: "常购时段", en: "Preferred hour" },
    definition: {
      zh: "最常付款的小时：6–10 上午，11–13 中午，14–17 下午，18–22 晚上，23–5 深夜",
      en: "Hour the customer most often pays in: 6–10 morning, 11–13 midday, 14–17 afternoon, 18–22 evening, 23–5 late night"
    },
    sql: `CASE WHEN b.paid_hour IS NULL THEN NULL WHEN b.paid_hour BETWEEN 6 AND 10 THEN 'morning' WHEN b.paid_hour BETWEEN 11 AND 13 THEN 'midday'
      WHEN b.paid_hour BETWEEN 14 AND 17 THEN 'afternoon' WHEN b.paid_hour BETWEEN 18 AND 22 THEN 'evening' ELSE 'late_night' END`,
    values: [v("morning", "上午", "morning"), v("midday", "中午", "midday"), v("afternoon", "下午", "afternoon"),
      v("evening", "晚上", "evening"), v("late_night", "深夜", "late night")]
  },
  {
    id: "device",
    group: "behaviour",
    name: { zh: "常用设备", en: "Device" },
    definition: { zh: "行为日志中该客户最常用的设备", en: "The device of most of the customer's behaviour events" },
    sql: "b.device",
    // The demo's and the common export spellings; any other device shows as written.
    values: [v("app", "App", "app"), v("mobile", "手机网页", "mobile web"), v("pc", "电脑", "PC")]
  },
  {
    id: "refund_band",
    group: "behaviour",
    name: { zh: "退款倾向", en: "Refund tendency" },
    definition: { zh: "有退款的订单占比：0 无，<20% 偶尔，≥20% 频繁", en: "Share of purchases with a refund: 0 none, < 20 % occasional, ≥ 20 % frequent" },
    sql: "CASE WHEN b.refund_rate IS NULL THEN NULL WHEN b.refund_rate = 0 THEN 'none' WHEN b.refund_rate < 0.2 THEN 'some' ELSE 'frequent' END",
    values: [v("none", "无退款", "none"), v("some", "偶尔", "occasional"), v("frequent", "频繁", "frequent")]
  },
  {
    id: "review_activity",
    group: "behaviour",
    name: { zh: "评价活跃度", en: "Review activity" },
    definition: { zh: "评价数 ÷ 订单数：0 不评价，<50% 偶尔，≥50% 积极", en: "Reviews ÷ purchases: 0 silent, < 50 % occasional, ≥ 50 % active" },
    sql: "CASE WHEN b.review_rate IS NULL THEN NULL WHEN b.review_rate = 0 THEN 'silent' WHEN b.review_rate < 0.5 THEN 'occasional' ELSE 'active' END",
    values: [v("silent", "不评价", "silent"), v("occasional", "偶尔评价", "occasional"), v("active", "积极评价", "active")]
  },
  {
    id: "top_category",
    group: "interest",
    name: { zh: "偏好品类", en: "Top category" },
    definition: { zh: "商品金额最高的品类", en: "Category with the highest item value" },
    sql: "b.top_category"
  },
  {
    id: "top_brand",
    group: "interest",
    name: { zh: "偏好品牌", en: "Top brand" },
    definition: { zh: "商品金额最高的品牌", en: "Brand with the highest item value" },
    sql: "b.top_brand"
  },
  {
    id: "price_band",
    group: "interest",
    name: { zh: "价格偏好", en: "Price preference" },
    definition: {
      zh: "品类内价格分位均值的三分档：<1/3 低，<2/3 中，其余高",
      en: "The within-category price percentile in thirds: < 1/3 low, < 2/3 mid, else high"
    },
    // The cuts rounded as price_pct is (10 decimals), so a customer at exactly 1/3 is "mid".
    sql: "CASE WHEN b.price_pct IS NULL THEN NULL WHEN b.price_pct < round(1.0 / 3, 10) THEN 'low' WHEN b.price_pct < round(2.0 / 3, 10) THEN 'mid' ELSE 'high' END",
    values: [v("low", "低价", "low"), v("mid", "中价", "mid"), v("high", "高价", "high")]
  }
];

export const TAG_IDS: readonly string[] = TAGS.map((t) => t.id);

export function tagById(id: string): TagDef {
  const t = TAGS.find((x) => x.id === id);
  if (!t) throw new Error(`unknown tag: ${id} (expected one of ${TAG_IDS.join(", ")})`);
  return t;
}

/** The SELECT list giving every tag as a column named by its id, unknown as 'unknown'. */
export function tagColumnsSql(): string {
  return TAGS.map((t) => `coalesce((${t.sql})::VARCHAR, 'unknown') AS ${t.id}`).join(",\n  ");
}

/** The display label of a tag value in a language (data values show as themselves). */
export function tagValueLabel(tag: TagDef, code: string, lang: "zh" | "en"): string {
  if (code === UNKNOWN.code) return UNKNOWN[lang];
  if (code === SMALL_GROUPS.code) return SMALL_GROUPS[lang];
  if (code === NO_KEPT_PURCHASE.code) return NO_KEPT_PURCHASE[lang];
  const value = tag.values?.find((x) => x.code === code);
  return value ? value[lang] : code;
}
