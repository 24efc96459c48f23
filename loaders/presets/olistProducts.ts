/** Olist products.csv → products (Portuguese category; olist-category-translation turns it into English). */
import { headerScore } from "./headerScore.ts";
import type { MappedRow, Preset, PresetContext } from "./preset.ts";
import { recordReader } from "./recordReader.ts";
import { tableRow } from "./tableRow.ts";

const REQUIRED = ["product_id", "product_category_name"];
const OPTIONAL = [
  "product_name_lenght", "product_description_lenght", "product_photos_qty", "product_weight_g",
  "product_length_cm", "product_height_cm", "product_width_cm"
];

function mapOlistProduct(record: Readonly<Record<string, string>>, ctx: PresetContext): MappedRow[] {
  const r = recordReader(record, ctx);
  return [tableRow("products", { product_id: r.required("product_id"), category: r.text("product_category_name") })];
}

export const olistProducts: Preset = {
  id: "olist-products",
  label: { en: "Olist products", zh: "Olist 商品" },
  tables: ["products"],
  hasHeader: true,
  defaultTimeZone: "America/Sao_Paulo",
  detect: (input) => headerScore(input, { required: REQUIRED, optional: OPTIONAL }),
  map: mapOlistProduct
};
