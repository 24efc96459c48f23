/**
 * Search intent: the rule table. Every search text is put in ONE of six classes by the first rule,
 * in INTENT_PRECEDENCE order, that it matches (classifyIntent.ts applies this table; the search
 * page prints it). Edit the word lists here and nowhere else; the pipeline re-classifies every
 * distinct query at the next build.
 *
 * Precedence: question > promotion > price > brand > attribute > product. Why this order: a query
 * says the most about what the shopper wants by its most specific signal. A question ("耐克跑鞋
 * 哪个好") is research whatever it names; a promotion word ("耐克打折跑鞋") means the shopper came
 * for the deal; a price limit ("red sofa under 300") is a budget, which matters more than the
 * brand or colour beside it; a brand name is a stronger commitment than an attribute ("nike black
 * shoes" is a Nike search); an attribute narrows a product ("红色连衣裙"); what is left names a
 * product or category ("连衣裙", "sofa").
 *
 * How words match (the normalised query is lower case, NFKC, punctuation stripped — so "?" and
 * "$" are gone and "双11" is already "双十一"; write entries in that form):
 *   zh        Chinese words found ANYWHERE in the query (substring), so jieba's cuts do not matter
 *             ("羊毛衫" contains 羊毛).
 *   zhTokens  Words that count only as a WHOLE token: single characters that also occur inside
 *             unrelated words (红 in 网红 and 红米, 白 in 美白, 皮 in 皮肤).
 *   en        English words, whole words only; plural and -ing/-ed forms fold through the Porter
 *             stem ("coupons" matches coupon). An entry with a space is a phrase ("free shipping").
 *   patterns  Regular expressions tested on the normalised query (no g or y flag).
 * Brand has no lists: its words are the shop's own brands (products.brand), passed in at build
 * time, plus DEFAULT_BRANDS (see brandSet.ts). Product has none: it is everything else.
 *
 * This file is read by the page too: keep it free of imports.
 */

export type Bilingual = { readonly zh: string; readonly en: string };

/** The classes in precedence order: the first that matches wins. */
export const INTENT_PRECEDENCE = ["question", "promotion", "price", "brand", "attribute", "product"] as const;
export type IntentId = (typeof INTENT_PRECEDENCE)[number];

export interface IntentRule {
  readonly id: IntentId;
  readonly name: Bilingual;
  readonly definition: Bilingual;
  readonly zh: readonly string[];
  readonly zhTokens: readonly string[];
  readonly en: readonly string[];
  readonly patterns: readonly RegExp[];
}

// Boundaries for Latin words next to Han characters or digits: "华为vs小米" holds the word "vs",
// "nike跑鞋" the word "nike" (\b would not see a boundary between a digit and a letter).
const L = "(?<![\\p{Script=Latin}\\p{Nd}])";
const R = "(?![\\p{Script=Latin}\\p{Nd}])";
const re = (source: string) => new RegExp(source, "u");
// Chinese numerals as written in prices and discounts (三百以内, 七折).
const ZH_NUM = "[零一二三四五六七八九十百千万两]";

export const INTENT_RULES: readonly IntentRule[] = [
  {
    id: "question",
    name: { zh: "问题", en: "Question" },
    definition: {
      zh: "提问或比较：含疑问词（怎么、如何、哪个、什么、区别…）、以“吗”结尾，或英文以疑问词/助动词开头、含 vs。标准化会去掉问号，所以只看词语。",
      en: "Asks or compares: has a question word (how, what, which, 怎么, 哪个…), ends in 吗, starts with an auxiliary (can, does, is…), or has vs. Normalisation removes question marks, so only the words count."
    },
    zh: ["怎么", "怎样", "如何", "哪个", "哪款", "哪种", "哪家", "哪里", "什么", "为什么", "能不能", "可不可以", "是不是", "是否", "有没有", "好不好", "区别", "对比"],
    zhTokens: [],
    en: ["what", "whats", "which", "why", "vs", "versus"],
    patterns: [
      // 吗/么 closing the query or a clause: "能机洗吗", "好用么".
      re("[吗么](?:\\s|$)"),
      // "how", but "how much" is a price question (see price), like 多少钱.
      re(`${L}how${R}(?!\\s+much${R})`),
      re(`^(?:can|could|does|do|did|is|are|should|will|would|where|when|who)${R}`)
    ]
  },
  {
    id: "promotion",
    name: { zh: "促销", en: "Promotion" },
    definition: {
      zh: "寻找优惠：大促节日（双十一、618…）、折扣、优惠券、满减、包邮、秒杀、特价、清仓等。",
      en: "Looks for a deal: shopping festivals (双十一, 618…), discounts, coupons, free shipping, flash sales, clearance."
    },
    zh: [
      "双十一", "双十二", "优惠", "打折", "折扣", "券", "满减", "包邮", "秒杀", "特价", "清仓", "促销", "特惠", "限时",
      "福利", "赠品", "直降", "拼团", "团购", "大促", "年货节", "聚划算", "活动价", "百亿补贴", "免单", "抢购", "预售"
    ],
    zhTokens: [],
    en: [
      "sale", "deal", "discount", "coupon", "clearance", "promo", "promotion", "voucher", "bogo",
      "free shipping", "black friday", "cyber monday", "buy one get one"
    ],
    patterns: [
      // Not inside a model number ("ax618").
      re(`${L}618${R}`),
      re(`${L}11\\.11${R}`),
      // 5折, 7.5折, 七折, 买一送一 / 买2送1, "50% off" (the % is stripped: "50 off").
      re(`(?:\\d+(?:\\.\\d+)?|${ZH_NUM})折`),
      re(`买(?:\\d+|${ZH_NUM})送`),
      re(`\\d+\\s*off${R}`)
    ]
  },
  {
    id: "price",
    name: { zh: "价格", en: "Price" },
    definition: {
      zh: "关心价格：便宜、平价、多少钱、价格，或带金额与上限（100元、200以内、under 50）。",
      en: "Cares about price: cheap, budget, price, how much, or an amount or a ceiling (100元, 200以内, under 50)."
    },
    zh: ["便宜", "平价", "多少钱", "价格", "价钱", "低价", "白菜价", "性价比", "实惠"],
    zhTokens: [],
    en: ["cheap", "cheaper", "cheapest", "affordable", "inexpensive", "budget", "price", "pricing", "how much", "low cost"],
    patterns: [
      // An amount: 100元, 99.9元, 50块 (not 2块装, a two-pack), 30 dollars, 200 rmb.
      re(`\\d+(?:\\.\\d+)?\\s*(?:元|块钱|rmb|yuan|usd|dollars?|bucks)${R}`),
      re("\\d+\\s*块(?!\\p{Script=Han})"),
      // A ceiling: 100以下, 200元以内, 三百以内 (not 3岁以下: only a bare number or an amount).
      re(`(?:\\d+|${ZH_NUM}+)\\s*(?:元|块)?\\s*(?:以下|以内|之内)`),
      // Not "max": "pro max 256" is a model and a capacity.
      re(`${L}(?:under|below|less than|cheaper than|within|up to)\\s*\\d`)
    ]
  },
  {
    id: "brand",
    name: { zh: "品牌", en: "Brand" },
    definition: {
      zh: "含品牌名：店铺商品表中的品牌（products.brand），加上一份常见品牌的默认列表。",
      en: "Names a brand: the brands in the shop's product table (products.brand), plus a default list of common brands."
    },
    zh: [],
    zhTokens: [],
    en: [],
    patterns: []
  },
  {
    id: "attribute",
    name: { zh: "属性", en: "Attribute" },
    definition: {
      zh: "限定属性：颜色、尺码、材质、风格款式（新款、显瘦…）、规格（42码、65寸、256gb）。",
      en: "Narrows by an attribute: colour, size, material, style (new, slim, vintage…), specification (42码, 65 inch, 256gb)."
    },
    zh: [
      // colours
      "红色", "黑色", "白色", "蓝色", "绿色", "黄色", "紫色", "灰色", "粉色", "橙色", "棕色", "咖啡色", "米色", "卡其",
      "藏青", "酒红", "金色", "银色", "透明", "彩色",
      // sizes and fit
      "大码", "小码", "均码", "加大", "加长", "加厚", "超大", "迷你", "宽版", "高腰", "长款", "短款",
      // materials
      "纯棉", "棉麻", "亚麻", "真丝", "雪纺", "桑蚕丝", "羊毛", "羊绒", "真皮", "牛皮", "羊皮", "皮革", "实木", "不锈钢",
      "陶瓷", "玻璃", "硅胶", "纯银", "纯金",
      // styles and seasons
      "新款", "同款", "显瘦", "显高", "宽松", "修身", "复古", "百搭", "韩版", "简约", "北欧", "日系", "法式", "加绒",
      "薄款", "厚款", "夏季", "冬季", "春季", "秋季", "春秋", "秋冬", "夏款", "冬款",
      // functions
      "防水", "无线", "便携", "大容量", "静音"
    ],
    zhTokens: ["红", "黑", "白", "蓝", "绿", "黄", "紫", "灰", "粉", "棕", "橙", "金", "银", "棉", "麻", "丝", "皮", "木"],
    en: [
      // Left out on purpose, being product words too: cream (face cream), glass (glasses).
      // colours
      "red", "black", "white", "blue", "green", "yellow", "purple", "grey", "gray", "pink", "orange", "brown", "beige",
      "navy", "gold", "silver", "khaki", "ivory",
      // sizes and fit
      "small", "medium", "large", "oversize", "oversized", "plus size", "petite", "tall", "mini", "king", "queen",
      // materials
      "cotton", "wool", "leather", "wood", "wooden", "metal", "silk", "linen", "cashmere", "denim", "velvet", "bamboo",
      "steel", "ceramic", "plastic", "oak", "walnut",
      // styles
      "new", "modern", "vintage", "retro", "classic", "minimalist", "boho", "slim", "loose",
      // functions
      "waterproof", "wireless", "portable"
    ],
    patterns: [
      // Letter sizes standing alone: s, m, xl, 2xl, m码 (not the s of "s24").
      re(`${L}(?:xs|s|m|l|xl|xxl|xxxl|[2-6]xl)${R}`),
      // A measure: 42码, 65寸, 2.5m, 500ml, 256gb, 1080p, 3人座 (units right after a number).
      re(
        `\\d+(?:\\.\\d+)?\\s*(?:码|号|寸|英寸|尺|米|厘米|毫米|毫升|升|克|公斤|斤|瓦|伏|人座|人位|座|cm|mm|m|inch|inches|ft|ml|l|g|kg|w|mah|gb|tb|v|p)${R}`
      ),
      re(`${ZH_NUM}+(?:人座|人位)`)
    ]
  },
  {
    id: "product",
    name: { zh: "商品/类目", en: "Product / category" },
    definition: {
      zh: "其余所有查询：只说商品或类目（连衣裙、sofa）。只有停用词、没有任何词元的查询也归入此类。",
      en: "Every other query: names a product or category only (连衣裙, sofa). A query with no tokens at all (only stop words) lands here too."
    },
    zh: [],
    zhTokens: [],
    en: [],
    patterns: []
  }
];

/** Display names, for legends, filters and CSV headers. */
export const INTENT_NAMES: Readonly<Record<IntentId, Bilingual>> = Object.fromEntries(
  INTENT_RULES.map((r) => [r.id, r.name])
) as Record<IntentId, Bilingual>;

/**
 * Brands recognised in every shop on top of its own (products.brand), in normalised form. Common
 * Chinese and international brands; words that are also ordinary nouns (苹果 is an apple, 小米 is
 * millet — but 小米 as a brand wins in practice) are judged one by one. Pass an empty list to
 * brandSet to use the shop's brands only.
 */
export const DEFAULT_BRANDS: readonly string[] = [
  "耐克", "nike", "阿迪达斯", "阿迪", "adidas", "李宁", "安踏", "anta", "特步", "匹克", "鸿星尔克", "新百伦", "new balance",
  "彪马", "puma", "斯凯奇", "skechers", "优衣库", "uniqlo", "zara", "无印良品", "muji", "宜家", "ikea",
  "华为", "huawei", "小米", "xiaomi", "荣耀", "honor", "oppo", "vivo", "三星", "samsung", "apple", "联想", "lenovo",
  "索尼", "sony", "戴森", "dyson", "美的", "格力", "海尔", "兰蔻", "lancome", "雅诗兰黛", "estee lauder", "欧莱雅",
  "资生堂", "shiseido", "完美日记", "花西子", "百雀羚", "自然堂"
];

/**
 * Values of products.brand that are not brands, left out of every brand set (normalised form):
 * a query "其他" must not become a brand search because a catalogue wrote 其他 in the brand column.
 */
export const NOT_BRANDS: readonly string[] = [
  "无", "无品牌", "其他", "其它", "其他品牌", "暂无", "通用", "自有品牌", "none", "no brand", "nobrand", "other", "others",
  "unknown", "generic", "unbranded", "oem", "na", "n a", "null"
];
