/**
 * What the demo shop sells: a Tmall-style apparel, accessories and beauty shop with a small
 * digital-accessories corner. Prices are CNY list prices; `peakMonths` shift demand by season.
 */

export interface CategorySpec {
  readonly name: string;
  readonly en: string;
  /** Two-letter code used in 商家编码. */
  readonly code: string;
  readonly priceMin: number;
  readonly priceMax: number;
  /** Relative share of demand. */
  readonly demand: number;
  readonly peakMonths: readonly number[];
  /** Title / query words. */
  readonly attributes: readonly string[];
  /** Variant axis shown in 商品属性 (颜色分类 plus 尺码 or 规格). */
  readonly colors: readonly string[];
  readonly sizes: readonly string[];
  readonly sizeLabel: "尺码" | "规格" | null;
}

const APPAREL_SIZES = ["S", "M", "L", "XL", "XXL"];
const SHOE_SIZES = ["35", "36", "37", "38", "39", "40", "41", "42", "43", "44"];

export const CATEGORIES: readonly CategorySpec[] = [
  { name: "连衣裙", en: "dress", code: "LY", priceMin: 129, priceMax: 599, demand: 12, peakMonths: [4, 5, 6, 7, 8],
    attributes: ["夏季新款", "显瘦", "碎花", "中长款", "法式", "收腰", "雪纺", "气质"], colors: ["白色", "黑色", "红色", "碎花蓝", "杏色"], sizes: APPAREL_SIZES, sizeLabel: "尺码" },
  { name: "T恤", en: "t-shirt", code: "TX", priceMin: 49, priceMax: 199, demand: 12, peakMonths: [5, 6, 7, 8],
    attributes: ["纯棉", "短袖", "宽松", "圆领", "印花", "情侣款", "oversize"], colors: ["白色", "黑色", "灰色", "藏青", "粉色"], sizes: APPAREL_SIZES, sizeLabel: "尺码" },
  { name: "牛仔裤", en: "jeans", code: "NZ", priceMin: 129, priceMax: 399, demand: 8, peakMonths: [3, 4, 9, 10],
    attributes: ["高腰", "直筒", "阔腿", "修身", "九分", "弹力"], colors: ["浅蓝", "深蓝", "黑色"], sizes: ["25", "26", "27", "28", "29", "30", "31"], sizeLabel: "尺码" },
  { name: "卫衣", en: "hoodie", code: "WY", priceMin: 99, priceMax: 299, demand: 7, peakMonths: [9, 10, 11, 3],
    attributes: ["连帽", "加绒", "宽松", "春秋款", "字母印花"], colors: ["灰色", "黑色", "燕麦色", "雾霾蓝"], sizes: APPAREL_SIZES, sizeLabel: "尺码" },
  { name: "毛衣", en: "sweater", code: "MY", priceMin: 129, priceMax: 499, demand: 6, peakMonths: [10, 11, 12, 1],
    attributes: ["羊毛", "高领", "针织", "慵懒风", "开衫"], colors: ["米白", "驼色", "酒红", "墨绿"], sizes: APPAREL_SIZES, sizeLabel: "尺码" },
  { name: "羽绒服", en: "down jacket", code: "YR", priceMin: 399, priceMax: 1299, demand: 6, peakMonths: [11, 12, 1],
    attributes: ["白鸭绒", "加厚", "短款", "长款", "连帽", "轻薄"], colors: ["黑色", "白色", "卡其", "雾霾蓝"], sizes: APPAREL_SIZES, sizeLabel: "尺码" },
  { name: "运动鞋", en: "sneakers", code: "YD", priceMin: 199, priceMax: 899, demand: 8, peakMonths: [3, 4, 9],
    attributes: ["跑步", "透气", "老爹鞋", "轻便", "减震", "小白鞋"], colors: ["白色", "黑白", "灰粉", "全黑"], sizes: SHOE_SIZES, sizeLabel: "尺码" },
  { name: "双肩包", en: "backpack", code: "SJ", priceMin: 99, priceMax: 499, demand: 5, peakMonths: [2, 8, 9],
    attributes: ["大容量", "防水", "电脑包", "通勤", "学生"], colors: ["黑色", "灰色", "卡其"], sizes: [], sizeLabel: null },
  { name: "口红", en: "lipstick", code: "KH", priceMin: 79, priceMax: 329, demand: 9, peakMonths: [2, 3, 12],
    attributes: ["哑光", "滋润", "显白", "丝绒", "不掉色", "小样"], colors: ["#01正红", "#02豆沙", "#03枫叶红", "#04奶茶"], sizes: [], sizeLabel: null },
  { name: "面霜", en: "face cream", code: "MS", priceMin: 129, priceMax: 899, demand: 7, peakMonths: [10, 11, 12, 1],
    attributes: ["保湿", "补水", "抗皱", "修护", "敏感肌"], colors: [], sizes: ["50ml", "30ml"], sizeLabel: "规格" },
  { name: "防晒霜", en: "sunscreen", code: "FS", priceMin: 69, priceMax: 259, demand: 7, peakMonths: [5, 6, 7, 8],
    attributes: ["SPF50", "清爽", "防水", "户外", "隔离", "军训"], colors: [], sizes: ["50ml", "100ml"], sizeLabel: "规格" },
  { name: "面膜", en: "face mask", code: "MM", priceMin: 49, priceMax: 199, demand: 5, peakMonths: [11, 12],
    attributes: ["补水", "美白", "清洁", "10片装"], colors: [], sizes: ["10片", "20片"], sizeLabel: "规格" },
  { name: "充电宝", en: "power bank", code: "CD", priceMin: 79, priceMax: 259, demand: 4, peakMonths: [1, 7, 10],
    attributes: ["20000毫安", "10000毫安", "快充", "超薄", "自带线"], colors: ["白色", "黑色"], sizes: ["10000毫安", "20000毫安"], sizeLabel: "规格" },
  { name: "手机壳", en: "phone case", code: "SK", priceMin: 19, priceMax: 79, demand: 4, peakMonths: [9, 10],
    attributes: ["防摔", "透明", "磁吸", "可爱", "适用iPhone15"], colors: ["透明", "黑色", "奶白"], sizes: ["iPhone15", "iPhone16", "华为Mate60"], sizeLabel: "规格" }
];

/**
 * Categories bought together more often than chance (the cross-sell the basket page should find):
 * after a line of the key category, an order adds one of the companion category with this chance.
 */
export const COMPANIONS: Readonly<Record<string, { category: string; chance: number }>> = {
  面霜: { category: "面膜", chance: 0.3 },
  充电宝: { category: "手机壳", chance: 0.35 },
  羽绒服: { category: "毛衣", chance: 0.2 },
  牛仔裤: { category: "T恤", chance: 0.25 },
  运动鞋: { category: "双肩包", chance: 0.15 }
};


export interface BrandSpec {
  readonly name: string;
  readonly code: string;
  readonly own: boolean;
  /** Category names the brand makes. */
  readonly categories: readonly string[];
  /** Price multiplier: own brands sit mid-market, premium brands above. */
  readonly priceFactor: number;
}

export const BRANDS: readonly BrandSpec[] = [
  { name: "栖木", code: "QM", own: true, categories: ["连衣裙", "T恤", "牛仔裤", "卫衣", "毛衣", "羽绒服"], priceFactor: 1 },
  { name: "拾光", code: "SG", own: true, categories: ["口红", "面霜", "防晒霜", "面膜"], priceFactor: 0.9 },
  { name: "北岸", code: "BA", own: false, categories: ["运动鞋", "双肩包", "卫衣", "T恤"], priceFactor: 1.1 },
  { name: "云朵", code: "YD", own: false, categories: ["连衣裙", "毛衣", "羽绒服"], priceFactor: 1.3 },
  { name: "MOSS", code: "MO", own: false, categories: ["运动鞋", "双肩包"], priceFactor: 1.4 },
  { name: "橘子工坊", code: "JZ", own: false, categories: ["口红", "面膜", "防晒霜"], priceFactor: 0.8 },
  { name: "澜颜", code: "LY", own: false, categories: ["面霜", "口红"], priceFactor: 1.6 },
  { name: "电小二", code: "DX", own: false, categories: ["充电宝", "手机壳"], priceFactor: 1 },
  { name: "Nordic Fox", code: "NF", own: false, categories: ["双肩包", "羽绒服", "毛衣"], priceFactor: 1.5 }
];

/** Things people look for that the shop does not sell: the zero-result queries. */
export const MISSING_PRODUCTS = ["泳衣", "帐篷", "蓝牙耳机", "智能手表", "男士钱包", "婴儿奶粉", "瑜伽垫", "swimsuit"];
