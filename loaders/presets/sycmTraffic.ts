/** 生意参谋 流量来源 (traffic sources) daily export → traffic_daily. */
import { headerScore } from "./headerScore.ts";
import type { MappedRow, Preset, PresetContext } from "./preset.ts";
import { recordReader } from "./recordReader.ts";
import { sycmDay } from "./sycmDay.ts";
import { tableRow } from "./tableRow.ts";

const REQUIRED = ["统计日期", "流量来源", "访客数"];
const OPTIONAL = ["浏览量", "下单买家数", "支付买家数", "支付金额", "支付转化率"];

function mapSycmTraffic(record: Readonly<Record<string, string>>, ctx: PresetContext): MappedRow[] {
  const r = recordReader(record, ctx);
  return [
    tableRow("traffic_daily", {
      date: sycmDay(r, ctx),
      source: r.required("流量来源"),
      visitors: r.integer("访客数"),
      page_views: r.integer("浏览量"),
      order_buyers: r.integer("下单买家数"),
      paying_buyers: r.integer("支付买家数"),
      paid_amount: r.number("支付金额"),
      currency: "CNY"
    })
  ];
}

export const sycmTraffic: Preset = {
  id: "sycm-traffic",
  label: { en: "Business Advisor traffic sources (生意参谋)", zh: "生意参谋 流量来源" },
  tables: ["traffic_daily"],
  hasHeader: true,
  defaultTimeZone: "Asia/Shanghai",
  defaultCurrency: "CNY",
  detect: (input) => headerScore(input, { required: REQUIRED, optional: OPTIONAL }),
  map: mapSycmTraffic
};
