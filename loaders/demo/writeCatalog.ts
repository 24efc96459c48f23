/** The product catalogue export (商品), plain UTF-8: one row per item. */
import type { Product } from "./buildCatalog.ts";
import { CsvSink } from "./csvSink.ts";
import { formatDate } from "./shopTime.ts";

export const CATALOG_HEADER = ["宝贝ID", "商家编码", "宝贝标题", "类目", "品牌", "一口价", "价格档", "上架时间"];

export function writeCatalog(path: string, products: readonly Product[]): number {
  const sink = new CsvSink(path);
  sink.row(CATALOG_HEADER);
  for (const p of products) {
    sink.row([p.itemId, p.sku, p.title, p.category.name, p.brand.name, (p.priceCents / 100).toFixed(2), p.tier, formatDate(p.listedDay)]);
  }
  sink.close();
  return products.length;
}
