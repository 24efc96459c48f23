/** 生意参谋 商品效果 (item performance) daily export → product_daily. */
import { headerScore } from "./headerScore.ts";
import type { MappedRow, Preset, PresetContext } from "./preset.ts";
import { recordReader } from "./recordReader.ts";
import { sycmDay } from "./sycmDay.ts";
import { tableRow } from "./tableRow.ts";

const REQUIRED = ["统计日期", "商品ID", "商品访客数"];
const OPTIONAL = ["商品名称", "商品浏览量", "加购件数", "商品收藏人数", "支付件数", "支付买家数", "支付金额", "支付转化率"];

function mapSycmItem(record: Readonly<Record<string, string>>, ctx: PresetContext): MappedRow[] {
  const r = recordReader(record, ctx);
  return [
    tableRow("product_daily", {
      date: sycmDay(r, ctx),
      product_id: r.required("商品ID"),
      title: r.text("商品名称"),
      visitors: r.integer("商品访客数"),
      page_views: r.integer("商品浏览量"),
      cart_units: r.integer("加购件数"),
      fav_buyers: r.integer("商品收藏人数"),
      paying_buyers: r.integer("支付买家数"),
      paid_units: r.integer("支付件数"),
      paid_amount: r.number("支付金额"),
      currency: "CNY"
    })
  ];
}

export const sycmItems: Preset = {
  id: "sycm-items",
  label: { en: "Business Advisor item performance (生意参谋)", zh: "生意参谋 商品效果" },
  tables: ["product_daily"],
  hasHeader: true,
  defaultTimeZone: "Asia/Shanghai",
  defaultCurrency: "CNY",
  detect: (input) => headerScore(input, { required: REQUIRED, optional: OPTIONAL }),
  map: mapSycmItem
};
