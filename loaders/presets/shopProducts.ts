/** Shop product catalogue → products; 价格档 低/中/高 → low/mid/high. */
import { headerScore } from "./headerScore.ts";
import { RowError, type MappedRow, type Preset, type PresetContext } from "./preset.ts";
import { recordReader } from "./recordReader.ts";
import { tableRow } from "./tableRow.ts";

const REQUIRED = ["宝贝ID", "宝贝标题", "一口价"];
const OPTIONAL = ["商家编码", "类目", "品牌", "价格档", "上架时间"];
const TIERS: Record<string, "low" | "mid" | "high"> = {
  低: "low", 中: "mid", 高: "high", low: "low", mid: "mid", medium: "mid", high: "high"
};

function mapShopProduct(record: Readonly<Record<string, string>>, ctx: PresetContext): MappedRow[] {
  const r = recordReader(record, ctx);
  const tierText = r.text("价格档");
  const tier = tierText === null ? null : TIERS[tierText.replace(/[档价]$/, "").toLowerCase()];
  if (tier === undefined) throw new RowError("bad_value", `价格档 not low/mid/high: "${tierText}"`);
  return [
    tableRow("products", {
      product_id: r.required("宝贝ID"),
      sku: r.text("商家编码"),
      title: r.text("宝贝标题"),
      category: r.text("类目"),
      brand: r.text("品牌"),
      price: r.number("一口价"),
      currency: "CNY",
      price_tier: tier,
      listed_date: r.date("上架时间")
    })
  ];
}

export const shopProducts: Preset = {
  id: "shop-products",
  label: { en: "Shop product catalogue", zh: "店铺商品目录" },
  tables: ["products"],
  hasHeader: true,
  defaultTimeZone: "Asia/Shanghai",
  defaultCurrency: "CNY",
  detect: (input) => headerScore(input, { required: REQUIRED, optional: OPTIONAL }),
  map: mapShopProduct
};
