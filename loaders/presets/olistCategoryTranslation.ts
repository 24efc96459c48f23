/**
 * Olist product_category_name_translation.csv: writes no canonical rows, only
 * `stage_olist_category_translation` (name_pt, name_en); finalizeSql renames the Portuguese
 * categories of products and order_items to English. Idempotent: a second run finds nothing
 * left in Portuguese (or rewrites a name that is the same in both languages to itself).
 */
import { headerScore } from "./headerScore.ts";
import type { MappedRow, Preset, PresetContext } from "./preset.ts";
import { recordReader } from "./recordReader.ts";
import { stageRow } from "./tableRow.ts";

const REQUIRED = ["product_category_name", "product_category_name_english"];
const TRANSLATION = `(SELECT name_pt::VARCHAR AS name_pt, any_value(name_en::VARCHAR) AS name_en
  FROM stage_olist_category_translation GROUP BY 1) t`;

function mapTranslation(record: Readonly<Record<string, string>>, ctx: PresetContext): MappedRow[] {
  const r = recordReader(record, ctx);
  return [
    stageRow("stage_olist_category_translation", {
      name_pt: r.required("product_category_name"),
      name_en: r.required("product_category_name_english")
    })
  ];
}

export const olistCategoryTranslation: Preset = {
  id: "olist-category-translation",
  label: { en: "Olist category translation", zh: "Olist 类目翻译" },
  tables: [],
  hasHeader: true,
  defaultTimeZone: "America/Sao_Paulo",
  detect: (input) => headerScore(input, { required: REQUIRED }),
  map: mapTranslation,
  finalizeSql: [
    `UPDATE products SET category = t.name_en FROM ${TRANSLATION} WHERE products.category = t.name_pt`,
    `UPDATE order_items SET category = t.name_en FROM ${TRANSLATION} WHERE order_items.category = t.name_pt`
  ]
};
