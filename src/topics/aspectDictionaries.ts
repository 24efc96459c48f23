/**
 * The aspects shop operators read feedback by, with the Chinese and English words that name them:
 * ONE editable table, so adding a word (or a whole aspect) is one edit here and nothing else.
 *
 * How the words are matched (see aspectMatcher.ts), so that entries stay short:
 * - Write each word once, in plain lower case, one word per entry (no spaces).
 * - Chinese words of two or more characters also match inside a longer token, because jieba
 *   glues words together (物流很快, 快递员, 包装盒), and across neighbouring tokens, because it can
 *   split them (性 价比). A single character (贵) matches only as its own token or behind a
 *   negation or degree word (不贵, 太贵), so 贵州 is not about price.
 * - English words match by their Porter stem, so "delivery" also finds "deliveries", and the
 *   stemmed tokens of tokenize() match as well as the unstemmed ones. Porter does not fold every
 *   form together ("delivered" → deliv, "delivery" → deliveri): list such forms separately.
 * - A word may sit in several aspects; a text gets every aspect one of its words names.
 * - Words that already carry an opinion (便宜, 偏小, 破损, small, tight, cheap) are fine: the
 *   opinion miner pairs them with themselves when no other word of their aspect is near.
 */
export interface AspectDictionary {
  /** Stable id for programs and URLs. */
  readonly id: string;
  /** Display name for the report, in both languages. */
  readonly name: { readonly zh: string; readonly en: string };
  /** Chinese keywords. */
  readonly zh: readonly string[];
  /** English keywords. */
  readonly en: readonly string[];
}

export const ASPECT_DICTIONARIES: readonly AspectDictionary[] = [
  {
    id: "logistics",
    name: { zh: "物流配送", en: "Logistics & delivery" },
    zh: ["物流", "快递", "发货", "送货", "到货", "配送", "运输", "派送", "揽收"],
    en: ["shipping", "shipped", "shipment", "delivery", "delivered", "deliver", "arrived", "arrive", "arrival", "courier", "dispatch"]
  },
  {
    id: "quality",
    name: { zh: "质量做工", en: "Quality" },
    zh: ["质量", "做工", "材质", "掉色", "起球", "品质", "面料", "用料", "褪色", "线头"],
    en: ["quality", "fabric", "stitching", "material", "seams", "durability"]
  },
  {
    id: "price",
    name: { zh: "价格", en: "Price & value" },
    zh: ["价格", "性价比", "便宜", "贵", "价钱", "价位", "划算", "实惠", "物超所值", "物美价廉"],
    en: ["price", "value", "expensive", "cheap", "overpriced", "pricey", "affordable", "cost"]
  },
  {
    id: "service",
    name: { zh: "客服服务", en: "Service" },
    zh: ["客服", "态度", "售后", "回复", "服务", "退款", "退货"],
    en: ["service", "seller", "support", "reply", "replied", "response", "refund"]
  },
  {
    id: "packaging",
    name: { zh: "包装", en: "Packaging" },
    zh: ["包装", "盒子", "破损", "纸箱", "外箱"],
    en: ["packaging", "box", "package", "packed", "wrapping"]
  },
  {
    id: "size",
    name: { zh: "尺码大小", en: "Size & fit" },
    zh: ["尺码", "大小", "偏大", "偏小", "合身", "尺寸", "码数"],
    en: ["size", "sizing", "fit", "small", "large", "tight", "loose"]
  },
  {
    id: "appearance",
    name: { zh: "外观颜色", en: "Appearance" },
    zh: ["颜色", "外观", "款式", "好看", "色差", "颜值", "样式"],
    en: ["color", "colour", "look", "style", "design", "appearance"]
  },
  {
    id: "effect",
    name: { zh: "使用效果", en: "Effect" },
    zh: ["效果", "功效", "保湿", "美白", "补水", "控油", "祛痘"],
    en: ["effect", "effective", "works", "result", "moisturizing"]
  }
];
